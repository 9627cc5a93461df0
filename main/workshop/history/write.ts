import type { History } from '../../../shared/merge/stamps';
import type { Db } from '../sqlite';
import { encodeFields, fromRecordStamps, randomName, type SiteNames } from './stored';
import { splitKey } from './writer';

/**
 * The history of a file being written whole: a new workshop gets a lineage of its own (and no
 * stamps: every record dates from its creation); a merged one keeps its copies' lineage, their
 * joined vector and the stamps the merge decided.
 */
export function writeHistory(db: Db, history: History | null): void {
  db.prepare('UPDATE "lineage" SET "workshop" = ?').run(history?.lineage ?? randomName());
  if (!history) return;
  const numbers = new Map<string, number>();
  const addSite = db.prepare('INSERT INTO "sites" ("name", "clock") VALUES (?, ?)');
  for (const [name, clock] of history.vector) numbers.set(name, Number(addSite.run(name, clock).lastInsertRowid));
  const sites: SiteNames = {
    number: (name) => numbers.get(name) ?? fail(name),
    name: () => fail('a site number'),
  };
  const insert = db.prepare('INSERT INTO "stamps" ("tbl", "id", "site", "clock", "fields") VALUES (?, ?, ?, ?, ?)');
  for (const [key, stamps] of history.stamps) {
    const stored = fromRecordStamps(stamps, sites);
    const fields = encodeFields(stored);
    if (stored.created[0] === 0 && fields === null) continue;
    const [table, id] = splitKey(key);
    insert.run(table, id, stored.created[0], stored.created[1], fields);
  }
}

function fail(what: string): never {
  throw new Error(`a stamp names ${what}, which the vector does not hold`);
}
