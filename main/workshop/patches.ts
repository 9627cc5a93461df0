import { applyPatches, enablePatches, type Patch } from 'immer';
import { patchSchema } from '../../shared/api/contract';
import { checkReferences, formatProblem, REFERENCES, zodProblems, type Problem } from '../../shared/model/integrity';
import { blueprintOfCard, blueprintOfStep, recordIn } from '../../shared/model/queries';
import { recordSchemas, TABLES, workshopSchema, type TableName } from '../../shared/model/schemas';
import { idSchema } from '../../shared/model/text';
import type { Id, Workshop, WorkshopDoc } from '../../shared/model/types';
import { summarize, WorkshopError } from './errors';

enablePatches();

/** One row to write: a record's new value, or null when it was deleted. */
export type RowChange =
  | { table: TableName; id: Id; record: object | null }
  | { table: 'workshop'; record: Workshop };

export interface Edit {
  changes: RowChange[];
  /** What each changed record was before the edit (null: it is new), in the order of `changes`. */
  before: (object | null)[];
  /** Puts the document back as it was, e.g. when writing the rows failed. */
  undo(): void;
}

type Tables = Record<TableName, Record<Id, object>>;
const isTable = (name: unknown): name is TableName => (TABLES as readonly unknown[]).includes(name);

/**
 * Applies patches whose paths are `[table, id, field…]` or `['workshop', field…]` to `doc` IN
 * PLACE: records are replaced (never mutated), tables are updated, so an edit costs the same on
 * 50 or 50,000 cards. Only what the patches touched is checked: the schema of each changed
 * record, the references it holds, and references to records it deleted. When anything is
 * wrong, `doc` is restored and WorkshopError('invalid') thrown.
 */
export function applyEdit(doc: WorkshopDoc, patches: Patch[]): Edit {
  const shapeProblems = patches.flatMap((p, i) => {
    const parsed = patchSchema.safeParse(p);
    return parsed.success ? [] : zodProblems(parsed.error, ['patch', i]);
  });
  if (shapeProblems.length) throw refused(shapeProblems);
  const planned = plan(doc, patches);
  if (planned.problems.length) throw refused(planned.problems);
  const tables = doc as unknown as Tables;
  const previousWorkshop = doc.workshop;
  const previous = planned.records.map(({ table, id }) => ({ table, id, record: recordIn(tables[table], id) }));
  const movedBefore = planned.records.map(({ table, id }) => {
    const before = recordIn(tables[table], id);
    return before ? blueprintOf(doc, table, before) : undefined;
  });
  const undo = () => {
    doc.workshop = previousWorkshop;
    for (const { table, id, record } of previous) put(tables, table, id, record);
  };
  if (planned.workshop) doc.workshop = planned.workshop;
  for (const { table, id, record } of planned.records) put(tables, table, id, record);

  const problems = check(doc, planned, previous, movedBefore);
  if (problems.length) {
    undo();
    throw refused(problems);
  }
  const kept = planned.records.map((r, i) => ({ ...r, before: previous[i]!.record })).filter((r) => r.record !== r.before);
  const changes: RowChange[] = kept.map(({ table, id, record }) => ({ table, id, record: record ?? null }));
  const before: (object | null)[] = kept.map((r) => r.before ?? null);
  if (planned.workshop && planned.workshop !== previousWorkshop) {
    changes.unshift({ table: 'workshop', record: planned.workshop });
    before.unshift(previousWorkshop);
  }
  return { changes, before, undo };
}

/** An own property whatever the id, so no id can reach an object's prototype. */
function put(tables: Tables, table: TableName, id: Id, record: object | undefined): void {
  if (record) Object.defineProperty(tables[table], id, { value: record, enumerable: true, writable: true, configurable: true });
  else delete tables[table][id];
}

interface Plan {
  workshop: Workshop | null;
  records: { table: TableName; id: Id; record: object | undefined }[];
  problems: Problem[];
}

/** The new value of every touched record, computed without changing `doc`. */
function plan(doc: WorkshopDoc, patches: Patch[]): Plan {
  const tables = doc as unknown as Tables;
  const values = new Map<string, { table: TableName; id: Id; record: object | undefined }>();
  const problems: Problem[] = [];
  let workshop: Workshop | null = null;
  const applyTo = <T>(current: T, patch: Patch, rest: (string | number)[], where: (string | number)[]): T | undefined => {
    if (!rest.length) return patch.op === 'remove' ? undefined : (structuredClone(patch.value) as T);
    if (current === undefined) {
      problems.push({ path: where, message: 'does not exist' });
      return undefined;
    }
    try {
      return applyPatches(current as object, [{ ...patch, path: rest }]) as T;
    } catch (e) {
      problems.push({ path: where, message: e instanceof Error ? e.message : String(e) });
      return current;
    }
  };
  patches.forEach((patch, i) => {
    const [table, rawId, ...rest] = patch.path;
    if (table === 'workshop') {
      const path = rawId === undefined ? [] : [rawId, ...rest];
      const next = applyTo<Workshop>(workshop ?? doc.workshop, patch, path, ['workshop']);
      if (!next) problems.push({ path: ['patch', i], message: 'would remove the workshop record' });
      else workshop = next;
    } else if (isTable(table) && rawId === undefined) {
      // A whole table replaced: every record that differs is touched.
      const next = (patch.op === 'remove' ? {} : patch.value) as Record<Id, object> | undefined;
      if (typeof next !== 'object' || next === null) problems.push({ path: ['patch', i, 'value'], message: 'is not a table of records' });
      else {
        for (const id of new Set([...Object.keys(tables[table]), ...Object.keys(next)])) {
          values.set(`${table}\u0000${id}`, { table, id, record: Object.hasOwn(next, id) ? structuredClone(next[id]) : undefined });
        }
      }
    } else if (isTable(table)) {
      const id = String(rawId);
      const valid = idSchema.safeParse(id);
      if (!valid.success) {
        problems.push(...zodProblems(valid.error, ['patch', i, 'path', 1]));
        return;
      }
      const key = `${table}\u0000${id}`;
      const current = values.has(key) ? values.get(key)!.record : Object.hasOwn(tables[table], id) ? tables[table][id] : undefined;
      values.set(key, { table, id, record: applyTo(current, patch, rest, [table, id]) });
    }
  });
  return { workshop, records: [...values.values()], problems };
}

function check(doc: WorkshopDoc, planned: Plan, previous: { record: object | undefined }[], movedBefore: (Id | undefined)[]): Problem[] {
  const problems: Problem[] = [];
  if (planned.workshop) {
    const parsed = workshopSchema.safeParse(planned.workshop);
    if (!parsed.success) problems.push(...zodProblems(parsed.error, ['workshop']));
  }
  let fullCheck = false;
  const deleted = new Map<TableName, Set<Id>>();
  planned.records.forEach(({ table, id, record }, i) => {
    if (!record) {
      if (previous[i]!.record) (deleted.get(table) ?? deleted.set(table, new Set()).get(table)!).add(id);
      return;
    }
    const parsed = recordSchemas[table].safeParse(record);
    if (!parsed.success) problems.push(...zodProblems(parsed.error, [table, id]));
    else if (parsed.data.id !== id) problems.push({ path: [table, id, 'id'], message: `does not match its key "${id}"` });
    else problems.push(...referencesFrom(doc, table, record));
    if (previous[i]!.record && movedBefore[i] !== blueprintOf(doc, table, record)) fullCheck = true;
  });
  problems.push(...referencesTo(doc, deleted));
  if (problems.length) return problems;
  return fullCheck ? checkReferences(doc) : crossBlueprintProblems(doc, planned);
}

function refused(problems: Problem[]): WorkshopError {
  return new WorkshopError('invalid', `the change was refused: ${summarize(problems)}`, problems.map(formatProblem));
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

/** Records left pointing at deleted ones; one pass per referring table however many were deleted. */
function referencesTo(doc: WorkshopDoc, deleted: Map<TableName, Set<Id>>): Problem[] {
  const problems: Problem[] = [];
  if (!deleted.size) return problems;
  for (const r of REFERENCES) {
    const ids = deleted.get(r.to);
    if (!ids) continue;
    for (const record of Object.values(doc[r.table])) {
      for (const [path, target] of r.targets(record as never)) {
        if (target !== null && ids.has(target)) {
          problems.push({ path: [r.table, record.id, ...path], message: `refers to "${target}", which this change deletes from ${r.to}` });
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
      return recordIn(doc.stages, (record as { stageId: Id }).stageId)?.blueprintId;
    case 'cards':
      return recordIn(doc.lanes, (record as { laneId: Id }).laneId)?.blueprintId;
    default:
      return undefined;
  }
}

function crossBlueprintProblems(doc: WorkshopDoc, planned: Plan): Problem[] {
  const problems: Problem[] = [];
  for (const { table, record } of planned.records) {
    if (table === 'cards' && record) {
      const card = record as WorkshopDoc['cards'][string];
      if (recordIn(doc.lanes, card.laneId)?.blueprintId !== blueprintOfStep(doc, card.stepId)) {
        problems.push({ path: ['cards', card.id, 'stepId'], message: 'is a step of another blueprint than its lane' });
      }
    } else if (table === 'connectors' && record) {
      const c = record as WorkshopDoc['connectors'][string];
      if (blueprintOfCard(doc, c.from) !== c.blueprintId || blueprintOfCard(doc, c.to) !== c.blueprintId) {
        problems.push({ path: ['connectors', c.id], message: 'joins cards of another blueprint' });
      }
    }
  }
  return problems;
}

/**
 * A document whose tables named by `patches` are fresh copies of `doc`'s, for applyEdit to
 * change in place while `doc` itself (and every snapshot sharing its tables) stays as it was.
 */
export function detachedCopy(doc: WorkshopDoc, patches: readonly Patch[]): WorkshopDoc {
  const copy = { ...doc } as unknown as Tables;
  const source = doc as unknown as Tables;
  for (const { path } of patches) {
    const table = path[0];
    if (isTable(table) && copy[table] === source[table]) copy[table] = { ...source[table] };
  }
  return copy as unknown as WorkshopDoc;
}

/**
 * The rows an edit changed, read from the document after it (`next`) for every record its
 * patches touch; for edits already checked, such as a command's (shared/commands checks each).
 */
export function rowChangesOf(previous: WorkshopDoc, next: WorkshopDoc, patches: readonly Patch[]): Pick<Edit, 'changes' | 'before'> {
  const changes: RowChange[] = [];
  const before: (object | null)[] = [];
  const seen = new Set<string>();
  const was = previous as unknown as Tables;
  const now = next as unknown as Tables;
  const touch = (table: TableName, id: Id) => {
    const key = `${table}\u0000${id}`;
    if (seen.has(key)) return;
    seen.add(key);
    const record = recordIn(now[table], id);
    const old = recordIn(was[table], id);
    if (record === old) return;
    changes.push({ table, id, record: record ?? null });
    before.push(old ?? null);
  };
  let workshop = false;
  for (const { path } of patches) {
    const [table, id] = path;
    if (table === 'workshop') workshop = true;
    else if (isTable(table) && id === undefined) for (const key of new Set([...Object.keys(was[table]), ...Object.keys(now[table])])) touch(table, key);
    else if (isTable(table)) touch(table, String(id));
  }
  if (workshop && next.workshop !== previous.workshop) {
    changes.unshift({ table: 'workshop', record: next.workshop });
    before.unshift(previous.workshop);
  }
  return { changes, before };
}
