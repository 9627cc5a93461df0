import { closeSync, existsSync, fsyncSync, openSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from './errors';

export const label = (path: string) => `"${basename(path)}"`;

/** "1 card", "3 cards": how many records a table holds. */
export const counted = (table: object, what: string) => {
  const n = Object.keys(table).length;
  return `${n} ${what}${n === 1 ? '' : 's'}`;
};

/** Larger than any real workshop's JSON; a bigger input is a mistake or an attack. */
const MAX_INPUT_BYTES = 512 * 1024 * 1024;

/** A text file of the user's, read without changing it; its bytes must be UTF-8. */
export function readTextFile(path: string): string {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CliError(`${label(path)} is a folder, not a file`);
    if (stat.size > MAX_INPUT_BYTES) throw new CliError(`${label(path)} is too large (${stat.size} bytes)`);
    bytes = readFileSync(path);
  } catch (error) {
    throw error instanceof CliError ? error : new CliError(`cannot read ${label(path)}: ${reason(error)}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const sqlite = bytes.subarray(0, 16).toString('latin1') === 'SQLite format 3\0';
    throw new CliError(`${label(path)} is not UTF-8 text${sqlite ? ' but a SQLite database (a workshop file?)' : ''}`);
  }
}

/** `.<name>.tmp-<pid>`: predictable, hidden, and tells which process it belongs to. */
const tempName = (target: string, pid: number) => join(dirname(target), `.${basename(target)}.tmp-${pid}`);

/**
 * Writes the whole file or nothing: the bytes go to a temp file beside the target, are flushed
 * to disk and then renamed over it. Temp files left by killed earlier runs are removed first.
 */
export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  removeStaleTemps(target);
  const temp = tempName(target, process.pid);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  try {
    const fd = openSync(temp, 'w', 0o644);
    try {
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    if (existsSync(temp)) unlinkSync(temp);
    throw new CliError(`cannot write ${label(target)}: ${reason(error)}`);
  }
}

function removeStaleTemps(target: string): void {
  const prefix = `.${basename(target)}.tmp-`;
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(name.slice(prefix.length));
    if (!name.startsWith(prefix) || !Number.isInteger(pid) || pid <= 0 || isAlive(pid)) continue;
    try {
      unlinkSync(join(dirname(target), name));
    } catch {
      // Another run removed it first, or it is not ours to remove: either way not our failure.
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export const samePath = (a: string, b: string) => resolve(a) === resolve(b);

export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EISDIR') return 'it is a folder';
  return error instanceof Error ? error.message : String(error);
}
