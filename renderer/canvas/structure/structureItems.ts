import { addLane, deleteLane, setLaneHidden } from '../../../shared/commands/lanes';
import { addStage, applyStagePreset, deleteStage } from '../../../shared/commands/stages';
import { addStep, deleteStep } from '../../../shared/commands/steps';
import { CANONICAL_LANES, OPTIONAL_LANES, STAGE_PRESETS, columnsOf, lanesOf, newId, stagesOf, stepsOf, type Id, type WorkshopDoc } from '../../../shared/model';
import { dispatch } from '../../state/documentStore';
import { focusHeader } from '../grid/gridFocus';
import { addAndRename } from './headerNames';
import { laneBy, stageBy, stepBy, type HeaderMove } from './headerMoves';
import { startRename, type HeaderKind } from './renaming';
import { runHeaderMove } from './runHeaderMove';
import type { MenuItem } from './Menu';

const item = (label: string, run: () => void, opts: { disabled?: boolean; danger?: boolean } = {}): MenuItem => ({ kind: 'item', label, run, ...opts });
const heading = (label: string): MenuItem => ({ kind: 'heading', label });
const cardCount = (doc: WorkshopDoc, test: (laneId: string, stepId: string) => boolean) =>
  Object.values(doc.cards).filter((c) => test(c.laneId, c.stepId)).length;
const plural = (n: number, one: string) => (n === 1 ? `1 ${one}` : `${n} ${one}s`);
const move = (label: string, m: HeaderMove | null): MenuItem => item(label, () => { if (m) runHeaderMove(m); }, { disabled: !m });

/** Deletes a header, then gives the keyboard focus to the one that takes its place. */
function deleteThen(run: () => void, kind: HeaderKind, ids: Id[], id: Id): () => void {
  const at = ids.indexOf(id);
  const next = ids[at + 1] ?? ids[at - 1];
  return () => {
    run();
    if (next) focusHeader(kind, next);
  };
}

export function laneItems(doc: WorkshopDoc, laneId: string): MenuItem[] {
  const lane = doc.lanes[laneId];
  if (!lane) return [];
  const visible = lanesOf(doc, lane.blueprintId).filter((l) => !l.hidden).map((l) => l.id);
  const cards = cardCount(doc, (l) => l === laneId);
  return [
    item('Rename lane…', () => startRename('lane', laneId)),
    move('Move lane up', laneBy(doc, laneId, -1)),
    move('Move lane down', laneBy(doc, laneId, 1)),
    item('Hide lane', deleteThen(() => dispatch(setLaneHidden, { laneId, hidden: true }), 'lane', visible, laneId)),
    item('Add custom lane below', () => addAndRename('lane', laneId)),
    item(cards ? `Delete lane and its ${plural(cards, 'card')}` : 'Delete lane', deleteThen(() => dispatch(deleteLane, { laneId }), 'lane', visible, laneId), { danger: true }),
  ];
}

export function stageItems(doc: WorkshopDoc, stageId: string): MenuItem[] {
  const stage = doc.stages[stageId];
  if (!stage) return [];
  const stages = stagesOf(doc, stage.blueprintId).map((s) => s.id);
  const steps = stepsOf(doc, stageId);
  const inStage = new Set(steps.map((s) => s.id));
  const cards = cardCount(doc, (_, s) => inStage.has(s));
  const last = steps[steps.length - 1];
  return [
    item('Rename stage…', () => startRename('stage', stageId)),
    move('Move stage left', stageBy(doc, stageId, -1)),
    move('Move stage right', stageBy(doc, stageId, 1)),
    item('Add step to stage', () => (last ? addAndRename('step', last.id) : dispatch(addStep, { id: newId('s'), stageId }))),
    item('Add stage after', () => addAndRename('stage', stageId)),
    item(cards ? `Delete stage and its ${plural(cards, 'card')}` : 'Delete stage', deleteThen(() => dispatch(deleteStage, { stageId }), 'stage', stages, stageId), { danger: true }),
  ];
}

export function stepItems(doc: WorkshopDoc, stepId: string): MenuItem[] {
  const step = doc.steps[stepId];
  const stage = step && doc.stages[step.stageId];
  if (!step || !stage) return [];
  const columns = columnsOf(doc, stage.blueprintId).map((s) => s.id);
  const cards = cardCount(doc, (_, s) => s === stepId);
  return [
    item('Rename step…', () => startRename('step', stepId)),
    move('Move step left', stepBy(doc, stepId, -1)),
    move('Move step right', stepBy(doc, stepId, 1)),
    item('Add step after', () => addAndRename('step', stepId)),
    item(cards ? `Delete step and its ${plural(cards, 'card')}` : 'Delete step', deleteThen(() => dispatch(deleteStep, { stepId }), 'step', columns, stepId), { danger: true }),
  ];
}

/** The blueprint-wide menu: lanes to add or show again, stages, and the three stage presets. */
export function blueprintItems(doc: WorkshopDoc, blueprintId: string): MenuItem[] {
  const lanes = lanesOf(doc, blueprintId);
  const present = new Set(lanes.map((l) => `${l.kind}|${l.role}`));
  const missing = [...CANONICAL_LANES, ...OPTIONAL_LANES].filter((p) => !present.has(`${p.kind}|${p.role}`));
  const hidden = lanes.filter((l) => l.hidden);
  const lastLane = lanes[lanes.length - 1];
  const stages = stagesOf(doc, blueprintId);
  const lastStage = stages[stages.length - 1];
  return [
    heading('Add lane'),
    ...missing.map((p) => item(p.name, () => dispatch(addLane, { id: newId('l'), blueprintId, preset: p.name }))),
    item('Custom lane', () => (lastLane ? addAndRename('lane', lastLane.id) : dispatch(addLane, { id: newId('l'), blueprintId, name: 'New lane' }))),
    ...(hidden.length ? [heading('Hidden lanes'), ...hidden.map((l) => item(`Show “${l.name}”`, () => dispatch(setLaneHidden, { laneId: l.id, hidden: false })))] : []),
    heading('Stages'),
    item('Add stage', () => (lastStage ? addAndRename('stage', lastStage.id) : dispatch(addStage, { id: newId('g'), blueprintId, name: 'New stage', firstStep: { id: newId('s') } }))),
    ...STAGE_PRESETS.map((p) =>
      item(`Apply preset: ${p.name} (${p.stages.length})`, () =>
        dispatch(applyStagePreset, { blueprintId, presetId: p.id, newStages: p.stages.map(() => ({ stageId: newId('g'), stepId: newId('s') })) }),
      ),
    ),
  ];
}
