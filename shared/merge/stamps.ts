/**
 * Version stamps: what lets two copies of a workshop, edited apart, be merged without asking
 * about what only one of them changed (docs/merging.md).
 *
 * Every working copy (one open session of a file) is a **site** with a random name. Each edit
 * gets the site's next **clock** value: a hybrid logical clock kept in one integer of
 * milliseconds, max(wall clock, last + 1), so it follows real time but never repeats or goes
 * back, whatever the computer's clock does. A file keeps, per record, the stamp of its creation
 * and of every field changed since, and a **version vector**: how far each site's clock has
 * reached in what the file holds. A stamp is *covered* by a vector when that vector's site has
 * reached its clock: the other copy has seen that change. So "changed in THEIRS since the
 * copies parted" is simply "THEIRS' stamp is not covered by MINE's vector".
 */

export interface Stamp {
  /** The site's name; '' for the origin (records as they were before stamps existed). */
  site: string;
  clock: number;
}

/** Covered by every vector: a record of a file from before stamps, or of a new file. */
export const ORIGIN: Stamp = Object.freeze({ site: '', clock: 0 });

/** How far each site's clock has reached in one copy. */
export type Vector = ReadonlyMap<string, number>;

/** The stamps of one record. */
export interface RecordStamps {
  /** When the record was created (or last created again, by an undo of its deletion). */
  created: Stamp;
  /** When a merge kept the record although the other copy deleted it; absent otherwise. */
  kept?: Stamp;
  /** The stamped fields (stampedFields) changed after `created`, by dotted name. */
  fields: Readonly<Record<string, Stamp>>;
}

/** Records by `TABLE/ID` (the workshop's own fields are `workshop/1`), as CONTRACT §8 names them. */
export type StampBook = ReadonlyMap<string, RecordStamps>;

export const WORKSHOP_KEY = 'workshop/1';
export const recordKey = (table: string, id: string): string => (table === 'workshop' ? WORKSHOP_KEY : `${table}/${id}`);

export const NEW_RECORD: RecordStamps = Object.freeze({ created: ORIGIN, fields: Object.freeze({}) });

export function covered(stamp: Stamp, vector: Vector): boolean {
  return stamp.site === '' || (vector.get(stamp.site) ?? 0) >= stamp.clock;
}

/** The stamp a field has: its own, else that of the nearest enclosing object that has one, else the record's creation. */
export function fieldStamp(stamps: RecordStamps, name: string): Stamp {
  for (let at = name; at; at = at.slice(0, Math.max(0, at.lastIndexOf('.')))) {
    const own = stamps.fields[at];
    if (own) return own;
  }
  return stamps.created;
}

/** The stamp that says the record exists. */
export const existence = (stamps: RecordStamps): Stamp => stamps.kept ?? stamps.created;

/** Every stamp a record carries. */
export function allStamps(stamps: RecordStamps): Stamp[] {
  return [stamps.created, ...(stamps.kept ? [stamps.kept] : []), ...Object.values(stamps.fields)];
}

/** The next clock value of a site: the wall clock, but always past everything the site has seen. */
export function tick(last: number, wall: number): number {
  return Math.max(Math.floor(wall), last + 1);
}

/** The highest clock a vector holds (a new site starts past it). */
export function highest(vector: Vector): number {
  let max = 0;
  for (const clock of vector.values()) if (clock > max) max = clock;
  return max;
}

/** The vector of a copy that has seen everything both have seen. */
export function joinVectors(a: Vector, b: Vector): Map<string, number> {
  const out = new Map(a);
  for (const [site, clock] of b) if ((out.get(site) ?? 0) < clock) out.set(site, clock);
  return out;
}


/** What a copy of a workshop knows beside its document: whose copy it is, and its stamps. */
export interface History {
  /** The workshop's lineage id: every copy of one workshop has the same. */
  lineage: string;
  vector: Vector;
  stamps: StampBook;
}

/** A lineage id, a site name: what files may hold (they are read from files of others). */
export const LINEAGE_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
export const SITE_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
