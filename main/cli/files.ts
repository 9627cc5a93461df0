import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileLabel as label, reasonOf } from '../workshop/errors';
import { moveIntoPlace, removeQuietly, sweepStaleTemps, tempPathBeside, writeDurably } from '../workshop/files';
import { CliError } from './errors';

export { label };

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
    throw error instanceof CliError ? error : new CliError(`cannot read ${label(path)}: ${reasonOf(error)}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const sqlite = bytes.subarray(0, 16).toString('latin1') === 'SQLite format 3\0';
    throw new CliError(`${label(path)} is not UTF-8 text${sqlite ? ' but a SQLite database (a workshop file?)' : ''}`);
  }
}

/**
 * Writes the whole file or nothing, with the same temp-beside, fsync and rename steps as a
 * workshop save. Temp files that killed earlier runs left behind are swept first.
 */
export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  sweepStaleTemps(target);
  const temp = tempPathBeside(target);
  try {
    writeDurably(temp, typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    moveIntoPlace(temp, target);
  } catch (error) {
    removeQuietly(temp);
    throw new CliError(`cannot write ${label(target)}: ${reasonOf(error)}`);
  }
}

export const samePath = (a: string, b: string) => resolve(a) === resolve(b);

/** Writes to stdout and waits until it is flushed, so a large output is never cut short by the exit. */
export function writeStdout(data: Uint8Array | string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(data, (error) => (error ? reject(new CliError(`cannot write to stdout: ${error.message}`)) : resolve()));
  });
}
