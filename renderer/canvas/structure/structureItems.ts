import { addLane, deleteLane, setLaneHidden } from '../../../shared/commands/lanes';
import { addStage, applyStagePreset, deleteStage } from '../../../shared/commands/stages';
import { addStep, deleteStep } from '../../../shared/commands/steps';
import { CANONICAL_LANES, OPTIONAL_LANES, STAGE_PRESETS, lanesOf, newId, stagesOf, stepsOf, type WorkshopDoc } from '../../../shared/model';
import { dispatch } from '../../state/documentStore';
import { laneBy, stageBy, stepBy, type HeaderMove } from './headerMoves';
import { runHeaderMove } from './runHeaderMove';
import type { MenuItem } from './Menu';

const item = (label: string, run: () => void, opts: { disabled?: boolean; danger?: boolean } = {}): MenuItem => ({ kind: 'item', label, run, ...opts });
const heading = (label: string): MenuItem => ({ kind: 'heading', label });
const cardCount = (doc: WorkshopDoc, test: (laneId: string, stepId: string) => boolean) =>
  Object.values(doc.cards).filter((c) => test(c.laneId, c.stepId)).length;
const plural = (n: number, one: string) => (n === 1 ? `1 ${one}` : `${n} ${one}s`);
const move = (label: string, m: HeaderMove | null): MenuItem => item(label, () => { if (m) runHeaderMove(m); }, { disabled: !m });

export function laneItems(doc: WorkshopDoc, laneId: string, rename: () => void): MenuItem[] {
  const lane = doc.lanes[laneId];
  if (!lane) return [];
  const lanes = lanesOf(doc, lane.blueprintId);
  const at = lanes.findIndex((l) => l.id === laneId);
  const cards = cardCount(doc, (l) => l === laneId);
  return [
    item('Rename lane…', rename),
    move('Move lane up', laneBy(doc, laneId, -1)),
    move('Move lane down', laneBy(doc, laneId, 1)),
    item('Hide lane', () => dispatch(setLaneHidden, { laneId, hidden: true })),
    item('Add custom lane below', () => dispatch(addLane, { id: newId('l'), blueprintId: lane.blueprintId, name: 'New lane', index: at + 1 })),
    item(cards ? `Delete lane and its ${plural(cards, 'card')}` : 'Delete lane', () => dispatch(deleteLane, { laneId }), { danger: true }),
  ];
}

export function stageItems(doc: WorkshopDoc, stageId: string, rename: () => void): MenuItem[] {
  const stage = doc.stages[stageId];
  if (!stage) return [];
  const stages = stagesOf(doc, stage.blueprintId);
  const at = stages.findIndex((s) => s.id === stageId);
  const steps = new Set(stepsOf(doc, stageId).map((s) => s.id));
  const cards = cardCount(doc, (_, s) => steps.has(s));
  return [
    item('Rename stage…', rename),
    move('Move stage left', stageBy(doc, stageId, -1)),
    move('Move stage right', stageBy(doc, stageId, 1)),
    item('Add step to stage', () => dispatch(addStep, { id: newId('s'), stageId })),
    item('Add stage after', () => dispatch(addStage, { id: newId('g'), blueprintId: stage.blueprintId, name: 'New stage', index: at + 1, firstStep: { id: newId('s') } })),
    item(cards ? `Delete stage and its ${plural(cards, 'card')}` : 'Delete stage', () => dispatch(deleteStage, { stageId }), { danger: true }),
  ];
}

export function stepItems(doc: WorkshopDoc, stepId: string, rename: () => void): MenuItem[] {
  const step = doc.steps[stepId];
  const stage = step && doc.stages[step.stageId];
  if (!step || !stage) return [];
  const local = stepsOf(doc, stage.id).findIndex((s) => s.id === stepId);
  const cards = cardCount(doc, (_, s) => s === stepId);
  return [
    item('Rename step…', rename),
    move('Move step left', stepBy(doc, stepId, -1)),
    move('Move step right', stepBy(doc, stepId, 1)),
    item('Add step after', () => dispatch(addStep, { id: newId('s'), stageId: stage.id, index: local + 1 })),
    item(cards ? `Delete step and its ${plural(cards, 'card')}` : 'Delete step', () => dispatch(deleteStep, { stepId }), { danger: true }),
  ];
}

/** The blueprint-wide menu: lanes to add or show again, stages, and the three stage presets. */
export function blueprintItems(doc: WorkshopDoc, blueprintId: string): MenuItem[] {
  const lanes = lanesOf(doc, blueprintId);
  const present = new Set(lanes.map((l) => `${l.kind}|${l.role}`));
  const missing = [...CANONICAL_LANES, ...OPTIONAL_LANES].filter((p) => !present.has(`${p.kind}|${p.role}`));
  const hidden = lanes.filter((l) => l.hidden);
  return [
    heading('Add lane'),
    ...missing.map((p) => item(p.name, () => dispatch(addLane, { id: newId('l'), blueprintId, preset: p.name }))),
    item('Custom lane', () => dispatch(addLane, { id: newId('l'), blueprintId, name: 'New lane' })),
    ...(hidden.length ? [heading('Hidden lanes'), ...hidden.map((l) => item(`Show “${l.name}”`, () => dispatch(setLaneHidden, { laneId: l.id, hidden: false })))] : []),
    heading('Stages'),
    item('Add stage', () => dispatch(addStage, { id: newId('g'), blueprintId, name: 'New stage', firstStep: { id: newId('s') } })),
    ...STAGE_PRESETS.map((p) =>
      item(`Apply preset: ${p.name} (${p.stages.length})`, () =>
        dispatch(applyStagePreset, { blueprintId, presetId: p.id, newStages: p.stages.map(() => ({ stageId: newId('g'), stepId: newId('s') })) }),
      ),
    ),
  ];
}
