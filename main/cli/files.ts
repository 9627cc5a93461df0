import { resolve } from 'node:path';
import { WORKSHOP_LIMITS } from '../../shared/model/limits';
import { fileLabel as label, reasonOf } from '../workshop/errors';
import { moveIntoPlace, removeQuietly, sweepStaleTemps, tempPathBeside, writeDurably } from '../workshop/files';
import { NotReadable, readRegularFile } from '../workshop/readFile';
import { CliError } from './errors';

export { label };

/** "1 card", "3 cards": how many records a table holds. */
export const counted = (table: object, what: string) => {
  const n = Object.keys(table).length;
  return `${n} ${what}${n === 1 ? '' : 's'}`;
};

const MB = 1024 * 1024;

/**
 * A text file of the user's, read without changing it; its bytes must be UTF-8. Only regular
 * files: a named pipe or a device would block or never end. The size limit is the export size
 * of the largest workshop Frontstage holds (shared/model/limits.ts).
 */
export function readTextFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(path, { maxBytes: WORKSHOP_LIMITS.interchangeBytes }).bytes;
  } catch (error) {
    if (error instanceof NotReadable && error.reason === 'too-large') {
      throw new CliError(`${label(path)} is too large (${(error.size / MB).toFixed(0)} MB; Frontstage imports up to ${WORKSHOP_LIMITS.interchangeBytes / MB} MB)`);
    }
    if (error instanceof NotReadable) throw new CliError(`${label(path)} ${error.message}, not a file`);
    throw new CliError(`cannot read ${label(path)}: ${reasonOf(error)}`);
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
