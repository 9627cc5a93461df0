import { REFERENCES } from '../model/integrity';
import type { TableName } from '../model/schemas';
import type { WorkshopDoc } from '../model/types';
import type { MergeTable } from './fields';
import type { Side } from './record';
import { recordKey } from './stamps';

type Table = Record<string, object>;

type Reference = { table: MergeTable; to: TableName; targets: (record: never) => [(string | number)[], string | null][] };

/**
 * What must resolve after a merge: every reference between tables, and the agenda item the
 * workshop's timer counts down (checked apart from REFERENCES, as the workshop is no table).
 */
const MENDED: readonly Reference[] = [
  ...REFERENCES,
  { table: 'workshop', to: 'agenda', targets: (w: WorkshopDoc['workshop']) => [[['timer', 'agendaItemId'], w.timer.agendaItemId]] },
];

export interface Restored {
  table: TableName;
  id: string;
  record: object;
  /** The copy that still had it. */
  from: Side;
}

interface Sources {
  doc: WorkshopDoc;
}

/** A copy of `record` with the list at `path` replaced. */
function withList(record: object, path: readonly (string | number)[], list: unknown[]): object {
  const [head, ...rest] = path;
  const current = record as Record<string | number, unknown>;
  return { ...current, [head!]: rest.length ? withList(current[head!] as object, rest, list) : list };
}

function listAt(record: object, path: readonly (string | number)[]): unknown[] {
  let value: unknown = record;
  for (const key of path) value = (value as Record<string | number, unknown>)[key];
  return value as unknown[];
}

/**
 * Mends what the merge's record-by-record decisions broke: a record that points at one the
 * other copy deleted (a card added to a lane deleted meanwhile, a connector to a deleted card, a
 * comment or vote on it). The record pointed at is brought back from the copy that still has it,
 * so nobody's work goes, and the caller lists it as kept. Lists of ids (presentation order,
 * root causes, expressed brand attributes) instead drop ids of records the merge deleted, as
 * deleting the record in either copy would have done.
 */
export function mendReferences(tables: Map<MergeTable, Table>, mine: Sources, theirs: Sources): { restored: Restored[]; edited: string[] } {
  const restored: Restored[] = [];
  const edited = new Set<string>();
  const get = (table: TableName): Table => tables.get(table)!;
  // First bring back what is needed, until nothing more is; only then drop ids from lists, which
  // must not lose a card that a later reference brings back.
  for (let changed = true; changed;) {
    changed = false;
    for (const ref of MENDED) {
      const targets = get(ref.to);
      for (const record of Object.values(tables.get(ref.table)!)) {
        for (const [path, target] of ref.targets(record as never)) {
          if (target === null || typeof path.at(-1) === 'number' || Object.hasOwn(targets, target)) continue;
          const inMine = Object.hasOwn(mine.doc[ref.to], target);
          const found = (inMine ? mine.doc[ref.to] : theirs.doc[ref.to])[target] as object | undefined;
          if (!found) continue;
          targets[target] = found;
          restored.push({ table: ref.to, id: target, record: found, from: inMine ? 'mine' : 'theirs' });
          changed = true;
        }
      }
    }
  }
  for (const ref of REFERENCES) {
    const source = get(ref.table);
    const targets = get(ref.to);
    for (const [id, record] of Object.entries(source)) {
      const dropped = new Map<string, Set<number>>();
      for (const [path, target] of ref.targets(record as never)) {
        const last = path.at(-1);
        if (target === null || typeof last !== 'number' || Object.hasOwn(targets, target)) continue;
        const listPath = JSON.stringify(path.slice(0, -1));
        if (!dropped.has(listPath)) dropped.set(listPath, new Set());
        dropped.get(listPath)!.add(last);
      }
      if (!dropped.size) continue;
      let next = record;
      for (const [listPath, indexes] of dropped) {
        const path = JSON.parse(listPath) as (string | number)[];
        next = withList(next, path, listAt(next, path).filter((_, i) => !indexes.has(i)));
      }
      source[id] = next;
      edited.add(recordKey(ref.table, id));
    }
  }
  return { restored, edited: [...edited] };
}
