import { REFERENCES } from '../model/integrity';
import { recordSchemas, type TableName } from '../model/schemas';
import type { Id } from '../model/types';
import { before, type DocDraft } from './draft';

type Path = (string | number)[];

/** A required link (a card's lane) takes its record with it; a nullable one (a card's image) is cleared. */
function isNullable(table: TableName, field: string | number): boolean {
  const shape = recordSchemas[table].shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
  return typeof field === 'string' && shape[field]?.safeParse(null).success === true;
}

/**
 * Deletes records and mends everything that pointed at them, following REFERENCES: records
 * that cannot live without the deleted one are deleted too (and so on), lists of ids drop the
 * deleted ids, nullable links become null. Undo restores all of it through the inverse patches.
 *
 * It reads the document as it was before the edit (reading through the draft would make a
 * proxy of every record it looks at), so call it before a recipe's other writes.
 */
export function removeRecords(draft: DocDraft, table: TableName, ids: Iterable<Id>): void {
  const doc = before(draft);
  const gone = new Map<TableName, Set<Id>>();
  const queue: [TableName, Id[]][] = [[table, [...ids]]];
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [from, wanted] = next;
    const target = draft[from] as Record<Id, unknown>;
    const all = gone.get(from) ?? new Set<Id>();
    gone.set(from, all);
    const now = new Set(wanted.filter((id) => !all.has(id) && Object.hasOwn(target, id)));
    if (!now.size) continue;
    for (const id of now) {
      delete target[id];
      all.add(id);
    }
    for (const ref of REFERENCES) {
      if (ref.to !== from) continue;
      const dead = gone.get(ref.table);
      const doomed: Id[] = [];
      for (const record of Object.values(doc[ref.table]) as { id: Id }[]) {
        if (dead?.has(record.id)) continue;
        const hits = ref.targets(record as never).filter(([, t]) => t !== null && now.has(t));
        if (!hits.length) continue;
        if (hits.some(([path]) => path.length === 1 && !isNullable(ref.table, path[0]!))) doomed.push(record.id);
        // Lists are filtered against every id deleted so far: `record` is the state before the edit.
        else mend(draft, ref.table, record, hits.map(([path]) => path), all);
      }
      if (doomed.length) queue.push([ref.table, doomed]);
    }
  }
}
function mend(draft: DocDraft, table: TableName, record: { id: Id }, paths: Path[], gone: ReadonlySet<Id>): void {
  const row = (draft[table] as Record<Id, Record<string | number, unknown>>)[record.id]!;
  const done = new Set<string>();
  for (const path of paths) {
    const last = path[path.length - 1]!;
    if (typeof last === 'number') {
      // An element of a list of ids: the list drops every deleted id at once.
      const listPath = path.slice(0, -1);
      const key = listPath.join('.');
      if (done.has(key)) continue;
      done.add(key);
      const list = at(record, listPath) as Id[];
      setAt(row, listPath, list.filter((id) => !gone.has(id)));
    } else {
      setAt(row, path, null);
    }
  }
}

function at(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
}

function setAt(row: Record<string | number, unknown>, path: Path, value: unknown): void {
  const parent = at(row, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = value;
}
