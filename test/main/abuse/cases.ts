// Runs abuse cases in a worker thread with a time limit each. A case over its limit is a hang:
// the worker is terminated (a fresh one takes the next case) and the case is reported.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CaseKind, CaseReply, CaseRequest } from './worker';

const root = resolve(__dirname, '../../..');
// Inside the repo, so the worker resolves packages and finds resources/ by walking up.
const out = join(root, 'node_modules', '.cache', 'frontstage-abuse', 'worker.cjs');

export async function bundleWorker(): Promise<void> {
  mkdirSync(join(out, '..'), { recursive: true });
  await build({
    entryPoints: [join(__dirname, 'worker.ts')], outfile: out, bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', packages: 'external', logLevel: 'warning',
  });
}

export interface Outcome { outcome: 'accepted' | 'refused' | 'hung'; violation?: string; ms: number }

export class CaseRunner {
  private worker: Worker | null = null;
  private next = 0;
  /** Where workers keep their scratch files; the suite removes it. */
  dir = '';

  private start(): Worker {
    this.worker ??= new Worker(out, { workerData: { dir: this.dir } });
    return this.worker;
  }

  run(kind: CaseKind, input: string, limitMs: number): Promise<Outcome> {
    const worker = this.start();
    const id = this.next++;
    const started = Date.now();
    return new Promise((done) => {
      const timer = setTimeout(() => {
        worker.off('message', listen);
        void worker.terminate();
        this.worker = null;
        done({ outcome: 'hung', violation: `took longer than ${limitMs} ms`, ms: Date.now() - started });
      }, limitMs);
      const listen = (reply: CaseReply) => {
        if (reply.id !== id) return;
        clearTimeout(timer);
        worker.off('message', listen);
        done({ outcome: reply.outcome, violation: reply.violation, ms: Date.now() - started });
      };
      worker.on('message', listen);
      worker.postMessage({ id, kind, input } satisfies CaseRequest);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}
