import { changedFields } from '../../../shared/merge/fields';
import { joinVectors, tick, type RecordStamps, type Vector } from '../../../shared/merge/stamps';
import type Database from 'better-sqlite3';
import type { RowChange } from '../patches';
import type { Db } from '../sqlite';
import {
  decodeFields, encodeFields, fromRecordStamps, KEPT_FIELD, randomName, type SiteNames, type StoredRecord, type StoredStamp,
} from './stored';

type Statement = Database.Statement<unknown[]>;

/**
 * Writes the stamps of a working copy's edits, in the transaction of the edit itself: the
 * session is one site (a random name, new for every session, so two copies of one file edited
 * apart never share one), each edit takes the site's next clock value, and every field the edit
 * changed is stamped with it (docs/merging.md).
 */
export class HistoryWriter implements SiteNames {
  /** This session's row in `sites`, once its first edit registered it. */
  private site: number | null = null;
  private last: number;
  private readonly sitesByName = new Map<string, { site: number; clock: number }>();
  private readonly namesBySite = new Map<number, string>();
  private readonly read: Statement;
  private readonly upsert: Statement;
  private readonly drop: Statement;
  private readonly addSite: Statement;
  private readonly setClock: Statement;

  constructor(db: Db, readonly siteName: string = randomName()) {
    for (const row of db.prepare('SELECT "site", "name", "clock" FROM "sites"').all() as { site: number; name: string; clock: number }[]) {
      this.sitesByName.set(row.name, { site: row.site, clock: row.clock });
      this.namesBySite.set(row.site, row.name);
    }
    this.last = Math.max(0, ...[...this.sitesByName.values()].map((s) => s.clock));
    this.read = db.prepare('SELECT "site", "clock", "fields" FROM "stamps" WHERE "tbl" = ? AND "id" = ?');
    this.upsert = db.prepare(
      'INSERT INTO "stamps" ("tbl", "id", "site", "clock", "fields") VALUES (?, ?, ?, ?, ?) ON CONFLICT ("tbl", "id") DO UPDATE SET "site" = excluded."site", "clock" = excluded."clock", "fields" = excluded."fields"',
    );
    this.drop = db.prepare('DELETE FROM "stamps" WHERE "tbl" = ? AND "id" = ?');
    this.addSite = db.prepare('INSERT INTO "sites" ("name", "clock") VALUES (?, ?)');
    this.setClock = db.prepare('UPDATE "sites" SET "clock" = ? WHERE "site" = ?');
  }

  /** The clock the next edit gets at wall time `at`. */
  nextClock(at: number): number {
    return tick(this.last, at);
  }

  /** The working copy's vector: how far each site's clock has reached. */
  vector(): Map<string, number> {
    return new Map([...this.sitesByName].map(([name, { clock }]) => [name, clock]));
  }

  /** Stamps the records one edit changed (inside the edit's transaction); `before[i]` is what `changes[i]` replaced. */
  recordEdit(changes: readonly RowChange[], before: readonly (object | null)[], at: number): void {
    const clock = tick(this.last, at);
    let stamped = false;
    changes.forEach((change, i) => {
      const id = change.table === 'workshop' ? '1' : change.id;
      const previous = before[i] ?? null;
      if (change.record === null) {
        this.drop.run(change.table, id);
      } else if (previous === null && change.table !== 'workshop') {
        this.write(change.table, id, { created: this.own(clock), fields: {} });
        stamped = true;
      } else {
        const names = changedFields(change.table, previous, change.record);
        if (!names.length) return;
        const stored = this.stored(change.table, id);
        const stamp = this.own(clock);
        for (const name of names) {
          for (const key of Object.keys(stored.fields)) if (key.startsWith(`${name}.`)) delete stored.fields[key];
          stored.fields[name] = stamp;
        }
        this.write(change.table, id, stored);
        stamped = true;
      }
    });
    if (stamped) this.reach(this.siteName, clock);
  }


  /**
   * Writes stamps a merge decided (taken over from the other copy, or the merge's own) and
   * takes in the other copy's vector: from now on its changes count as seen.
   */
  writeStamps(records: ReadonlyMap<string, RecordStamps | null>, vector: Vector): void {
    for (const [name, clock] of joinVectors(this.vector(), vector)) this.reach(name, clock);
    for (const [key, stamps] of records) {
      const [table, id] = splitKey(key);
      if (stamps === null) this.drop.run(table, id);
      else this.write(table, id, fromRecordStamps(stamps, this));
    }
  }

  /** Undoes what `recordEdit`/`writeStamps` cached when their transaction did not commit. */
  forget(snapshot: { site: number | null; last: number; sites: Map<string, { site: number; clock: number }> }): void {
    this.site = snapshot.site;
    this.last = snapshot.last;
    this.sitesByName.clear();
    this.namesBySite.clear();
    for (const [name, entry] of snapshot.sites) {
      this.sitesByName.set(name, { ...entry });
      this.namesBySite.set(entry.site, name);
    }
  }

  snapshot(): { site: number | null; last: number; sites: Map<string, { site: number; clock: number }> } {
    return { site: this.site, last: this.last, sites: new Map([...this.sitesByName].map(([k, v]) => [k, { ...v }])) };
  }

  name(site: number): string {
    return this.namesBySite.get(site)!;
  }

  /** A site's row number, adding the site when it is new to this file. */
  number(name: string): number {
    const known = this.sitesByName.get(name);
    if (known) return known.site;
    const site = Number(this.addSite.run(name, 0).lastInsertRowid);
    this.sitesByName.set(name, { site, clock: 0 });
    this.namesBySite.set(site, name);
    if (name === this.siteName) this.site = site;
    return site;
  }

  private own(clock: number): StoredStamp {
    this.site ??= this.number(this.siteName);
    return [this.site, clock];
  }

  /** Moves a site's clock forward to `clock` (never back); this site's clock never falls behind what it has seen. */
  private reach(name: string, clock: number): void {
    const site = this.number(name);
    const entry = this.sitesByName.get(name)!;
    this.last = Math.max(this.last, clock);
    if (entry.clock >= clock) return;
    entry.clock = clock;
    this.setClock.run(clock, site);
  }

  private stored(table: string, id: string): StoredRecord {
    const row = this.read.get(table, id) as { site: number; clock: number; fields: string | null } | undefined;
    if (!row) return { created: [0, 0], fields: {} };
    const fields: Record<string, StoredStamp> = row.fields ? Object.fromEntries(decodeFields(row.fields)) : {};
    const kept = fields[KEPT_FIELD];
    delete fields[KEPT_FIELD];
    return { created: [row.site, row.clock], ...(kept ? { kept } : {}), fields };
  }

  private write(table: string, id: string, stored: StoredRecord): void {
    const fields = encodeFields(stored);
    if (stored.created[0] === 0 && fields === null) this.drop.run(table, id);
    else this.upsert.run(table, id, stored.created[0], stored.created[1], fields);
  }
}

export function splitKey(key: string): [table: string, id: string] {
  const at = key.indexOf('/');
  return [key.slice(0, at), key.slice(at + 1)];
}

