import type { Patch } from 'immer';
import { formatProblem, REFERENCES, zodProblems, type Problem } from '../model/integrity';
import { facilitationProblem, timerProblem } from '../model/facilitationRules';
import { blueprintOfCard, blueprintOfStep } from '../model/queries';
import { recordSchemas, TABLES, workshopSchema, type TableName } from '../model/schemas';
import type { Id, WorkshopDoc } from '../model/types';

const isTable = (name: unknown): name is TableName => (TABLES as readonly unknown[]).includes(name);

/**
 * Checks only the records an edit touched (schema, own id, what they point at), so that the
 * cost follows the size of the edit and not of the workshop. Returns the first problem, or null.
 */
export function checkTouched(doc: WorkshopDoc, patches: readonly Patch[]): string | null {
  const touched = new Map<TableName, Set<Id>>();
  let workshop = false;
  for (const { path } of patches) {
    const [table, id] = path;
    if (table === 'workshop') workshop = true;
    else if (isTable(table)) {
      const ids = touched.get(table) ?? new Set<Id>();
      touched.set(table, ids);
      if (typeof id === 'string') ids.add(id);
      else for (const key of Object.keys(doc[table])) ids.add(key);
    }
  }
  if (workshop) {
    const parsed = workshopSchema.safeParse(doc.workshop);
    if (!parsed.success) return first(zodProblems(parsed.error, ['workshop']));
    const timer = timerProblem(doc);
    if (timer) return formatProblem(timer);
  }
  for (const [table, ids] of touched) {
    for (const id of ids) {
      const record = doc[table][id];
      if (record === undefined) continue;
      const problem = checkRecord(doc, table, id, record);
      if (problem) return problem;
    }
  }
  return null;
}

function checkRecord(doc: WorkshopDoc, table: TableName, id: Id, record: unknown): string | null {
  const parsed = recordSchemas[table].safeParse(record);
  if (!parsed.success) return first(zodProblems(parsed.error, [table, id]));
  if (parsed.data.id !== id) return formatProblem({ path: [table, id, 'id'], message: `does not match its key "${id}"` });
  for (const ref of REFERENCES) {
    if (ref.table !== table) continue;
    for (const [path, target] of ref.targets(record as never)) {
      if (target !== null && !Object.hasOwn(doc[ref.to], target)) {
        return formatProblem({ path: [table, id, ...path], message: `refers to "${target}", which does not exist` });
      }
    }
  }
  if (table === 'cards') {
    const card = doc.cards[id]!;
    if (doc.lanes[card.laneId]?.blueprintId !== blueprintOfStep(doc, card.stepId)) {
      return formatProblem({ path: [table, id, 'stepId'], message: 'is a step of another blueprint than its lane' });
    }
  }
  if (table === 'voteRounds' || table === 'comments') {
    const problem = facilitationProblem(doc, table, id);
    if (problem) return formatProblem(problem);
  }
  if (table === 'connectors') {
    const c = doc.connectors[id]!;
    if (blueprintOfCard(doc, c.from) !== c.blueprintId || blueprintOfCard(doc, c.to) !== c.blueprintId) {
      return formatProblem({ path: [table, id], message: 'joins cards of another blueprint' });
    }
  }
  return null;
}

function first(problems: Problem[]): string {
  return problems[0] ? formatProblem(problems[0]) : 'is not valid';
}
