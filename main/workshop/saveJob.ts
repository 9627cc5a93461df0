import { conflictPath, saveDatabaseTo } from './save';
import { unchangedSince, type FileStamp } from './files';
import type { Db } from './sqlite';

/** One save of a working copy to the user's file: what the session knows when it starts. */
export interface SaveJob {
  /** The working copy's database (read by the worker through its own connection). */
  db: string;
  /** The user's file. */
  path: string;
  /** The file as last loaded or saved, to tell whether someone else changed it; null if it did not exist. */
  base: FileStamp | null;
  /** When the save started (names a conflict copy). */
  at: number;
}

export interface SaveOutcome {
  /** The file written: the user's file, or a conflict copy beside it. */
  written: string;
  stamp: FileStamp;
  /** Someone else had changed the file: ours went to `written`, a conflict copy. */
  conflict: boolean;
  /** The file had been deleted or moved away by another program and was written again. */
  reappeared: boolean;
}

/**
 * The save protocol of docs/file-format.md, steps 1–6, from a connection to the working copy:
 * compare the file with what we last knew of it, then write the whole workshop atomically to
 * it, or to a conflict copy beside it when someone else changed it meanwhile.
 */
export function performSave(db: Db, job: SaveJob): SaveOutcome {
  const onDisk = job.base ? unchangedSince(job.path, job.base) : 'missing';
  if (onDisk === false) {
    const copy = conflictPath(job.path, new Date(job.at));
    return { written: copy, stamp: saveDatabaseTo(db, copy, { noClobber: true, permissionsOf: job.path }), conflict: true, reappeared: false };
  }
  return { written: job.path, stamp: saveDatabaseTo(db, job.path, { backup: true }), conflict: false, reappeared: onDisk === 'missing' && job.base !== null };
}
