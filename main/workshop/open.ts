import { statSync } from 'node:fs';
import { formatProblem, validateDoc, type Problem } from '../../shared/model/integrity';
import { limitProblems, WORKSHOP_LIMITS } from '../../shared/model/limits';
import type { WorkshopDoc } from '../../shared/model/types';
import type { History } from '../../shared/merge/stamps';
import { damaged, damagedBy, ioError, fileLabel, summarize, WorkshopError } from './errors';
import { HEADER_SIZE, identify, withoutWalFlag } from './header';
import { NotReadable, readRegularFile } from './readFile';
import { latestVersion, migrate, MIGRATIONS, type Migration } from './migrations';
import { readHistory } from './history/read';
import { readRawDoc } from './records';
import { schemaProblems } from './schemaCheck';
import { openDatabase, type Db } from './sqlite';

export interface LoadOptions {
  /** The format history to read with; tests pass their own to exercise the framework. */
  migrations?: readonly Migration[];
}

export interface LoadedWorkshop {
  doc: WorkshopDoc;
  /** The version the file has on disk (older ones were migrated in memory). */
  formatVersion: number;
  /** The database at the newest format: seeds a working copy without another conversion. */
  image: Buffer;
  /** The file's bytes exactly as read. */
  bytes: Buffer;
  /** The file's mtime when read; with `bytes`, what a later save compares to notice someone else's change. */
  mtimeMs: number;
  /** Whose copy it is and what changed when: what merging it with another copy needs. */
  history: History;
}

/**
 * Identifies, checks, migrates and validates a workshop without ever writing to the user's file
 * (nor creating -wal/-shm beside it): the bytes are read once and opened as an in-memory database.
 */
export function loadWorkshop(path: string, opts: LoadOptions = {}): LoadedWorkshop {
  const migrations = opts.migrations ?? MIGRATIONS;
  const newest = latestVersion(migrations);
  let read;
  try {
    // The header is checked before the rest is read: a foreign, truncated or too-new file is
    // named as such, and a huge one is refused without reading it into memory.
    read = readRegularFile(path, {
      maxBytes: WORKSHOP_LIMITS.fileBytes,
      head: { bytes: HEADER_SIZE, check: (head, size) => void identify(path, head, newest, size) },
    });
  } catch (e) {
    throw readError(path, e);
  }
  const { bytes, mtimeMs } = read;
  const formatVersion = identify(path, bytes, newest);
  if (hasPendingWal(path, bytes)) {
    throw damaged(path, 'another program left changes in its "-wal" file that are not in the workshop yet; open and close it with that program first');
  }
  let db: Db;
  try {
    db = openDatabase(withoutWalFlag(bytes));
  } catch (e) {
    throw damaged(path, sqliteReason(e));
  }
  try {
    // Schema code from outside (functions in views, triggers, defaults) must never run.
    db.pragma('trusted_schema = OFF');
    db.pragma('cell_size_check = ON');
    const integrity = (db.pragma('quick_check') as { quick_check: string }[]).flatMap((r) => integrityLines(r.quick_check));
    if (integrity.length !== 1 || integrity[0] !== 'ok') throw damagedBy(path, integrity.map(asProblem));
    const schema = schemaProblems(db, formatVersion, migrations);
    if (schema.length) throw damagedBy(path, schema.map(asProblem));
    const migrated = formatVersion < latestVersion(migrations);
    if (migrated) migrate(db, formatVersion, migrations);
    const { raw, problems } = readRawDoc(db);
    const over = limitProblems(raw);
    if (over.length) throw new WorkshopError('too-large', `${fileLabel(path)} holds more than Frontstage allows: ${summarize(over)}`, over.map(formatProblem));
    const validated = validateDoc(raw);
    const all = [...problems, ...validated.problems];
    if (!validated.doc || all.length) throw damagedBy(path, all);
    const { history, problems: historyProblems } = readHistory(db, validated.doc);
    if (historyProblems.length) throw damagedBy(path, historyProblems);
    return { doc: validated.doc, formatVersion, image: migrated ? db.serialize() : bytes, bytes, mtimeMs, history };
  } catch (e) {
    if (e instanceof WorkshopError) throw e;
    throw damaged(path, sqliteReason(e));
  } finally {
    db.close();
  }
}

const MB = 1024 * 1024;

function readError(path: string, e: unknown): WorkshopError {
  if (e instanceof WorkshopError) return e;
  if (e instanceof NotReadable && e.reason === 'too-large') {
    return new WorkshopError('too-large', `${fileLabel(path)} is too large to open (${(e.size / MB).toFixed(0)} MB; Frontstage opens workshops up to ${WORKSHOP_LIMITS.fileBytes / MB} MB)`);
  }
  if (e instanceof NotReadable) return new WorkshopError('not-frontstage', `${fileLabel(path)} ${e.message}, not a Frontstage workshop`);
  if ((e as NodeJS.ErrnoException).code === 'ENOENT') return new WorkshopError('not-found', `${fileLabel(path)} does not exist`);
  return ioError(path, 'read', e);
}

/** A WAL-mode file whose -wal sidecar is not empty: reading only the main file would miss changes. */
function hasPendingWal(path: string, bytes: Buffer): boolean {
  if (bytes[18] !== 2) return false;
  try {
    return statSync(`${path}-wal`).size > 0;
  } catch {
    return false;
  }
}

/** quick_check prefixes findings with "*** in database main ***" and may put several on one row. */
function integrityLines(text: string): string[] {
  return text.replace(/^\*\*\* in database \w+ \*\*\*\n?/, '').split('\n').filter(Boolean);
}

const asProblem = (message: string): Problem => ({ path: [], message });

function sqliteReason(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.replace(/^SqliteError: /, '');
}

/** The document of a workshop file and the format version it was stored in. Throws WorkshopError. */
export function readWorkshop(path: string): { doc: WorkshopDoc; formatVersion: number } {
  const { doc, formatVersion } = loadWorkshop(path);
  return { doc, formatVersion };
}

/** A workshop file as one copy of its workshop: its document and merge history. Throws WorkshopError. */
export function readWorkshopCopy(path: string): { doc: WorkshopDoc; history: History; formatVersion: number } {
  const { doc, history, formatVersion } = loadWorkshop(path);
  return { doc, history, formatVersion };
}

/** Every problem of a workshop file (empty when healthy). Never throws and never writes. */
export function checkWorkshopFile(path: string): string[] {
  try {
    loadWorkshop(path);
    return [];
  } catch (e) {
    if (e instanceof WorkshopError) return e.problems;
    return [`${fileLabel(path)} could not be checked: ${e instanceof Error ? e.message : String(e)}`];
  }
}
