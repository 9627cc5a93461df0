import type { Command } from '../../shared/commands/command';
import type { Benchmark, Id, ProductRatings, Touchpoint } from '../../shared/model/types';
import {
  editBenchmark, editCard, editDifferentiation, editProduct, editTouchpoint, setTouchpoint,
  type CardFields, type TouchpointFields,
} from './cardCommands';
import { removedAt, replacedAt, toggled } from './lists';

/**
 * What one change in the inspector form means for the document: a command, its arguments and,
 * for typing, the undo group that makes a burst of keystrokes in one field a single undo step.
 */
export interface Edit<A> { command: Command<A>; args: A; group?: string }

const burst = (cardId: Id, field: string) => `${cardId}:${field}`;

type CardText = 'title' | 'description' | 'owner';
export function cardText(cardId: Id, field: CardText, value: string): Edit<{ cardId: Id; fields: CardFields }> {
  return { command: editCard, args: { cardId, fields: { [field]: value } }, group: burst(cardId, field) };
}

export function cardFields(cardId: Id, fields: CardFields): Edit<{ cardId: Id; fields: CardFields }> {
  return { command: editCard, args: { cardId, fields } };
}

/** Minutes typed as text; anything that is not a non-negative number counts as no wait. */
export function waitTime(cardId: Id, typed: string): Edit<{ cardId: Id; fields: CardFields }> {
  const n = Number(typed);
  const minutes = Number.isFinite(n) && n > 0 ? Math.min(Math.round(n), 525_600) : 0;
  return { command: editCard, args: { cardId, fields: { waitMinutes: minutes } }, group: burst(cardId, 'waitMinutes') };
}

export function touchpointOn(cardId: Id, on: boolean): Edit<{ cardId: Id; on: boolean }> {
  return { command: setTouchpoint, args: { cardId, on } };
}

export function touchpointFields(cardId: Id, fields: TouchpointFields): Edit<{ cardId: Id; fields: TouchpointFields }> {
  return { command: editTouchpoint, args: { cardId, fields } };
}

export function responseType(cardId: Id, tp: Touchpoint, type: Touchpoint['responses'][number], on: boolean) {
  return touchpointFields(cardId, { responses: toggled(tp.responses, type, on) });
}

export function quoteText(cardId: Id, tp: Touchpoint, index: number, text: string) {
  return { ...touchpointFields(cardId, { quotes: replacedAt(tp.quotes, index, text) }), group: burst(cardId, `quote${index}`) };
}

export function quoteAdded(cardId: Id, tp: Touchpoint) {
  return touchpointFields(cardId, { quotes: [...tp.quotes, ''] });
}

export function quoteRemoved(cardId: Id, tp: Touchpoint, index: number) {
  return touchpointFields(cardId, { quotes: removedAt(tp.quotes, index) });
}

export function rootCause(cardId: Id, tp: Touchpoint, causeId: Id, on: boolean) {
  return touchpointFields(cardId, { rootCauses: toggled(tp.rootCauses, causeId, on) });
}

export function benchmarkText(cardId: Id, field: 'standard' | 'evidence', value: string): Edit<{ cardId: Id; fields: Partial<Benchmark> }> {
  return { command: editBenchmark, args: { cardId, fields: { [field]: value } }, group: burst(cardId, field) };
}

export function benchmarkScore(cardId: Id, field: 'target' | 'current', value: number | null): Edit<{ cardId: Id; fields: Partial<Benchmark> }> {
  return { command: editBenchmark, args: { cardId, fields: { [field]: value } } };
}

export function concept(cardId: Id, value: string) {
  return { command: editDifferentiation, args: { cardId, fields: { concept: value } }, group: burst(cardId, 'concept') };
}

export function brandAttribute(cardId: Id, tp: Touchpoint, attributeId: Id, on: boolean) {
  const brandAttributes = toggled(tp.differentiation.brandAttributes, attributeId, on);
  return { command: editDifferentiation, args: { cardId, fields: { brandAttributes } } };
}

export function productRating(cardId: Id, field: keyof ProductRatings, value: number | null) {
  return { command: editProduct, args: { cardId, fields: { [field]: value } } };
}
