import { CANONICAL_LANES } from '../model/presets';
import { blueprintsOf, blueprintOfCard, cardsOfBlueprint, connectorsOfBlueprint, lanesOf, stagesOf } from '../model/queries';
import { lineageOf } from '../model/lineage';
import type { Blueprint, Card, Id, WorkshopDoc } from '../model/types';
import { removeRecords } from './cascade';
import { defineCommand } from './command';
import { assign, before, fresh, has, lookup, need } from './draft';
import { refuse } from './errors';
import { positionsAt, siblings } from './positions';
import { blueprintSchema } from '../model/schemas';
import { line } from '../model/text';
import { args, id, idMap, ids, index } from './args';

/** A blueprint with the canonical lanes (one id per lane in `laneIds`) and optionally a first stage and step. */
export const addBlueprint = defineCommand<{
  id: Id; name?: string; laneIds: Id[]; index?: number; firstStage?: { stageId: Id; stepId: Id };
}>('blueprint.add', 'Add blueprint', (draft, { id, name, laneIds, index, firstStage }) => {
  const doc = before(draft);
  fresh(draft, 'blueprints', id);
  if (laneIds.length !== CANONICAL_LANES.length) refuse(`a new blueprint needs ${CANONICAL_LANES.length} lane ids, not ${laneIds.length}`);
  const position = positionsAt(draft.blueprints, blueprintsOf(doc), index ?? Infinity)[0]!;
  draft.blueprints[id] = { id, name: name ?? 'New blueprint', description: '', position, presentationOrder: [] };
  CANONICAL_LANES.forEach((preset, k) => {
    const laneId = laneIds[k]!;
    fresh(draft, 'lanes', laneId);
    draft.lanes[laneId] = { id: laneId, blueprintId: id, name: preset.name, kind: preset.kind, role: preset.role, hidden: false, position: k };
  });
  if (firstStage) {
    fresh(draft, 'stages', firstStage.stageId);
    fresh(draft, 'steps', firstStage.stepId);
    draft.stages[firstStage.stageId] = { id: firstStage.stageId, blueprintId: id, name: 'Stage 1', position: 0 };
    draft.steps[firstStage.stepId] = { id: firstStage.stepId, stageId: firstStage.stageId, name: 'Step 1', position: 0 };
  }
}, { args: args({ id, name: line().optional(), laneIds: ids(CANONICAL_LANES.length), index: index.optional(), firstStage: args({ stageId: id, stepId: id }).optional() }) });

export const updateBlueprint = defineCommand<{ blueprintId: Id; fields: Partial<Pick<Blueprint, 'name' | 'description'>> }>(
  'blueprint.update', 'Rename blueprint', (draft, { blueprintId, fields }) => {
    assign(need(draft, 'blueprints', blueprintId), fields, ['name', 'description']);
  },
  {
    group: ({ blueprintId, fields }) => `blueprint.update:${blueprintId}:${Object.keys(fields).sort().join(',')}`,
    args: args({ blueprintId: id, fields: blueprintSchema.pick({ name: true, description: true }).partial() }),
  },
);

/** Every id a duplicate of the blueprint needs a new one for: its lanes, stages, steps, cards and connectors. */
export function idsToDuplicate(doc: WorkshopDoc, blueprintId: Id): Id[] {
  const stages = stagesOf(doc, blueprintId);
  const stageIds = new Set(stages.map((s) => s.id));
  return [
    ...lanesOf(doc, blueprintId).map((l) => l.id),
    ...stages.map((s) => s.id),
    ...Object.values(doc.steps).filter((s) => stageIds.has(s.stageId)).map((s) => s.id),
    ...cardsOfBlueprint(doc, blueprintId).map((c) => c.id),
    ...connectorsOfBlueprint(doc, blueprintId).map((c) => c.id),
  ];
}

/**
 * A copy of a blueprint right after it, with the ids in `ids` (old id -> new id, see
 * idsToDuplicate). Facilitation data (votes, comments) stays with the original.
 */
export const duplicateBlueprint = defineCommand<{ blueprintId: Id; id: Id; name?: string; ids: Record<Id, Id> }>(
  'blueprint.duplicate', 'Duplicate blueprint', (draft, { blueprintId, id, name, ids }) => {
    const doc = before(draft);
    const source = lookup(doc.blueprints, blueprintId) ?? refuse(`there is no blueprint "${blueprintId}"`);
    fresh(draft, 'blueprints', id);
    const map = (old: Id): Id => (has(ids, old) && typeof ids[old] === 'string' ? ids[old] : refuse(`no new id was given for "${old}"`));
    const inside = (old: Id): Id => (has(ids, old) ? map(old) : old);
    const ordered = blueprintsOf(doc);
    const position = positionsAt(draft.blueprints, ordered, ordered.findIndex((b) => b.id === blueprintId) + 1)[0]!;
    draft.blueprints[id] = {
      ...source, id, name: name ?? `${source.name} (copy)`, position,
      presentationOrder: source.presentationOrder.filter((cardId) => has(ids, cardId)).map(map),
    };
    for (const lane of lanesOf(doc, blueprintId)) put(draft.lanes, { ...lane, id: map(lane.id), blueprintId: id });
    const stageIds = new Set<Id>();
    for (const stage of stagesOf(doc, blueprintId)) {
      stageIds.add(stage.id);
      put(draft.stages, { ...stage, id: map(stage.id), blueprintId: id });
    }
    for (const step of Object.values(doc.steps)) if (stageIds.has(step.stageId)) put(draft.steps, { ...step, id: map(step.id), stageId: map(step.stageId) });
    for (const card of cardsOfBlueprint(doc, blueprintId)) {
      const touchpoint = card.touchpoint && { ...card.touchpoint, rootCauses: card.touchpoint.rootCauses.map(inside) };
      put<Card>(draft.cards, { ...card, id: map(card.id), laneId: map(card.laneId), stepId: map(card.stepId), touchpoint, originId: lineageOf(card) });
    }
    for (const c of connectorsOfBlueprint(doc, blueprintId)) put(draft.connectors, { ...c, id: map(c.id), blueprintId: id, from: map(c.from), to: map(c.to) });
  },
  { args: args({ blueprintId: id, id, name: line().optional(), ids: idMap() }) },
);

function put<R extends { id: Id }>(table: Record<Id, R>, record: R): void {
  if (has(table, record.id)) refuse(`the id "${record.id}" is already taken`);
  table[record.id] = record;
}

/** Deletes a blueprint with everything in it; a workshop keeps at least one blueprint. */
export const deleteBlueprint = defineCommand<{ blueprintId: Id }>('blueprint.delete', 'Delete blueprint', (draft, { blueprintId }) => {
  need(draft, 'blueprints', blueprintId);
  if (Object.keys(draft.blueprints).length <= 1) refuse('a workshop keeps at least one blueprint');
  removeRecords(draft, 'blueprints', [blueprintId]);
}, { args: args({ blueprintId: id }) });

export const moveBlueprint = defineCommand<{ blueprintId: Id; index: number }>(
  'blueprint.move', 'Move blueprint', (draft, { blueprintId, index }) => {
    const blueprint = need(draft, 'blueprints', blueprintId);
    blueprint.position = positionsAt(draft.blueprints, siblings(blueprintsOf(before(draft)), blueprintId), index)[0]!;
  },
  { args: args({ blueprintId: id, index }) },
);

/** The cards a presenter walks through, in order; each must be a card of this blueprint, once. */
export const setPresentationOrder = defineCommand<{ blueprintId: Id; cardIds: Id[] }>(
  'blueprint.presentation', 'Change presentation order', (draft, { blueprintId, cardIds }) => {
    const doc = before(draft);
    const blueprint = need(draft, 'blueprints', blueprintId);
    if (new Set(cardIds).size !== cardIds.length) refuse('a card appears twice in the presentation order');
    for (const cardId of cardIds) if (blueprintOfCard(doc, cardId) !== blueprintId) refuse(`card "${cardId}" is not in this blueprint`);
    blueprint.presentationOrder = cardIds;
  },
  { args: args({ blueprintId: id, cardIds: ids() }) },
);
