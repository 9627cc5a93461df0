import { basename, dirname, extname, join } from 'node:path';
import { fileLabel, saveError, WorkshopError } from './errors';
import { createLike, exists, fsyncFile, moveIntoPlace, removeQuietly, stampOf, tempPathBeside, type FileStamp } from './files';
import { readRegularFile } from './readFile';
import type { Db } from './sqlite';
import { verifyWorkshopFile } from './verify';

/**
 * The save protocol: VACUUM INTO a temp file beside the target (compact, single-file, no WAL)
 * that has the target's permissions (or those of `permissionsOf`), fsync, re-check it from disk,
 * then rename it over the target. Returns the new file's stamp.
 */
export function saveDatabaseTo(db: Db, target: string, opts: { backup?: boolean; noClobber?: boolean; permissionsOf?: string }): FileStamp {
  const temp = tempPathBeside(target);
  try {
    // VACUUM INTO accepts an empty file: made first, it has the target's permissions before it holds anything.
    createLike(temp, opts.permissionsOf ?? target);
    db.prepare('VACUUM INTO ?').run(temp);
    fsyncFile(temp);
    try {
      verifyWorkshopFile(temp);
    } catch {
      // A torn or short write, or a failing disk: the file it would replace stays as it is.
      throw new Error('the copy written to disk failed its check');
    }
    const { bytes, mtimeMs } = readRegularFile(temp, { maxBytes: Number.MAX_SAFE_INTEGER });
    moveIntoPlace(temp, target, opts);
    return stampOf(bytes, mtimeMs);
  } catch (e) {
    removeQuietly(temp);
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new WorkshopError('exists', `${fileLabel(target)} already exists`);
    throw saveError(target, e);
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `<name> (conflict YYYY-MM-DD HHMMSS).frontstage` beside `target`, numbered when taken. */
export function conflictPath(target: string, when: Date): string {
  const ext = extname(target);
  const stem = basename(target, ext);
  const stampText = `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())} ${pad(when.getHours())}${pad(when.getMinutes())}${pad(when.getSeconds())}`;
  for (let n = 1; ; n++) {
    const candidate = join(dirname(target), `${stem} (conflict ${stampText}${n > 1 ? ` ${n}` : ''})${ext}`);
    if (!exists(candidate)) return candidate;
  }
}
