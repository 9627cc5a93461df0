import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh temp folder per test, removed afterwards. */
export function useTempDir(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontstage-workshop-'));
    dirs.push(dir);
    return dir;
  };
}

export const hashFile = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

export { fullDoc, fullDocFormat1, PNG_1PX } from './fullDoc';
