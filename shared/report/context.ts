import type { BlueprintFacts } from '../analysis/facts';
import type { Analysis } from '../analysis/types';
import { cardName } from '../analysis/words';
import type { Id, WorkshopDoc } from '../model/types';
import type { Flow } from './flow';

/** What every section of the report reads. */
export interface ReportContext {
  doc: WorkshopDoc;
  facts: BlueprintFacts;
  analysis: Analysis;
  flow: Flow;
}

export const nameOf = (ctx: ReportContext, id: Id): string => cardName(ctx.doc, id);

/** "Stage › Step" of a card. */
export function placeOf(ctx: ReportContext, id: Id): string {
  const card = ctx.doc.cards[id];
  const step = card && ctx.doc.steps[card.stepId];
  const stage = step && ctx.doc.stages[step.stageId];
  return [stage?.name, step?.name].filter(Boolean).join(' \u203A ');
}

export function laneOf(ctx: ReportContext, id: Id): string {
  const card = ctx.doc.cards[id];
  return (card && ctx.doc.lanes[card.laneId]?.name) || '';
}

export const ownerOf = (ctx: ReportContext, id: Id): string => ctx.doc.cards[id]?.owner.replace(/\s+/g, ' ').trim() ?? '';

/** Place and owner in one quiet line under a card's name. */
export const whereAndWho = (ctx: ReportContext, id: Id): string => [placeOf(ctx, id), ownerOf(ctx, id)].filter(Boolean).join(' \u00B7 ');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "16 April 2026" from the workshop's ISO date; never the clock, so the report is the same on every run. */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return '';
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** A long list cut for print, with a line that says what was left out and where to find it. */
export function capped<T>(items: readonly T[], max: number): { shown: readonly T[]; more: number } {
  return items.length > max ? { shown: items.slice(0, max), more: items.length - max } : { shown: items, more: 0 };
}
