import { TABLES } from '../model/schemas';
import type { WorkshopDoc } from '../model/types';
import type { MergeTable } from './fields';
import { mergeRecord, type Side } from './record';
import { mendReferences } from './mend';
import {
  allStamps, covered, existence, highest, joinVectors, NEW_RECORD, recordKey, tick,
  type History, type RecordStamps, type Stamp,
} from './stamps';

/** One copy of a workshop: its document and what its file knows of its history. */
export interface Copy {
  doc: WorkshopDoc;
  history: History;
}

/**
 * What CONTRACT §8 lists: a field changed differently in both copies (`field` its dotted
 * name), or a record deleted in one copy and kept because the other edited it or still uses it
 * (`field` is `(record)`, and the deleting side's value is null).
 */
export interface Conflict {
  record: string;
  field: string;
  mine: unknown;
  theirs: unknown;
  kept: Side;
}

export const RECORD_FIELD = '(record)';

/** A record the merge changes in MINE, with what it was and becomes (null: absent). */
export interface RecordChange {
  table: MergeTable;
  id: string;
  kind: 'added' | 'changed' | 'deleted';
  before: object | null;
  after: object | null;
  /** For `changed`: the fields whose value now comes from THEIRS (or a conflict's choice). */
  fields: string[];
}

export interface MergeSummary {
  added: number;
  changed: number;
  deleted: number;
  conflicts: Conflict[];
}

export interface MergeOptions {
  /** The site that stamps what only the merge decides (a record kept although deleted). */
  site: string;
  /** Wall time of the merge, for that stamp's clock. */
  now: number;
  /** How conflicts are decided, by `conflictKey`; a conflict not named keeps CONTRACT §8's default. */
  choices?: ReadonlyMap<string, Side>;
}

export interface MergeResult {
  doc: WorkshopDoc;
  history: History;
  summary: MergeSummary;
  /** Every record that differs from MINE, in table order. */
  changes: RecordChange[];
  /** The stamps that differ from MINE's (null: the record went), for a working copy to write. */
  stamps: Map<string, RecordStamps | null>;
}

export const conflictKey = (record: string, field: string): string => `${record}#${field}`;

const MERGE_TABLES: readonly MergeTable[] = ['workshop', ...TABLES];

type Table = Record<string, object>;
const tableOf = (doc: WorkshopDoc, table: MergeTable): Table => (table === 'workshop' ? { 1: doc.workshop } : (doc[table] as Table));

/**
 * The three-way merge of two copies of one workshop (docs/merging.md). Neither copy keeps a
 * base: a change is "made since the copies parted" when its stamp is not covered by the other
 * copy's vector. Pure: the same copies and options always give the same result.
 */
export function mergeCopies(mine: Copy, theirs: Copy, options: MergeOptions): MergeResult {
  const mv = mine.history.vector;
  const tv = theirs.history.vector;
  const vector = joinVectors(mv, tv);
  const keptStamp: Stamp = { site: options.site, clock: tick(highest(vector), options.now) };
  let keptUsed = false;
  const stampsOut = new Map(mine.history.stamps);
  const stampChanges = new Map<string, RecordStamps | null>();
  const conflicts: Conflict[] = [];
  const tables = new Map<MergeTable, Table>();
  const touched = new Map<string, string[]>();
  const choose = (record: string, field: string, fallback: Side): Side => options.choices?.get(conflictKey(record, field)) ?? fallback;
  const setStamps = (key: string, stamps: RecordStamps | null): void => {
    if (stamps) stampsOut.set(key, stamps);
    else stampsOut.delete(key);
    stampChanges.set(key, stamps);
  };
  const keep = (stamps: RecordStamps): RecordStamps => {
    keptUsed = true;
    return { ...stamps, kept: keptStamp };
  };

  for (const table of MERGE_TABLES) {
    const mineTable = tableOf(mine.doc, table);
    const theirsTable = tableOf(theirs.doc, table);
    const out: Table = { ...mineTable };
    tables.set(table, out);
    for (const id of new Set([...Object.keys(mineTable), ...Object.keys(theirsTable)])) {
      const key = recordKey(table, id);
      const m = Object.hasOwn(mineTable, id) ? mineTable[id]! : null;
      const t = Object.hasOwn(theirsTable, id) ? theirsTable[id]! : null;
      const ms = mine.history.stamps.get(key) ?? NEW_RECORD;
      const ts = theirs.history.stamps.get(key) ?? NEW_RECORD;
      if (m && t) {
        const merged = mergeRecord({ table, mine: m, theirs: t, mineStamps: ms, theirsStamps: ts, mineVector: mv, theirsVector: tv }, (field) => choose(key, field, 'mine'));
        for (const c of merged.conflicts) conflicts.push({ record: key, ...c, kept: choose(key, c.field, 'mine') });
        if (merged.value !== m) {
          out[id] = merged.value;
          touched.set(key, merged.fromTheirs);
        }
        if (merged.fromTheirs.length) setStamps(key, merged.stamps);
      } else if (m) {
        // Theirs had seen it and deleted it: gone, unless mine changed it since.
        if (!covered(existence(ms), tv)) continue;
        const edited = allStamps(ms).some((s) => !covered(s, tv));
        const side = edited ? choose(key, RECORD_FIELD, 'mine') : 'theirs';
        if (edited) conflicts.push({ record: key, field: RECORD_FIELD, mine: m, theirs: null, kept: side });
        if (side === 'theirs') {
          delete out[id];
          setStamps(key, null);
        } else setStamps(key, keep(ms));
      } else if (t) {
        const deletedInMine = covered(existence(ts), mv);
        const edited = deletedInMine && allStamps(ts).some((s) => !covered(s, mv));
        const side = !deletedInMine ? 'theirs' : edited ? choose(key, RECORD_FIELD, 'theirs') : 'mine';
        if (edited) conflicts.push({ record: key, field: RECORD_FIELD, mine: null, theirs: t, kept: side });
        if (side === 'mine') continue;
        out[id] = t;
        setStamps(key, edited ? keep(ts) : ts);
      }
    }
  }

  const mended = mendReferences(tables, mine, theirs);
  for (const restored of mended.restored) {
    const key = recordKey(restored.table, restored.id);
    const side: Side = restored.from;
    const source = side === 'mine' ? mine : theirs;
    // A deletion chosen in a conflict that something still uses is kept after all: one entry, as it ends.
    const listed = conflicts.find((c) => c.record === key && c.field === RECORD_FIELD);
    if (listed) listed.kept = side;
    else conflicts.push({ record: key, field: RECORD_FIELD, mine: side === 'mine' ? restored.record : null, theirs: side === 'theirs' ? restored.record : null, kept: side });
    setStamps(key, keep(source.history.stamps.get(key) ?? NEW_RECORD));
  }
  for (const key of mended.edited) if (!touched.has(key)) touched.set(key, []);

  const doc = assemble(tables);
  const changes = changesOf(mine.doc, doc, touched);
  if (keptUsed) vector.set(options.site, Math.max(vector.get(options.site) ?? 0, keptStamp.clock));
  return {
    doc,
    history: { lineage: mine.history.lineage, vector, stamps: stampsOut },
    summary: {
      added: changes.filter((c) => c.kind === 'added').length,
      changed: changes.filter((c) => c.kind === 'changed').length,
      deleted: changes.filter((c) => c.kind === 'deleted').length,
      conflicts,
    },
    changes,
    stamps: stampChanges,
  };
}

function assemble(tables: Map<MergeTable, Table>): WorkshopDoc {
  const doc = { workshop: tables.get('workshop')![1] } as Record<string, unknown>;
  for (const table of TABLES) doc[table] = tables.get(table);
  return doc as unknown as WorkshopDoc;
}

function changesOf(before: WorkshopDoc, after: WorkshopDoc, touched: ReadonlyMap<string, string[]>): RecordChange[] {
  const out: RecordChange[] = [];
  for (const table of MERGE_TABLES) {
    const a = tableOf(before, table);
    const b = tableOf(after, table);
    for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const was = Object.hasOwn(a, id) ? a[id]! : null;
      const is = Object.hasOwn(b, id) ? b[id]! : null;
      if (was === is) continue;
      const kind = !was ? 'added' : !is ? 'deleted' : 'changed';
      out.push({ table, id, kind, before: was, after: is, fields: kind === 'changed' ? touched.get(recordKey(table, id)) ?? [] : [] });
    }
  }
  return out;
}

