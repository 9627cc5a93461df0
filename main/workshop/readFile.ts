import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/**
 * Reading a file someone else named, safely. Opening a named pipe blocks until another program
 * writes to it, and /dev/zero never ends, so the type is checked before the file is opened, the
 * open itself cannot block, and no more than the size seen is ever read.
 */

/** What a path is when it is not a regular file, in words for a message; null for a regular file. */
export function kindOf(stat: Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Thrown for a path that is not a regular file, or one that is larger than the reader accepts;
 * the message completes a sentence that starts with the file's name ("is a folder").
 */
export class NotReadable extends Error {
  constructor(readonly reason: 'not-a-file' | 'too-large', message: string, readonly size = 0) {
    super(message);
  }
}

// O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer, in case the
// path became one after it was checked. Windows has neither flag (nor FIFOs at that path).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

export interface RegularFile {
  fd: number;
  stat: Stats;
}

/** Opens `path` for reading only if it is a regular file; ENOENT and EACCES pass through as they are. */
export function openRegular(path: string): RegularFile {
  const before = statSync(path);
  const kind = kindOf(before);
  if (kind) throw new NotReadable('not-a-file', `is ${kind}`);
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const stat = fstatSync(fd);
    const swapped = stat.ino !== before.ino || stat.dev !== before.dev;
    if (kindOf(stat) || swapped) throw new NotReadable('not-a-file', 'was replaced by something that is not a file while it was opened');
    return { fd, stat };
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

/** Reads exactly `length` bytes at `position`, or fewer only where the file ends. */
export function readAt(fd: number, length: number, position: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, bytes, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done === length ? bytes : bytes.subarray(0, done);
}

export interface ReadOptions {
  /** Larger files are refused before their content is read. */
  maxBytes: number;
  /** Sees the first bytes before the rest is read, so a foreign file is named as such whatever its size. */
  head?: { bytes: number; check(head: Buffer, size: number): void };
}

/**
 * The bytes and mtime of one read of a regular file, from the same open file so they describe
 * the same content. Reads the size the file had when opened: a file still growing is read as it was.
 */
export function readRegularFile(path: string, opts: ReadOptions): { bytes: Buffer; mtimeMs: number } {
  const { fd, stat } = openRegular(path);
  try {
    if (opts.head) opts.head.check(readAt(fd, Math.min(opts.head.bytes, stat.size), 0), stat.size);
    if (stat.size > opts.maxBytes) throw new NotReadable('too-large', 'is too large', stat.size);
    return { bytes: readAt(fd, stat.size, 0), mtimeMs: stat.mtimeMs };
  } finally {
    closeSync(fd);
  }
}
