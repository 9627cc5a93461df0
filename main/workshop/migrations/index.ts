import type { Db } from '../sqlite';
import { initial } from './0001-initial';
import { cardLineage } from './0002-card-lineage';
import { facilitation } from './0003-facilitation';
import { cardAuthor } from './0004-card-author';
import { mergeHistory } from './0005-merge-history';
import type { Migration } from './migration';

export type { Migration };

/** Every format version in order; the file format version is the last one's. */
export const MIGRATIONS: readonly Migration[] = [initial, cardLineage, facilitation, cardAuthor, mergeHistory];

export const latestVersion = (migrations: readonly Migration[]) => migrations.at(-1)?.version ?? 0;

/**
 * Brings a database from `from` to the newest version of `migrations`, one transaction per
 * migration, so a failure leaves the database at the last version that completed.
 */
export function migrate(db: Db, from: number, migrations: readonly Migration[] = MIGRATIONS): void {
  for (const m of migrations) {
    if (m.version <= from) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
