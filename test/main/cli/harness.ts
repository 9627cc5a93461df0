import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';

const root = join(__dirname, '..', '..', '..');
export const CLI = join(root, 'dist', 'cli.cjs');

export interface Run { code: number | null; stdout: string; stderr: string; stdoutBytes: Buffer }

/** Runs the built CLI (`node scripts/build.mjs` makes it) and waits for it. */
export function cli(args: string[], cwd: string): Run {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "node scripts/build.mjs" first`);
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, maxBuffer: 256 << 20, env: { ...process.env, FRONTSTAGE_DEBUG: '' } });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), stdoutBytes: r.stdout };
}

/** Starts the CLI without waiting, for tests that kill it. */
export function cliAsync(args: string[], cwd: string) {
  return spawn(process.execPath, [CLI, ...args], { cwd, stdio: 'ignore' });
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'frontstage-cli-'));
  dirs.push(dir);
  return dir;
}

export const hashOf = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * The failure promise of CONTRACT §2: exit 1, exactly one stderr line starting `error:` that
 * matches `problem`, the input byte-for-byte unchanged and nothing new left in the folder.
 */
export function expectRejected(dir: string, args: string[], input: string, problem: RegExp): string {
  const before = hashOf(join(dir, input));
  const listing = readdirSync(dir).sort();
  const r = cli(args, dir);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: /);
  expect(lines[0]).toMatch(problem);
  expect(lines[0]).not.toMatch(/\n|\s+at .+:\d+:\d+/);
  expect(r.code).toBe(1);
  expect(hashOf(join(dir, input))).toBe(before);
  expect(readdirSync(dir).sort()).toEqual(listing);
  return lines[0]!;
}
