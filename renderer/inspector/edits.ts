import { updateCard, type CardFields } from '../../shared/commands/cards';
import type { Command } from '../../shared/commands/command';
import {
  addQuote, addRootCause, editQuote, removeQuote, removeRootCause, setConcept, setExpressedAttribute,
  setProductRatings, setTouchpoint, updateBenchmark, updateTouchpoint, type TouchpointFields,
} from '../../shared/commands/touchpoints';
import type { Benchmark, Id, ProductRatings, ResponseType, Touchpoint } from '../../shared/model/types';
import { toggled } from './lists';

/**
 * What one change in the inspector form means for the document: a command, its arguments and,
 * for typing, the undo group that makes a burst of keystrokes in one field a single undo step.
 */
export interface Edit<A> { command: Command<A>; args: A; group?: string }

/** Typing into one field of one card is one undo step per burst. */
export const burst = (cardId: Id, field: string): string => `${cardId}:${field}`;

export function cardText(cardId: Id, field: 'title' | 'description' | 'owner', value: string): Edit<{ cardId: Id; fields: CardFields }> {
  return { command: updateCard, args: { cardId, fields: { [field]: value } }, group: burst(cardId, field) };
}

export function cardFields(cardId: Id, fields: CardFields): Edit<{ cardId: Id; fields: CardFields }> {
  return { command: updateCard, args: { cardId, fields } };
}

/** Minutes typed as text; anything that is not a positive number counts as no wait. */
export function waitTime(cardId: Id, typed: string): Edit<{ cardId: Id; fields: CardFields }> {
  const n = Number(typed);
  const waitMinutes = Number.isFinite(n) && n > 0 ? Math.min(Math.round(n), 525_600) : 0;
  return { command: updateCard, args: { cardId, fields: { waitMinutes } }, group: burst(cardId, 'waitMinutes') };
}

export function touchpointOn(cardId: Id, on: boolean): Edit<{ cardId: Id; on: boolean }> {
  return { command: setTouchpoint, args: { cardId, on } };
}

export function touchpointFields(cardId: Id, fields: TouchpointFields): Edit<{ cardId: Id; fields: TouchpointFields }> {
  return { command: updateTouchpoint, args: { cardId, fields } };
}

export function responseType(cardId: Id, tp: Touchpoint, type: ResponseType, on: boolean) {
  return touchpointFields(cardId, { responses: toggled(tp.responses, type, on) });
}

export function benchmarkText(cardId: Id, field: 'standard' | 'evidence', value: string): Edit<{ cardId: Id; fields: Partial<Benchmark> }> {
  return { command: updateBenchmark, args: { cardId, fields: { [field]: value } }, group: burst(cardId, field) };
}

export function benchmarkScore(cardId: Id, field: 'target' | 'current', value: number | null): Edit<{ cardId: Id; fields: Partial<Benchmark> }> {
  return { command: updateBenchmark, args: { cardId, fields: { [field]: value } } };
}

export function concept(cardId: Id, value: string): Edit<{ cardId: Id; concept: string }> {
  return { command: setConcept, args: { cardId, concept: value }, group: burst(cardId, 'concept') };
}

export function brandAttribute(cardId: Id, brandAttributeId: Id, on: boolean): Edit<{ cardId: Id; brandAttributeId: Id; on: boolean }> {
  return { command: setExpressedAttribute, args: { cardId, brandAttributeId, on } };
}

export function quoteAdded(cardId: Id): Edit<{ cardId: Id; text: string }> {
  return { command: addQuote, args: { cardId, text: '' } };
}

export function quoteText(cardId: Id, index: number, text: string): Edit<{ cardId: Id; index: number; text: string }> {
  return { command: editQuote, args: { cardId, index, text }, group: burst(cardId, `quote${index}`) };
}

export function quoteRemoved(cardId: Id, index: number): Edit<{ cardId: Id; index: number }> {
  return { command: removeQuote, args: { cardId, index } };
}

export function rootCause(cardId: Id, causeId: Id, on: boolean): Edit<{ cardId: Id; causeId: Id }> {
  return { command: on ? addRootCause : removeRootCause, args: { cardId, causeId } };
}

export function productRating(cardId: Id, field: keyof ProductRatings, value: number | null): Edit<{ cardId: Id; ratings: Partial<ProductRatings> }> {
  return { command: setProductRatings, args: { cardId, ratings: { [field]: value } } };
}
