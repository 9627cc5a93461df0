import { renameSync } from 'node:fs';
import { fileLabel, WorkshopError } from './errors';
import { loadWorkshop, type LoadedWorkshop, type LoadOptions } from './open';
import {
  checkpoint, moveWorkingFiles, readMeta, removeWorkingFiles, workingCopyExists, type WorkingFiles, type WorkingMeta,
} from './workingCopy';

/**
 * Called before a session replaces a file's working copy: unsaved work left by a session that
 * did not close cleanly is set aside as the recovery copy, anything else is removed. A newer
 * crash replaces an older unresolved one, because it was made on top of it.
 */
export function setAsideCrashedWork(working: WorkingFiles, recovery: WorkingFiles, absPath: string): void {
  if (!workingCopyExists(working)) {
    removeWorkingFiles(working);
    return;
  }
  const meta = readMeta(working);
  if (!meta?.dirty || meta.path !== absPath) {
    removeWorkingFiles(working);
    return;
  }
  try {
    checkpoint(working);
    moveWorkingFiles(working, recovery);
  } catch {
    // Unreadable work is kept for a person to inspect rather than deleted, but never offered.
    renameSync(working.db, `${working.db}.unreadable-${Date.now()}`);
    removeWorkingFiles(working);
  }
}

export function recoveryFor(recovery: WorkingFiles, absPath: string): WorkingMeta | null {
  if (!workingCopyExists(recovery)) return null;
  const meta = readMeta(recovery);
  return meta?.path === absPath ? meta : null;
}

/** Loads set-aside work through the same checks as any file, since it survived a crash. */
export function loadRecovery(recovery: WorkingFiles, absPath: string, opts: LoadOptions): LoadedWorkshop {
  try {
    return loadWorkshop(recovery.db, opts);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new WorkshopError('damaged', `the unsaved work of ${fileLabel(absPath)} cannot be restored: ${reason}`);
  }
}
