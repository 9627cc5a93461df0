import { createHash } from 'node:crypto';
import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { FileStamp } from './files';
import { ensurePrivateDir, exists, removeQuietly, writePrivateFile } from './files';
import type { RowChange } from './patches';
import { HistoryWriter } from './history/writer';
import { RecordWriter } from './records';
import { openDatabase, type Db } from './sqlite';

/** What the app knows about a working copy beside its rows; a crash leaves it for the next launch. */
const metaSchema = z.strictObject({
  path: z.string(),
  /** The user's file as last loaded or saved; null when it did not exist. */
  base: z.strictObject({ size: z.number(), mtimeMs: z.number(), sha256: z.string() }).nullable(),
  /** Edits were committed that the user's file does not have. */
  dirty: z.boolean(),
  savedAt: z.number().nullable(),
});
export type WorkingMeta = z.infer<typeof metaSchema>;

/** The files of one working copy (or of the unsaved work set aside after a crash). */
export interface WorkingFiles {
  db: string;
  meta: string;
}

/** Working copies are named by a hash of the file's absolute path: one per workshop file. */
export function workingFiles(workDir: string, absPath: string, kind: 'working' | 'recovery' = 'working'): WorkingFiles {
  const key = createHash('sha256').update(absPath).digest('hex').slice(0, 32);
  const stem = join(workDir, kind === 'working' ? key : `${key}.recovery`);
  return { db: `${stem}.sqlite`, meta: `${stem}.json` };
}

/** The lock that says which process has the file open (see lock.ts). */
export function lockPath(workDir: string, absPath: string): string {
  return workingFiles(workDir, absPath).db.replace(/\.sqlite$/, '.lock');
}

export function readMeta(files: WorkingFiles): WorkingMeta | null {
  try {
    return metaSchema.parse(JSON.parse(readFileSync(files.meta, 'utf8')));
  } catch {
    return null;
  }
}

function writeMeta(files: WorkingFiles, meta: WorkingMeta): void {
  const temp = `${files.meta}.tmp`;
  writePrivateFile(temp, JSON.stringify(meta));
  renameSync(temp, files.meta);
}

export function removeWorkingFiles(files: WorkingFiles): void {
  for (const suffix of ['', '-wal', '-shm']) removeQuietly(files.db + suffix);
  removeQuietly(files.meta);
}

/** Moves a working copy's files; the database must be closed (checkpointed) first. */
export function moveWorkingFiles(from: WorkingFiles, to: WorkingFiles): void {
  removeWorkingFiles(to);
  renameSync(from.db, to.db);
  renameSync(from.meta, to.meta);
}

/** Folds a crashed session's WAL into its database file, so the file alone holds the work. */
export function checkpoint(files: WorkingFiles): void {
  const db = openDatabase(files.db, { fileMustExist: true });
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  for (const suffix of ['-wal', '-shm']) removeQuietly(files.db + suffix);
}

/**
 * The app's private database for one open workshop: every edit commits here within
 * milliseconds (WAL, synchronous=NORMAL survives a crash of the app; only a power cut can lose
 * the last commits), and saving copies it to the user's file.
 */
export class WorkingCopy {
  private readonly writer: RecordWriter;
  /** This session's site: the stamps of its edits, and what it took in from merged copies. */
  readonly history: HistoryWriter;

  private constructor(readonly files: WorkingFiles, readonly db: Db, private meta: WorkingMeta) {
    this.writer = new RecordWriter(db);
    this.history = new HistoryWriter(db);
  }

  /** Starts a working copy from a database image (a file's bytes or a migrated copy). */
  static create(files: WorkingFiles, image: Buffer, meta: WorkingMeta): WorkingCopy {
    ensurePrivateDir(join(files.db, '..'));
    removeWorkingFiles(files);
    // SQLite gives the -wal and -shm files the permissions of the database file.
    writePrivateFile(files.db, image);
    writeMeta(files, meta);
    return WorkingCopy.open(files, meta);
  }

  static open(files: WorkingFiles, meta: WorkingMeta): WorkingCopy {
    const db = openDatabase(files.db, { fileMustExist: true });
    try {
      db.pragma('trusted_schema = OFF');
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    } catch (e) {
      db.close();
      throw e;
    }
    return new WorkingCopy(files, db, meta);
  }

  get state(): Readonly<WorkingMeta> {
    return this.meta;
  }

  update(patch: Partial<WorkingMeta>): void {
    const next = { ...this.meta, ...patch };
    writeMeta(this.files, next);
    this.meta = next;
  }

  /**
   * Writes the rows of one edit, and the stamps of the fields it changed (`before[i]` is what
   * `changes[i]` replaced; `at` the edit's time), in one transaction. `extra` runs in it too.
   */
  commit(changes: readonly RowChange[], before: readonly (object | null)[], at: number, extra?: () => void): void {
    // Marked before the rows commit: a crash in between offers a recovery equal to the file, never loses one.
    if (!this.meta.dirty) this.update({ dirty: true });
    const cached = this.history.snapshot();
    try {
      this.db.transaction(() => {
        for (const change of changes) {
          if (change.table === 'workshop') this.writer.setWorkshop(change.record);
          else if (change.record) this.writer.upsert(change.table, change.record);
          else this.writer.remove(change.table, change.id);
        }
        if (extra) extra();
        else this.history.recordEdit(changes, before, at);
      })();
    } catch (e) {
      this.history.forget(cached);
      throw e;
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

export const workingCopyExists = (files: WorkingFiles) => exists(files.db);
