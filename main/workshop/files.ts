import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync, copyFileSync, readdirSync, fstatSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** What a file looked like when we last read or wrote it, to notice someone else's change. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export const stampOf = (bytes: Buffer, mtimeMs: number): FileStamp => ({ size: bytes.length, mtimeMs, sha256: sha256(bytes) });

/** The bytes and mtime of one read, taken from the same open file so they describe the same content. */
export function readWithMtime(path: string): { bytes: Buffer; mtimeMs: number } {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw Object.assign(new Error('it is not a file'), { code: 'EISDIR' });
    const bytes = readFileSync(fd);
    return { bytes, mtimeMs: stat.mtimeMs };
  } finally {
    closeSync(fd);
  }
}

/** Whether the file at `path` still has the content `stamp` describes; a missing file has none. */
export function unchangedSince(path: string, stamp: FileStamp): boolean | 'missing' {
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw e;
  }
  if (stat.size !== stamp.size) return false;
  if (stat.mtimeMs === stamp.mtimeMs) return true;
  // A copy or a touch changes mtime without changing content: only the hash decides.
  return sha256(readWithMtime(path).bytes) === stamp.sha256;
}

/** A hidden, unique name in the target's own folder, so the final rename never crosses file systems. */
export function tempPathBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Removes temp files that saves of `target` left behind when they were killed. Only old ones:
 * a fresh temp may belong to a save still running in another process.
 */
export function sweepStaleTemps(target: string, olderThanMs = 10 * 60_000): void {
  const prefix = `.${basename(target)}.`;
  const dir = dirname(target);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const pattern = /^(bak\.|format\d+\.bak\.)?[0-9a-f]{12}\.tmp(-journal)?$/;
  for (const name of names) {
    if (!name.startsWith(prefix) || !pattern.test(name.slice(prefix.length))) continue;
    const path = join(dir, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > olderThanMs) removeQuietly(path);
    } catch {
      // Gone already.
    }
  }
}

export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable. Some platforms (Windows) cannot open a folder; their renames are durable already. */
function fsyncDir(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // EINVAL/EPERM: the file system does not sync folders.
  } finally {
    closeSync(fd);
  }
}

/** Writes a new file (never an existing one) and forces it to disk. */
export function writeDurably(path: string, bytes: Buffer): void {
  const fd = openSync(path, 'wx');
  try {
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Cleanup after a failure must not replace the failure's own error with another. */
export function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing there to remove (or no way to): the original error is what matters.
  }
}

/**
 * Moves a complete, synced temp file to `target` in one rename. With `backup` the previous
 * target is kept as `<target>.bak`, made by a hard link (or a copy where links are not
 * supported) so that `target` exists at every instant. With `noClobber` an existing target
 * is an error (EEXIST) and is left alone.
 */
export function moveIntoPlace(temp: string, target: string, opts: { backup?: boolean; noClobber?: boolean } = {}): void {
  if (opts.noClobber) {
    try {
      linkSync(temp, target);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' || code === 'ENOENT') throw e;
      // No hard links on this file system (FAT, some network shares): check, then rename.
      if (exists(target)) throw Object.assign(new Error('the file already exists'), { code: 'EEXIST' });
      renameSync(temp, target);
      fsyncDir(dirname(target));
      return;
    }
    removeQuietly(temp);
  } else {
    if (opts.backup && exists(target)) keepBackup(target);
    renameSync(temp, target);
  }
  fsyncDir(dirname(target));
}

function keepBackup(target: string): void {
  const bak = `${target}.bak`;
  const temp = tempPathBeside(bak);
  try {
    try {
      linkSync(target, temp);
    } catch {
      copyFileSync(target, temp);
    }
    renameSync(temp, bak);
  } catch (e) {
    removeQuietly(temp);
    throw e;
  }
}

export function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
