import { randomBytes } from 'node:crypto';
import type { RecordStamps, Stamp } from '../../../shared/merge/stamps';

/**
 * How stamps sit in a file (docs/file-format.md, "Merge history"): a site is a row number of
 * `sites` (0: the origin, no row), and a record's changed fields are one JSON text per record,
 * the fields grouped by the edit that stamped them, `[[site, clock, "laneId", "stepId"], …]`
 * (`#` for kept by a merge), NULL when none. One edit usually changes several fields of a
 * record (a move: lane, step and position), so grouping writes its stamp once.
 */
export type StoredStamp = readonly [site: number, clock: number];

export interface StoredRecord {
  created: StoredStamp;
  kept?: StoredStamp;
  fields: Record<string, StoredStamp>;
}

export const KEPT_FIELD = '#';

/** The largest clock a file may hold: JavaScript's exact integers, far beyond any real clock. */
export const MAX_CLOCK = Number.MAX_SAFE_INTEGER;

/** A new lineage or site name: 128 random bits. */
export const randomName = (): string => randomBytes(16).toString('base64url');

export function encodeFields(record: StoredRecord): string | null {
  const entries: [string, StoredStamp][] = Object.entries(record.fields);
  if (record.kept) entries.unshift([KEPT_FIELD, record.kept]);
  if (!entries.length) return null;
  const groups = new Map<string, [number, number, ...string[]]>();
  for (const [name, [site, clock]] of entries) {
    const key = `${site}:${clock}`;
    const group = groups.get(key);
    if (group) group.push(name);
    else groups.set(key, [site, clock, name]);
  }
  return JSON.stringify([...groups.values()]);
}

/** The stamp of each name in an encoded text this program wrote (files from others go through readHistory's checks). */
export function decodeFields(text: string): Map<string, StoredStamp> {
  const out = new Map<string, StoredStamp>();
  for (const [site, clock, ...names] of JSON.parse(text) as [number, number, ...string[]][]) for (const name of names) out.set(name, [site, clock]);
  return out;
}

/** Site numbers of a file to site names, and back, for stamps that cross between files. */
export interface SiteNames {
  name(site: number): string;
  number(name: string): number;
}

export function toStamp(stored: StoredStamp, sites: SiteNames): Stamp {
  return stored[0] === 0 ? { site: '', clock: 0 } : { site: sites.name(stored[0]), clock: stored[1] };
}

export function fromStamp(stamp: Stamp, sites: SiteNames): StoredStamp {
  return stamp.site === '' ? [0, 0] : [sites.number(stamp.site), stamp.clock];
}

export function toRecordStamps(stored: StoredRecord, sites: SiteNames): RecordStamps {
  const fields: Record<string, Stamp> = {};
  for (const [name, stamp] of Object.entries(stored.fields)) fields[name] = toStamp(stamp, sites);
  return { created: toStamp(stored.created, sites), ...(stored.kept ? { kept: toStamp(stored.kept, sites) } : {}), fields };
}

export function fromRecordStamps(stamps: RecordStamps, sites: SiteNames): StoredRecord {
  const fields: Record<string, StoredStamp> = {};
  for (const [name, stamp] of Object.entries(stamps.fields)) fields[name] = fromStamp(stamp, sites);
  return { created: fromStamp(stamps.created, sites), ...(stamps.kept ? { kept: fromStamp(stamps.kept, sites) } : {}), fields };
}
