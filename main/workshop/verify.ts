import { APPLICATION_ID } from './format';
import { HEADER_SIZE, identify } from './header';
import { openRegular, readAt } from './readFile';
import { closeSync } from 'node:fs';
import { openDatabase } from './sqlite';

/**
 * Re-reads a freshly written file from disk before it replaces anything: a bad disk or a full
 * one must fail the save, not the next open. The header must agree with the file's length (a
 * write cut short leaves a file shorter than its header says), then SQLite checks every page.
 * Read-only on a rollback-journal file creates no sidecars.
 */
export function verifyWorkshopFile(path: string): void {
  const { fd, stat } = openRegular(path);
  try {
    identify(path, readAt(fd, HEADER_SIZE, 0), Number.MAX_SAFE_INTEGER, stat.size);
  } finally {
    closeSync(fd);
  }
  const db = openDatabase(path, { readonly: true, fileMustExist: true });
  try {
    const check = (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
    if (check.length !== 1 || check[0] !== 'ok') throw new Error(`the written file failed its check: ${check.slice(0, 3).join('; ')}`);
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) throw new Error('the written file lost its application id');
  } finally {
    db.close();
  }
}
