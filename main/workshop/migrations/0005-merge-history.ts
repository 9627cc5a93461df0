import { createHash } from 'node:crypto';
import type { Db } from '../sqlite';
import type { Migration } from './migration';

/**
 * Format 5: what merging two copies of a workshop needs (docs/merging.md).
 * - `lineage`: the workshop's id, kept by every copy of the file.
 * - `sites`: the version vector, how far the clock of each working copy that edited the file
 *   has reached; `site` numbers the rows of `stamps`.
 * - `stamps`: per record, when it was created and when each field was changed since (JSON
 *   `{"field": [site, clock]}`); a record without a row dates from before stamps.
 *
 * A file of an older format gets the lineage of its content (a hash of every row), so two
 * untouched copies of one old file are still copies of one workshop after they are upgraded.
 * Self-contained: it reads the tables as they are when it runs, whatever migrations came before.
 */
export const mergeHistory: Migration = {
  version: 5,
  name: 'merge-history',
  up(db) {
    const lineage = contentLineage(db);
    db.exec(`
      CREATE TABLE "lineage" (
        "id" INTEGER PRIMARY KEY CHECK ("id" = 1),
        "workshop" TEXT NOT NULL
      );
      CREATE TABLE "sites" (
        "site" INTEGER PRIMARY KEY,
        "name" TEXT NOT NULL UNIQUE,
        "clock" INTEGER NOT NULL
      );
      CREATE TABLE "stamps" (
        "tbl" TEXT NOT NULL,
        "id" TEXT NOT NULL,
        "site" INTEGER NOT NULL,
        "clock" INTEGER NOT NULL,
        "fields" TEXT,
        PRIMARY KEY ("tbl", "id")
      ) WITHOUT ROWID;
    `);
    db.prepare('INSERT INTO "lineage" ("id", "workshop") VALUES (1, ?)').run(lineage);
  },
};

/** 16 bytes of SHA-256 over every row of every table, in id order, as base64url. */
function contentLineage(db: Db): string {
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  for (const table of tables) {
    hash.update(`\u0000table ${table}\u0000`);
    for (const row of db.prepare(`SELECT * FROM "${table.replace(/"/g, '""')}" ORDER BY "id"`).raw().iterate() as Iterable<unknown[]>) {
      hash.update(JSON.stringify(row.map((cell) => (Buffer.isBuffer(cell) ? `x'${cell.toString('hex')}'` : cell))));
      hash.update('\n');
    }
  }
  return hash.digest().subarray(0, 16).toString('base64url');
}
