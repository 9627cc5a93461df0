import { fieldTree, sameValue, type FieldNode, type MergeTable } from './fields';
import { covered, fieldStamp, type RecordStamps, type Stamp, type Vector } from './stamps';

export type Side = 'mine' | 'theirs';

/** A field both copies changed to different values. */
export interface FieldConflict {
  field: string;
  mine: unknown;
  theirs: unknown;
}

/** Both copies of one record, with their stamps and what each copy has seen of the other. */
export interface RecordPair {
  table: MergeTable;
  mine: object;
  theirs: object;
  mineStamps: RecordStamps;
  theirsStamps: RecordStamps;
  mineVector: Vector;
  theirsVector: Vector;
}

export interface MergedRecord {
  value: object;
  stamps: RecordStamps;
  conflicts: FieldConflict[];
  /** Fields whose value came from THEIRS (what the review lists as changed). */
  fromTheirs: string[];
}

/** Whether a copy changed a field (or anything inside it) since the other copy last saw it. */
function changedSince(stamps: RecordStamps, name: string, other: Vector): boolean {
  if (!covered(fieldStamp(stamps, name), other)) return true;
  const prefix = `${name}.`;
  for (const [key, stamp] of Object.entries(stamps.fields)) if (key.startsWith(prefix) && !covered(stamp, other)) return true;
  return false;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The three-way merge of one record that both copies hold, field by field (fieldTree): a field
 * only one copy changed since the other saw it takes that copy's value; one both changed to the
 * same value stays; one both changed differently is a conflict, decided by `choose` (MINE's
 * value unless told otherwise). A nullable object that appeared or went in either copy is
 * merged as one value, so a card never ends with half a touchpoint.
 */
export function mergeRecord(pair: RecordPair, choose: (field: string) => Side): MergedRecord {
  const { mineStamps: ms, theirsStamps: ts, mineVector: mv, theirsVector: tv } = pair;
  const fields: Record<string, Stamp> = { ...ms.fields };
  const conflicts: FieldConflict[] = [];
  const fromTheirs: string[] = [];

  const takeTheirs = (name: string): void => {
    const prefix = `${name}.`;
    for (const key of Object.keys(fields)) if (key.startsWith(prefix)) delete fields[key];
    for (const [key, stamp] of Object.entries(ts.fields)) if (key.startsWith(prefix)) fields[key] = stamp;
    fields[name] = fieldStamp(ts, name);
    fromTheirs.push(name);
  };

  // Two copies that each added a dot both say 2, yet mean 3: a count changed in both is always asked about.
  const counted = (name: string): boolean => pair.table === 'votes' && name === 'dots';

  /** Merges one field as a whole value. */
  const whole = (name: string, m: unknown, t: unknown): unknown => {
    const theirsChanged = changedSince(ts, name, mv);
    if (!theirsChanged) return m;
    if (sameValue(m, t) && !(counted(name) && changedSince(ms, name, tv))) return m;
    if (!changedSince(ms, name, tv)) {
      takeTheirs(name);
      return t;
    }
    conflicts.push({ field: name, mine: m, theirs: t });
    if (choose(name) === 'mine') return m;
    takeTheirs(name);
    return t;
  };

  const walk = (node: FieldNode, m: unknown, t: unknown): unknown => {
    if (m === t && !counted(node.name)) return m;
    if (node.children === null) return whole(node.name, m, t);
    if (!isObject(m) || !isObject(t)) return whole(node.name, m, t);
    const presence = node.nullable && (!covered(fieldStamp(ms, node.name), tv) || !covered(fieldStamp(ts, node.name), mv));
    // The record's own creation is not a presence change: only a stamp on the object itself is.
    if (presence && node.name && (Object.hasOwn(ms.fields, node.name) || Object.hasOwn(ts.fields, node.name))) return whole(node.name, m, t);
    let out: Record<string, unknown> | null = null;
    for (const child of node.children) {
      const key = child.path.at(-1)!;
      const merged = walk(child, m[key], t[key]);
      if (merged !== m[key]) (out ??= { ...m })[key] = merged;
    }
    return out ?? m;
  };

  const value = walk(fieldTree(pair.table), pair.mine, pair.theirs) as object;
  return { value, stamps: { ...ms, fields }, conflicts, fromTheirs };
}
