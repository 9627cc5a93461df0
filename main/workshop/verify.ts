import { APPLICATION_ID } from './format';
import { openDatabase } from './sqlite';

/**
 * Re-reads a freshly written file from disk before it replaces anything: a bad disk or a full
 * one must fail the save, not the next open. Read-only on a rollback-journal file creates no sidecars.
 */
export function verifyWorkshopFile(path: string): void {
  const db = openDatabase(path, { readonly: true, fileMustExist: true });
  try {
    const check = (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
    if (check.length !== 1 || check[0] !== 'ok') throw new Error(`the written file failed its check: ${check.slice(0, 3).join('; ')}`);
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) throw new Error('the written file lost its application id');
  } finally {
    db.close();
  }
}
