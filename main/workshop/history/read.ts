import { stampedFields, type MergeTable } from '../../../shared/merge/fields';
import { LINEAGE_PATTERN, recordKey, SITE_PATTERN, type History, type RecordStamps } from '../../../shared/merge/stamps';
import type { Problem } from '../../../shared/model/integrity';
import { TABLES } from '../../../shared/model/schemas';
import type { WorkshopDoc } from '../../../shared/model/types';
import type { Db } from '../sqlite';
import { KEPT_FIELD, MAX_CLOCK, toRecordStamps, type SiteNames, type StoredRecord, type StoredStamp } from './stored';

/** A record's changed fields fit in far less: a longer text is not ours. */
const MAX_FIELDS_TEXT = 16 * 1024;

const MERGE_TABLES: ReadonlySet<string> = new Set<string>(['workshop', ...TABLES]);

const isClock = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_CLOCK;

/** The sites of a file: number to name and clock. */
class SiteTable implements SiteNames {
  readonly byNumber = new Map<number, { name: string; clock: number }>();
  private readonly byName = new Map<string, number>();

  add(site: number, name: string, clock: number): void {
    this.byNumber.set(site, { name, clock });
    this.byName.set(name, site);
  }

  name(site: number): string {
    return this.byNumber.get(site)!.name;
  }

  number(name: string): number {
    return this.byName.get(name)!;
  }
}

/**
 * The merge history of a workshop file, checked like everything else in a file from someone
 * else: one lineage id of the right form; sites with unique names and clocks; a stamp row only
 * for a record the file holds, naming fields the record has, on sites the file lists, never
 * past the clock its site has reached (else "what changed since" would be wrong).
 */
export function readHistory(db: Db, doc: WorkshopDoc): { history: History; problems: Problem[] } {
  const problems: Problem[] = [];
  const lineageRows = db.prepare('SELECT "id", "workshop" FROM "lineage"').raw().all() as unknown[][];
  let lineage = '';
  if (lineageRows.length !== 1) problems.push({ path: ['lineage'], message: lineageRows.length ? 'has more than one row' : 'is missing' });
  else if (lineageRows[0]![0] !== 1 || typeof lineageRows[0]![1] !== 'string' || !LINEAGE_PATTERN.test(lineageRows[0]![1])) {
    problems.push({ path: ['lineage'], message: 'is not a lineage id Frontstage writes' });
  } else lineage = lineageRows[0]![1];

  const sites = new SiteTable();
  const names = new Set<string>();
  for (const [site, name, clock] of db.prepare('SELECT "site", "name", "clock" FROM "sites"').raw().iterate() as Iterable<unknown[]>) {
    const where = ['sites', String(site)];
    if (typeof site !== 'number' || !Number.isInteger(site) || site < 1) problems.push({ path: where, message: 'is not a site number' });
    else if (typeof name !== 'string' || !SITE_PATTERN.test(name) || names.has(name)) problems.push({ path: [...where, 'name'], message: 'is not a unique site name' });
    else if (!isClock(clock)) problems.push({ path: [...where, 'clock'], message: 'is not a clock value' });
    else {
      names.add(name);
      sites.add(site, name, clock);
    }
  }

  const stamps = new Map<string, RecordStamps>();
  const rows = db.prepare('SELECT "tbl", "id", "site", "clock", "fields" FROM "stamps"').raw().iterate() as Iterable<unknown[]>;
  for (const [tbl, id, site, clock, fields] of rows) {
    const where = ['stamps', String(tbl), String(id)];
    if (typeof tbl !== 'string' || !MERGE_TABLES.has(tbl)) {
      problems.push({ path: where, message: 'names no table of the workshop' });
      continue;
    }
    if (typeof id !== 'string' || !(tbl === 'workshop' ? id === '1' : Object.hasOwn(doc[tbl as keyof WorkshopDoc], id))) {
      problems.push({ path: where, message: 'stamps a record the workshop does not hold' });
      continue;
    }
    const created = stampOf([site, clock], sites, where, problems);
    const stored = created && storedFields(tbl as MergeTable, fields, sites, where, problems);
    if (created && stored) stamps.set(recordKey(tbl, id), toRecordStamps({ ...stored, created }, sites));
  }
  const vector = new Map<string, number>();
  for (const { name, clock } of sites.byNumber.values()) vector.set(name, clock);
  return { history: { lineage, vector, stamps }, problems };
}

function stampOf(value: unknown, sites: SiteTable, where: (string | number)[], problems: Problem[]): StoredStamp | null {
  if (!Array.isArray(value) || value.length !== 2 || !Number.isInteger(value[0]) || !isClock(value[1])) {
    problems.push({ path: where, message: 'is not a stamp ([site, clock])' });
    return null;
  }
  const [site, clock] = value as [number, number];
  if (site === 0) {
    if (clock === 0) return [0, 0];
    problems.push({ path: where, message: 'has a clock on the origin site' });
    return null;
  }
  const known = sites.byNumber.get(site);
  if (!known) problems.push({ path: where, message: `names site ${site}, which the file does not list` });
  else if (clock > known.clock) problems.push({ path: where, message: `is later than its site's clock (${clock} > ${known.clock})` });
  else return [site, clock];
  return null;
}

function storedFields(table: MergeTable, text: unknown, sites: SiteTable, where: string[], problems: Problem[]): Omit<StoredRecord, 'created'> | null {
  if (text === null) return { fields: {} };
  if (typeof text !== 'string' || text.length > MAX_FIELDS_TEXT) {
    problems.push({ path: [...where, 'fields'], message: 'is not a text of field stamps' });
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  const isGroup = (g: unknown): g is unknown[] => Array.isArray(g) && g.length >= 3 && g.slice(2).every((name) => typeof name === 'string');
  if (!Array.isArray(parsed) || !parsed.every(isGroup)) {
    problems.push({ path: [...where, 'fields'], message: 'is not a JSON list of stamps, each [site, clock, field…]' });
    return null;
  }
  const allowed = stampedFields(table);
  const out: Omit<StoredRecord, 'created'> = { fields: {} };
  const seen = new Set<string>();
  let ok = true;
  for (const [site, clock, ...names] of parsed as unknown[][]) for (const name of names as string[]) {
    if (name !== KEPT_FIELD && !allowed.has(name)) {
      problems.push({ path: [...where, 'fields', name], message: 'is no field of the record' });
      ok = false;
      continue;
    }
    if (seen.has(name)) {
      problems.push({ path: [...where, 'fields', name], message: 'is stamped twice' });
      ok = false;
      continue;
    }
    seen.add(name);
    const stamp = stampOf([site, clock], sites, [...where, 'fields', name], problems);
    if (!stamp) ok = false;
    else if (name === KEPT_FIELD) out.kept = stamp;
    else Object.defineProperty(out.fields, name, { value: stamp, enumerable: true, writable: true, configurable: true });
  }
  return ok ? out : null;
}
