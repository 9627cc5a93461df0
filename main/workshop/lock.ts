import { readFileSync, writeFileSync } from 'node:fs';
import { fileLabel, WorkshopError } from './errors';
import { PRIVATE_FILE, removeQuietly, writePrivateFile } from './files';

/**
 * Marks a file as open by this process, so a second Frontstage process (the app and
 * `frontstage serve`, say) cannot take over its working copy. A lock whose process is gone was
 * left by a crash and is taken over.
 */
export function acquireLock(lockPath: string, absPath: string): () => void {
  const mine = String(process.pid);
  try {
    writeFileSync(lockPath, mine, { flag: 'wx', mode: PRIVATE_FILE });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    const owner = Number(readText(lockPath));
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
      throw new WorkshopError('conflict', `${fileLabel(absPath)} is already open in another Frontstage (process ${owner})`);
    }
    writePrivateFile(lockPath, mine);
  }
  return () => {
    if (readText(lockPath) === mine) removeQuietly(lockPath);
  };
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return '';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
