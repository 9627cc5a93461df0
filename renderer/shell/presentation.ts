import { byPosition, columnsOf, lanesOf, recordIn, stagesOf, stepsOf, type Id, type WorkshopDoc } from '../../shared/model';

/** How a presentation walks the blueprint: stage by stage, card by card, or the facilitator's order. */
export type PresentationMode = 'stages' | 'cards' | 'order';

export const PRESENTATION_MODES: readonly { mode: PresentationMode; label: string }[] = [
  { mode: 'stages', label: 'Stages' },
  { mode: 'cards', label: 'Cards' },
  { mode: 'order', label: 'Order' },
];

export type Stop = { kind: 'stage' | 'step' | 'card'; id: Id };

/** The cards of a blueprint as the journey reads: step by step, lanes top to bottom, then position. */
export function readingOrder(doc: WorkshopDoc, blueprintId: Id): Id[] {
  const lanes = new Map(lanesOf(doc, blueprintId).filter((l) => !l.hidden).map((l, i) => [l.id, i]));
  const steps = new Map(columnsOf(doc, blueprintId).map((s, i) => [s.id, i]));
  return Object.values(doc.cards)
    .filter((c) => lanes.has(c.laneId) && steps.has(c.stepId))
    .sort((a, b) => steps.get(a.stepId)! - steps.get(b.stepId)! || lanes.get(a.laneId)! - lanes.get(b.laneId)! || byPosition(a, b))
    .map((c) => c.id);
}

/** The facilitator's presentation order, without cards that are gone or hidden. */
export function presentationOrder(doc: WorkshopDoc, blueprintId: Id): Id[] {
  const shown = new Set(readingOrder(doc, blueprintId));
  return (recordIn(doc.blueprints, blueprintId)?.presentationOrder ?? []).filter((id) => shown.has(id));
}

/**
 * The stops of a presentation: every stage that has steps (a blueprint of one stage walks its
 * steps instead, rather than stopping once), every card, or the presentation order.
 */
export function presentationStops(doc: WorkshopDoc, blueprintId: Id, mode: PresentationMode): Stop[] {
  if (!recordIn(doc.blueprints, blueprintId)) return [];
  if (mode === 'stages') {
    const stages = stagesOf(doc, blueprintId).filter((s) => stepsOf(doc, s.id).length > 0);
    if (stages.length === 1) return stepsOf(doc, stages[0]!.id).map((s) => ({ kind: 'step', id: s.id }));
    return stages.map((s) => ({ kind: 'stage', id: s.id }));
  }
  const ids = mode === 'cards' ? readingOrder(doc, blueprintId) : presentationOrder(doc, blueprintId);
  return ids.map((id) => ({ kind: 'card', id }));
}

/** Stops compare by what they show, so a re-render with an equal walk keeps the old list. */
export function sameStops(a: Stop[], b: Stop[]): boolean {
  return a.length === b.length && a.every((s, i) => s.kind === b[i]!.kind && s.id === b[i]!.id);
}
