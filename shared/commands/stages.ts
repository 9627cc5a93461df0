import { STAGE_PRESETS } from '../model/presets';
import { stagesOf } from '../model/queries';
import type { Id } from '../model/types';
import { removeRecords } from './cascade';
import { defineCommand } from './command';
import { before, fresh, has, need, type DocDraft } from './draft';
import { refuse } from './errors';
import { positionsAt, siblings } from './positions';
import { z } from 'zod';
import { line } from '../model/text';
import { args, id, index } from './args';

export interface NewStage {
  id: Id;
  name?: string;
  /** A stage shows no column until it has a step; give one to start with. */
  firstStep?: { id: Id; name?: string };
}

function createStages(draft: DocDraft, blueprintId: Id, stages: NewStage[], index: number): void {
  const doc = before(draft);
  if (!has(doc.blueprints, blueprintId)) refuse(`there is no blueprint "${blueprintId}"`);
  const positions = positionsAt(draft.stages, stagesOf(doc, blueprintId), index, stages.length);
  stages.forEach(({ id, name, firstStep }, k) => {
    fresh(draft, 'stages', id);
    draft.stages[id] = { id, blueprintId, name: name ?? 'New stage', position: positions[k]! };
    if (firstStep) {
      fresh(draft, 'steps', firstStep.id);
      draft.steps[firstStep.id] = { id: firstStep.id, stageId: id, name: firstStep.name ?? 'Step 1', position: 0 };
    }
  });
}

const newStage = { id, name: line().optional(), firstStep: args({ id, name: line().optional() }).optional() };

export const addStage = defineCommand<NewStage & { blueprintId: Id; index?: number }>(
  'stage.add', 'Add stage', (draft, { blueprintId, index, ...stage }) => createStages(draft, blueprintId, [stage], index ?? Infinity),
  { args: args({ ...newStage, blueprintId: id, index: index.optional() }) },
);

export const renameStage = defineCommand<{ stageId: Id; name: string }>(
  'stage.rename', 'Rename stage', (draft, { stageId, name }) => {
    need(draft, 'stages', stageId).name = name;
  },
  { group: ({ stageId }) => `stage.rename:${stageId}`, args: args({ stageId: id, name: line() }) },
);

export const moveStage = defineCommand<{ stageId: Id; index: number }>('stage.move', 'Move stage', (draft, { stageId, index }) => {
  const stage = need(draft, 'stages', stageId);
  const others = siblings(stagesOf(before(draft), stage.blueprintId), stageId);
  stage.position = positionsAt(draft.stages, others, index)[0]!;
}, { args: args({ stageId: id, index }) });

/** Deletes a stage with its steps and their cards. */
export const deleteStage = defineCommand<{ stageId: Id }>('stage.delete', 'Delete stage', (draft, { stageId }) => {
  need(draft, 'stages', stageId);
  removeRecords(draft, 'stages', [stageId]);
}, { args: args({ stageId: id }) });

/**
 * Names the blueprint's stages after a preset, left to right. Existing stages keep their steps
 * and cards (only their names change; stages beyond the preset stay as they are); stages the
 * blueprint lacks are added with one step each, using the ids in `newStages` in order.
 */
export const applyStagePreset = defineCommand<{ blueprintId: Id; presetId: string; newStages: { stageId: Id; stepId: Id }[] }>(
  'stage.preset', 'Apply stage preset', (draft, { blueprintId, presetId, newStages }) => {
    const preset = STAGE_PRESETS.find((p) => p.id === presetId) ?? refuse(`there is no stage preset "${presetId}"`);
    const existing = stagesOf(before(draft), blueprintId);
    existing.slice(0, preset.stages.length).forEach((stage, k) => {
      draft.stages[stage.id]!.name = preset.stages[k]!;
    });
    const missing = preset.stages.slice(existing.length);
    if (newStages.length < missing.length) refuse(`the preset adds ${missing.length} stages but ${newStages.length} new ids were given`);
    createStages(draft, blueprintId, missing.map((name, k) => ({ id: newStages[k]!.stageId, name, firstStep: { id: newStages[k]!.stepId } })), Infinity);
  },
  { args: args({ blueprintId: id, presetId: line(), newStages: z.array(args({ stageId: id, stepId: id })).max(100) }) },
);
