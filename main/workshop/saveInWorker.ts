import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { WorkshopError, type WorkshopErrorCode } from './errors';
import type { SaveJob, SaveOutcome } from './saveJob';
import { nativeBindingInUse } from './sqlite';

/**
 * Where the built worker is: beside the CLI bundle (dist/), one folder up from the Electron
 * main bundle (dist/electron/), or in dist/ of the source tree when running from source (tests).
 */
function workerScript(): string | null {
  const candidates = [join(__dirname, 'save-worker.cjs'), join(__dirname, '..', 'save-worker.cjs'), join(__dirname, '..', '..', 'dist', 'save-worker.cjs')];
  return candidates.find((c) => existsSync(c)) ?? null;
}

type Settle = { resolve: (outcome: SaveOutcome) => void; reject: (error: Error) => void };
type Reply = { id: number; outcome?: SaveOutcome; error?: { name?: string; code?: string; message: string; problems?: string[] } };

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, Settle>();

/** A save the worker could not run at all (it died): said like any failed save. */
function lost(reason: string): WorkshopError {
  return new WorkshopError('io', `the save could not finish (${reason}); your changes are kept in Frontstage, so try again or use Save As.`);
}

function start(script: string): Worker {
  const created = new Worker(script, { workerData: { nativeBinding: nativeBindingInUse() } });
  // An idle worker never keeps the process alive; a save in flight does (see run).
  created.unref();
  created.on('message', ({ id, outcome, error }: Reply) => {
    const settle = waiting.get(id);
    if (!settle) return;
    waiting.delete(id);
    if (!waiting.size) created.unref();
    if (outcome) settle.resolve(outcome);
    else if (error?.name === 'WorkshopError') settle.reject(new WorkshopError(error.code as WorkshopErrorCode, error.message, error.problems));
    else settle.reject(lost(error?.message ?? 'unknown reason'));
  });
  const fail = (reason: string) => {
    if (worker === created) worker = null;
    for (const settle of waiting.values()) settle.reject(lost(reason));
    waiting.clear();
  };
  created.on('error', (error) => fail(error.message));
  created.on('exit', (code) => fail(`the save worker stopped with code ${code}`));
  return created;
}

/**
 * Runs a save in the save worker, off the main thread: a host with a busy room keeps answering
 * while the workshop is written, checked and renamed into place. Null when the worker is not
 * built (running from source without a build): the caller saves in this thread instead.
 */
export function saveInWorker(job: SaveJob): Promise<SaveOutcome> | null {
  const script = workerScript();
  if (!script) return null;
  worker ??= start(script);
  const running = worker;
  const id = nextId++;
  running.ref();
  return new Promise<SaveOutcome>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    running.postMessage({ id, job });
  });
}
