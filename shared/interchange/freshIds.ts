import { REFERENCES, TABLES, newId, type Id, type WorkshopDoc } from '../model';

/**
 * A copy of the document in which every record has a new id and every reference follows it:
 * what a template or a pasted workshop needs so that its ids never collide with another's.
 */
export function withFreshIds(doc: WorkshopDoc, makeId: () => Id = () => newId()): WorkshopDoc {
  const copy = structuredClone(doc);
  const renamed = new Map<Id, Id>();
  for (const table of TABLES) {
    const records = copy[table] as Record<Id, { id: Id }>;
    const fresh: Record<Id, { id: Id }> = {};
    for (const record of Object.values(records)) {
      const id = makeId();
      renamed.set(`${table}:${record.id}`, id);
      fresh[id] = { ...record, id };
    }
    (copy as Record<string, unknown>)[table] = fresh;
  }
  for (const { table, to, targets } of REFERENCES) {
    for (const record of Object.values(copy[table])) {
      for (const [path, target] of targets(record as never)) {
        if (target !== null) setAt(record, path, renamed.get(`${to}:${target}`) ?? target);
      }
    }
  }
  // Lineage is a key rather than a reference (its card may be gone), so it follows its card
  // when that card is here and stays as it is otherwise: copies keep sharing one key either way.
  for (const card of Object.values(copy.cards)) {
    if (card.originId !== null) card.originId = renamed.get(`cards:${card.originId}`) ?? card.originId;
  }
  const timer = copy.workshop.timer;
  if (timer.agendaItemId !== null) timer.agendaItemId = renamed.get(`agenda:${timer.agendaItemId}`) ?? timer.agendaItemId;
  return copy;
}

function setAt(record: object, path: (string | number)[], value: Id): void {
  let node = record as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}
