// The save worker (built to dist/save-worker.cjs): saves run here, off the host's main thread,
// each through its own read-only connection to the working copy. WAL lets it read a consistent
// snapshot while the main thread keeps committing edits (docs/file-format.md, "Saving off the
// main thread").
import { parentPort, workerData } from 'node:worker_threads';
import { performSave, type SaveJob } from './saveJob';
import { openDatabase, setNativeBinding } from './sqlite';

const binding = (workerData as { nativeBinding?: string | null } | null)?.nativeBinding;
if (binding) setNativeBinding(binding);

parentPort?.on('message', ({ id, job }: { id: number; job: SaveJob }) => {
  try {
    const db = openDatabase(job.db, { readonly: true, fileMustExist: true });
    try {
      db.pragma('trusted_schema = OFF');
      parentPort!.postMessage({ id, outcome: performSave(db, job) });
    } finally {
      db.close();
    }
  } catch (error) {
    const e = error as { name?: string; code?: unknown; message?: string; problems?: unknown };
    parentPort!.postMessage({ id, error: { name: e.name, code: typeof e.code === 'string' ? e.code : undefined, message: e.message ?? String(error), problems: e.problems } });
  }
});
