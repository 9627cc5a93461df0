import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync, closeSync, copyFileSync, fchmodSync, fchownSync, fstatSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync,
  renameSync, rmSync, statSync, writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { kindOf, readRegularFile } from './readFile';

/** What a file looked like when we last read or wrote it, to notice someone else's change. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export const stampOf = (bytes: Buffer, mtimeMs: number): FileStamp => ({ size: bytes.length, mtimeMs, sha256: sha256(bytes) });

/**
 * Whether the file at `path` still has the content `stamp` describes; a missing file has none.
 * Something that is no longer a regular file (a folder, a pipe) has changed.
 */
export function unchangedSince(path: string, stamp: FileStamp): boolean | 'missing' {
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw e;
  }
  if (kindOf(stat) || stat.size !== stamp.size) return false;
  if (stat.mtimeMs === stamp.mtimeMs) return true;
  // A copy or a touch changes mtime without changing content: only the hash decides.
  return sha256(readRegularFile(path, { maxBytes: stamp.size }).bytes) === stamp.sha256;
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
      // Either way: after the clock was set back, a killed save's temp file looks as if from the future.
      if (Math.abs(Date.now() - statSync(path).mtimeMs) > olderThanMs) removeQuietly(path);
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

/** Working copies and their sidecars hold the workshop: only their owner may read them. */
export const PRIVATE_DIR = 0o700;
export const PRIVATE_FILE = 0o600;

/** Creates the app's own folder private, and makes an existing one private again. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
  const stat = statSync(dir);
  const mine = process.getuid === undefined || stat.uid === process.getuid();
  if (mine && (stat.mode & 0o077) !== 0) chmodSync(dir, PRIVATE_DIR);
}

/** Writes `data` to `path`, which only the owner may read, whatever umask or an earlier file said. */
export function writePrivateFile(path: string, data: string | Buffer): void {
  const fd = openSync(path, 'w', PRIVATE_FILE);
  try {
    fchmodSync(fd, PRIVATE_FILE);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
  } finally {
    closeSync(fd);
  }
}

/**
 * Creates the empty file a save is written into, with the permissions (and, where allowed, the
 * owner and group) of the file it will replace, so that saving never makes a private workshop
 * readable by others. It exists with those permissions before any content is written into it.
 */
export function createLike(temp: string, original: string | null): void {
  let like;
  try {
    like = original ? statSync(original) : null;
  } catch {
    like = null;
  }
  // A new file gets what the user's umask allows, as any program's would.
  const fd = openSync(temp, 'wx', like ? PRIVATE_FILE : 0o666);
  try {
    if (!like) return;
    fchmodSync(fd, like.mode & 0o7777);
    const now = fstatSync(fd);
    if (now.uid === like.uid && now.gid === like.gid) return;
    try {
      fchownSync(fd, like.uid, like.gid);
    } catch {
      // Only root may give a file away; the group is kept where the user belongs to it.
      try {
        fchownSync(fd, now.uid, like.gid);
      } catch {
        // Not a member of that group: the file keeps ours, with the same mode bits.
      }
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a new file (never an existing one) and forces it to disk. With `like`, the new file has
 * that file's permissions from the start (see createLike).
 */
export function writeDurably(path: string, bytes: Buffer, like?: string): void {
  if (like) createLike(path, like);
  const fd = openSync(path, like ? 'r+' : 'wx');
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
  // Only a file is worth keeping; copying a pipe someone put at the path would wait forever.
  if (kindOf(statSync(target))) return;
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
