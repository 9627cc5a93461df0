import { applyPatches, enablePatches, type Patch } from 'immer';
import { patchSchema } from '../../shared/api/contract';
import { checkReferences, formatProblem, REFERENCES, zodProblems, type Problem } from '../../shared/model/integrity';
import { blueprintOfCard, blueprintOfStep } from '../../shared/model/queries';
import { recordSchemas, TABLES, workshopSchema, type TableName } from '../../shared/model/schemas';
import type { Id, Workshop, WorkshopDoc } from '../../shared/model/types';
import { summarize, WorkshopError } from './errors';

enablePatches();

/** One row to write: a record's new value, or null when it was deleted. */
export type RowChange =
  | { table: TableName; id: Id; record: object | null }
  | { table: 'workshop'; record: Workshop };

const isTable = (name: unknown): name is TableName => (TABLES as readonly unknown[]).includes(name);

/**
 * Applies patches whose paths are `[table, id, field…]` and checks only what they touched: the
 * schema of each changed record, the references it holds, and references to records it deleted.
 * Throws WorkshopError('invalid') and leaves `doc` as it was when anything is wrong.
 */
export function applyChecked(doc: WorkshopDoc, patches: Patch[]): { doc: WorkshopDoc; changes: RowChange[] } {
  const shapeProblems = patches.flatMap((p, i) => {
    const parsed = patchSchema.safeParse(p);
    return parsed.success ? [] : zodProblems(parsed.error, ['patch', i]);
  });
  if (shapeProblems.length) throw refused(shapeProblems);
  let next: WorkshopDoc;
  try {
    next = applyPatches(doc, patches);
  } catch (e) {
    throw refused([{ path: [], message: e instanceof Error ? e.message : String(e) }]);
  }
  const touched = touchedRecords(doc, next, patches);
  const changes: RowChange[] = [];
  const problems: Problem[] = [];
  if (touched.workshop && next.workshop !== doc.workshop) {
    const parsed = workshopSchema.safeParse(next.workshop);
    if (!parsed.success) problems.push(...zodProblems(parsed.error, ['workshop']));
    changes.push({ table: 'workshop', record: next.workshop });
  }
  let fullCheck = false;
  for (const [table, ids] of touched.records) {
    for (const id of ids) {
      const before = doc[table][id];
      const after = Object.hasOwn(next[table], id) ? next[table][id] : undefined;
      if (before === after) continue;
      changes.push({ table, id, record: after ?? null });
      if (!after) {
        problems.push(...referencesTo(next, table, id));
        continue;
      }
      const parsed = recordSchemas[table].safeParse(after);
      if (!parsed.success) problems.push(...zodProblems(parsed.error, [table, id]));
      else if (parsed.data.id !== id) problems.push({ path: [table, id, 'id'], message: `does not match its key "${id}"` });
      else problems.push(...referencesFrom(next, table, after));
      if (before && movesBetweenBlueprints(doc, next, table, before, after)) fullCheck = true;
    }
  }
  if (!problems.length) problems.push(...(fullCheck ? checkReferences(next) : crossBlueprintProblems(next, changes)));
  if (problems.length) throw refused(problems);
  return { doc: next, changes };
}

function refused(problems: Problem[]): WorkshopError {
  return new WorkshopError('invalid', `the change was refused: ${summarize(problems)}`, problems.map(formatProblem));
}

function touchedRecords(doc: WorkshopDoc, next: WorkshopDoc, patches: Patch[]) {
  const records = new Map<TableName, Set<Id>>();
  let workshop = false;
  const add = (table: TableName, id: Id) => {
    let ids = records.get(table);
    if (!ids) records.set(table, (ids = new Set()));
    ids.add(id);
  };
  for (const { path } of patches) {
    const [table, id] = path;
    if (table === 'workshop') workshop = true;
    else if (isTable(table) && id !== undefined) add(table, String(id));
    else if (isTable(table)) {
      // The whole table was replaced: structural sharing lets identity find what changed.
      for (const key of new Set([...Object.keys(doc[table]), ...Object.keys(next[table])])) {
        if (doc[table][key] !== next[table][key]) add(table, key);
      }
    }
  }
  return { records, workshop };
}

function referencesFrom(doc: WorkshopDoc, table: TableName, record: object): Problem[] {
  const problems: Problem[] = [];
  for (const r of REFERENCES) {
    if (r.table !== table) continue;
    for (const [path, target] of r.targets(record as never)) {
      if (target !== null && !Object.hasOwn(doc[r.to], target)) {
        problems.push({ path: [table, (record as { id: Id }).id, ...path], message: `refers to a missing record "${target}" of ${r.to}` });
      }
    }
  }
  return problems;
}

function referencesTo(doc: WorkshopDoc, table: TableName, id: Id): Problem[] {
  const problems: Problem[] = [];
  for (const r of REFERENCES) {
    if (r.to !== table) continue;
    for (const record of Object.values(doc[r.table])) {
      for (const [path, target] of r.targets(record as never)) {
        if (target === id) {
          problems.push({ path: [r.table, record.id, ...path], message: `refers to "${id}", which this change deletes from ${table}` });
        }
      }
    }
  }
  return problems;
}

/** The blueprint a structural record belongs to, for the tables whose records can change it. */
function blueprintOf(doc: WorkshopDoc, table: TableName, record: object): Id | undefined {
  switch (table) {
    case 'lanes':
    case 'stages':
      return (record as { blueprintId: Id }).blueprintId;
    case 'steps':
      return doc.stages[(record as { stageId: Id }).stageId]?.blueprintId;
    case 'cards':
      return doc.lanes[(record as { laneId: Id }).laneId]?.blueprintId;
    default:
      return undefined;
  }
}

/** A lane, stage, step or card moved to another blueprint drags records the edit did not touch. */
function movesBetweenBlueprints(doc: WorkshopDoc, next: WorkshopDoc, table: TableName, before: object, after: object): boolean {
  return blueprintOf(doc, table, before) !== blueprintOf(next, table, after);
}

function crossBlueprintProblems(doc: WorkshopDoc, changes: RowChange[]): Problem[] {
  const problems: Problem[] = [];
  for (const change of changes) {
    if (change.table === 'cards' && change.record) {
      const card = change.record as WorkshopDoc['cards'][string];
      if (doc.lanes[card.laneId]?.blueprintId !== blueprintOfStep(doc, card.stepId)) {
        problems.push({ path: ['cards', card.id, 'stepId'], message: 'is a step of another blueprint than its lane' });
      }
    } else if (change.table === 'connectors' && change.record) {
      const c = change.record as WorkshopDoc['connectors'][string];
      if (blueprintOfCard(doc, c.from) !== c.blueprintId || blueprintOfCard(doc, c.to) !== c.blueprintId) {
        problems.push({ path: ['connectors', c.id], message: 'joins cards of another blueprint' });
      }
    }
  }
  return problems;
}
