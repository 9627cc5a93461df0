import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

const root = resolve(__dirname, '../../..');

/** Bundles child.ts into `dir`; the child resolves packages from the repo's node_modules. */
export async function bundleChild(dir: string): Promise<string> {
  const out = join(dir, 'child.cjs');
  await build({
    entryPoints: [join(__dirname, 'child.ts')], outfile: out, bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', packages: 'external', logLevel: 'warning',
  });
  return out;
}

/** Bundles the child once for a test file; the returned function gives its path inside tests. */
export function useBundledChild(): () => string {
  const dir = mkdtempSync(join(tmpdir(), 'frontstage-child-'));
  let script = '';
  beforeAll(async () => {
    script = await bundleChild(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return () => script;
}

export interface ChildRun {
  /** Resolves when the child printed `line`. */
  printed(line: string): Promise<void>;
  kill(): Promise<void>;
  exited: Promise<number | null>;
}

export function runChild(script: string, args: object): ChildRun {
  const child = spawn(process.execPath, [script, JSON.stringify(args)], {
    env: { ...process.env, NODE_PATH: join(root, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters: { line: string; resolve: () => void }[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    for (const w of waiters.splice(0)) {
      if (out.split('\n').includes(w.line)) w.resolve();
      else waiters.push(w);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return {
    printed: (line) =>
      new Promise<void>((done, fail) => {
        if (out.split('\n').includes(line)) return done();
        waiters.push({ line, resolve: done });
        void exited.then(() => fail(new Error(`child exited before printing "${line}": ${err.trim()}`)));
      }),
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    exited,
  };
}
