import { current } from 'immer';
import { z } from 'zod';
import { checkReferences, formatProblem } from '../model/integrity';
import type { WorkshopDoc } from '../model/types';
import { MERGE_OP_TABLES, type MergeOp } from '../merge/review';
import { args as strict } from './args';
import { defineCommand } from './command';
import { CommandError } from './errors';

const opSchema = z.strictObject({
  table: z.enum(MERGE_OP_TABLES as [string, ...string[]]),
  id: z.string().min(1).max(64),
  record: z.record(z.string(), z.unknown()).nullable(),
});

/**
 * Brings another copy of the workshop in, as one step to undo: writes the records a reviewed
 * merge decided (docs/merging.md). `token` names the review on the host, which writes the
 * merge's stamps with it. Every written record is checked like any edit, and the whole result
 * for references, since a merge deletes records that others may still name.
 */
export const mergeCopy = defineCommand<{ token: string; records: MergeOp[] }>(
  'merge.apply', 'Merge a copy', (draft, { records }) => {
    let deleted = false;
    for (const op of records) {
      if (op.table === 'workshop') {
        if (!op.record) throw new CommandError('The workshop details cannot be deleted.');
        draft.workshop = op.record as WorkshopDoc['workshop'];
        continue;
      }
      const table = draft[op.table as keyof Omit<WorkshopDoc, 'workshop'>] as Record<string, object>;
      if (op.record) table[op.id] = op.record;
      else if (Object.hasOwn(table, op.id)) {
        delete table[op.id];
        deleted = true;
      }
    }
    if (!deleted) return;
    const problem = checkReferences(current(draft) as WorkshopDoc)[0];
    if (problem) throw new CommandError(`The merged workshop would not hold together: ${formatProblem(problem)}.`);
  },
  { args: strict({ token: z.string().min(1).max(64), records: z.array(opSchema).max(200_000) }) as unknown as z.ZodType<{ token: string; records: MergeOp[] }> },
);
