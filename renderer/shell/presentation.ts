import { byPosition, columnsOf, lanesOf, recordIn, type WorkshopDoc } from '../../shared/model';

/**
 * The cards a presenter walks through: the blueprint's presentation order when it has one,
 * else the journey as it reads, step by step and top to bottom.
 */
export function presentationWalk(doc: WorkshopDoc, blueprintId: string): string[] {
  const blueprint = recordIn(doc.blueprints, blueprintId);
  if (!blueprint) return [];
  const ordered = blueprint.presentationOrder.filter((id) => recordIn(doc.cards, id));
  if (ordered.length) return ordered;
  const lanes = new Map(lanesOf(doc, blueprintId).filter((l) => !l.hidden).map((l, i) => [l.id, i]));
  const steps = new Map(columnsOf(doc, blueprintId).map((s, i) => [s.id, i]));
  return Object.values(doc.cards)
    .filter((c) => lanes.has(c.laneId) && steps.has(c.stepId))
    .sort((a, b) => steps.get(a.stepId)! - steps.get(b.stepId)! || lanes.get(a.laneId)! - lanes.get(b.laneId)! || byPosition(a, b))
    .map((c) => c.id);
}
