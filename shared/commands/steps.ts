import { blueprintOfStep, stepsOf } from '../model/queries';
import type { Id } from '../model/types';
import { removeRecords } from './cascade';
import { defineCommand } from './command';
import { before, fresh, lookup, need } from './draft';
import { refuse } from './errors';
import { positionsAt, siblings } from './positions';
import { line } from '../model/text';
import { args, id, index } from './args';

export const addStep = defineCommand<{ id: Id; stageId: Id; name?: string; index?: number }>(
  'step.add', 'Add step', (draft, { id, stageId, name, index }) => {
    const doc = before(draft);
    fresh(draft, 'steps', id);
    if (!lookup(doc.stages, stageId)) refuse(`there is no stage "${stageId}"`);
    const position = positionsAt(draft.steps, stepsOf(doc, stageId), index ?? Infinity)[0]!;
    draft.steps[id] = { id, stageId, name: name ?? 'New step', position };
  },
  { args: args({ id, stageId: id, name: line().optional(), index: index.optional() }) },
);

export const renameStep = defineCommand<{ stepId: Id; name: string }>(
  'step.rename', 'Rename step', (draft, { stepId, name }) => {
    need(draft, 'steps', stepId).name = name;
  },
  { group: ({ stepId }) => `step.rename:${stepId}`, args: args({ stepId: id, name: line() }) },
);

/** Moves a step within its stage or into another stage of the same blueprint. */
export const moveStep = defineCommand<{ stepId: Id; stageId: Id; index: number }>(
  'step.move', 'Move step', (draft, { stepId, stageId, index }) => {
    const doc = before(draft);
    const step = need(draft, 'steps', stepId);
    const target = lookup(doc.stages, stageId) ?? refuse(`there is no stage "${stageId}"`);
    if (target.blueprintId !== blueprintOfStep(doc, stepId)) refuse('a step cannot move to another blueprint');
    step.stageId = stageId;
    step.position = positionsAt(draft.steps, siblings(stepsOf(doc, stageId), stepId), index)[0]!;
  },
  { args: args({ stepId: id, stageId: id, index }) },
);

/** Deletes a step with its cards. */
export const deleteStep = defineCommand<{ stepId: Id }>('step.delete', 'Delete step', (draft, { stepId }) => {
  need(draft, 'steps', stepId);
  removeRecords(draft, 'steps', [stepId]);
}, { args: args({ stepId: id }) });
