import { columnsOf, lanesOf, stagesOf, stepsOf, type WorkshopDoc } from '../../../shared/model';

/** One reorder of a lane, stage or step, as the arguments of its command. */
export type HeaderMove =
  | { kind: 'lane'; args: { laneId: string; index: number } }
  | { kind: 'stage'; args: { stageId: string; index: number } }
  | { kind: 'step'; args: { stepId: string; stageId: string; index: number } };

/**
 * The lane placed just above the visible lane `beforeId` (null: just below the last visible
 * lane), or null when that is where it already is. `moveLane` counts every lane of the
 * blueprint, hidden ones included, so the visible neighbour is translated to that index.
 */
export function laneTo(doc: WorkshopDoc, laneId: string, beforeId: string | null): HeaderMove | null {
  const lane = doc.lanes[laneId];
  if (!lane) return null;
  const lanes = lanesOf(doc, lane.blueprintId);
  const others = lanes.filter((l) => l.id !== laneId);
  const lastVisible = others.findLastIndex((l) => !l.hidden);
  const index = beforeId === null ? lastVisible + 1 : others.findIndex((l) => l.id === beforeId);
  if (index < 0 || index === lanes.findIndex((l) => l.id === laneId)) return null;
  return { kind: 'lane', args: { laneId, index } };
}

/** The lane swapped with its visible neighbour above (-1) or below (+1); hidden lanes are passed over. */
export function laneBy(doc: WorkshopDoc, laneId: string, delta: -1 | 1): HeaderMove | null {
  const lane = doc.lanes[laneId];
  if (!lane) return null;
  const visible = lanesOf(doc, lane.blueprintId).filter((l) => !l.hidden || l.id === laneId);
  const at = visible.findIndex((l) => l.id === laneId);
  if (!visible[at + delta]) return null;
  return laneTo(doc, laneId, delta < 0 ? visible[at - 1]!.id : (visible[at + 2]?.id ?? null));
}

/** The stage placed at `index` among the blueprint's other stages, or null when it is there already. */
export function stageTo(doc: WorkshopDoc, stageId: string, index: number): HeaderMove | null {
  const stage = doc.stages[stageId];
  if (!stage || index === stagesOf(doc, stage.blueprintId).findIndex((s) => s.id === stageId)) return null;
  return { kind: 'stage', args: { stageId, index } };
}

export function stageBy(doc: WorkshopDoc, stageId: string, delta: -1 | 1): HeaderMove | null {
  const stage = doc.stages[stageId];
  if (!stage) return null;
  const stages = stagesOf(doc, stage.blueprintId);
  const at = stages.findIndex((s) => s.id === stageId);
  return stages[at + delta] ? stageTo(doc, stageId, at + delta) : null;
}

/** The step placed at `index` among the other steps of `stageId`, or null when it is there already. */
export function stepTo(doc: WorkshopDoc, stepId: string, stageId: string, index: number): HeaderMove | null {
  const step = doc.steps[stepId];
  if (!step || (step.stageId === stageId && index === stepsOf(doc, stageId).findIndex((s) => s.id === stepId))) return null;
  return { kind: 'step', args: { stepId, stageId, index } };
}

/** The step one column left or right; past the end of its stage it goes into the neighbouring stage. */
export function stepBy(doc: WorkshopDoc, stepId: string, delta: -1 | 1): HeaderMove | null {
  const step = doc.steps[stepId];
  const stage = step && doc.stages[step.stageId];
  if (!step || !stage) return null;
  const columns = columnsOf(doc, stage.blueprintId);
  const neighbour = columns[columns.findIndex((s) => s.id === stepId) + delta];
  if (!neighbour) return null;
  if (neighbour.stageId === stage.id) return stepTo(doc, stepId, stage.id, stepsOf(doc, stage.id).findIndex((s) => s.id === stepId) + delta);
  const target = stepsOf(doc, neighbour.stageId);
  return stepTo(doc, stepId, neighbour.stageId, delta < 0 ? target.length : 0);
}
