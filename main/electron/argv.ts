import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXTENSION } from '../workshop/format';

/**
 * The workshop files named on a command line (the OS passes a double-clicked file this way on
 * Windows and Linux); flags, the app path and files that do not exist are skipped.
 */
export function workshopFilesIn(argv: string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((a) => !a.startsWith('-') && a.toLowerCase().endsWith(EXTENSION))
    .map((a) => resolve(cwd, a))
    .filter((p) => existsSync(p));
}
