import { z } from 'zod';
import { idSchema, line } from '../model/text';
import type { Id, WorkshopDoc } from '../model/types';
import { duplicateBlueprint } from './blueprints';
import { defineCommand } from './command';
import { before } from './draft';

export const FUTURE_STATE_NAME = 'Future state';

/** "Future state", or "Future state 2", 3… when a blueprint already has that name. */
export function futureStateName(doc: WorkshopDoc): string {
  const taken = new Set(Object.values(doc.blueprints).map((b) => b.name.trim().toLowerCase()));
  if (!taken.has(FUTURE_STATE_NAME.toLowerCase())) return FUTURE_STATE_NAME;
  let n = 2;
  while (taken.has(`${FUTURE_STATE_NAME} ${n}`.toLowerCase())) n++;
  return `${FUTURE_STATE_NAME} ${n}`;
}

const argsSchema = z.strictObject({
  blueprintId: idSchema,
  id: idSchema,
  name: line().optional(),
  ids: z.record(idSchema, idSchema),
});

/**
 * A copy of a blueprint to redesign as the future state: lanes, stages, steps, cards and
 * connectors with the new ids in `ids` (see idsToDuplicate), every card keeping its lineage so
 * the compare view can pair it with the card it came from.
 */
export const duplicateAsFutureState = defineCommand<{ blueprintId: Id; id: Id; name?: string; ids: Record<Id, Id> }>(
  'blueprint.duplicateAsFutureState', 'Duplicate as future state',
  (draft, { blueprintId, id, name, ids }) => {
    duplicateBlueprint.recipe(draft, { blueprintId, id, name: name ?? futureStateName(before(draft)), ids });
  },
  { args: argsSchema },
);
