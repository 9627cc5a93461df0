// Drives the real app: `node dist/cli.cjs serve` on a temp FRONTSTAGE_HOME and headless Chromium.
// Builds nothing: `npm test` builds first; for a lone run call `node scripts/build.mjs` before.
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

// Bundled benchmarks have no meaningful __dirname; test/bench/run.mjs sets FRONTSTAGE_ROOT.
export const ROOT = process.env.FRONTSTAGE_ROOT ?? join(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.cjs');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** A scratch directory removed by the returned function. */
export function tempDir(prefix = 'frontstage-e2e-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the built CLI to completion; throws with its stderr when it fails. */
export function cli(args: string[], env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`frontstage ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

export interface Host {
  url: string;
  origin: string;
  /** With `--room` among the args: where participants join (`Participants join at …`). */
  joinUrl: string | null;
  home: string;
  pid: number;
  /** kill -9: the host ends at once, without saving. */
  kill: () => Promise<void>;
  /** SIGTERM and wait for exit (the host flushes the workshop file first); returns the exit code. */
  stop: () => Promise<number | null>;
}

const URL_LINE = /Frontstage running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/;
const JOIN_LINE = /Participants join at (http:\/\/\S+)/;

export type Spawner = (command: string, args: string[], options: SpawnOptions) => ChildProcess;

/**
 * Starts `frontstage serve [file] --port 0` with FRONTSTAGE_HOME = home and waits for its URL line.
 * `spawnWith` lets a fault test start it under a file-size limit or as another user.
 */
export async function startHost(opts: { file?: string; home: string; env?: NodeJS.ProcessEnv; spawnWith?: Spawner; args?: string[] }): Promise<Host> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "node scripts/build.mjs" first`);
  const args = [CLI, 'serve', ...(opts.file ? [opts.file] : []), '--port', '0', ...(opts.args ?? [])];
  const room = args.includes('--room');
  // Without FILE, workshops made from the welcome screen land in the working directory.
  const child = (opts.spawnWith ?? spawn)(process.execPath, args, { cwd: opts.home, env: { ...process.env, FRONTSTAGE_HOME: opts.home, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.setEncoding('utf8');
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`serve printed no URL within 15 s; stdout: ${out} stderr: ${stderr}`)), 15_000);
    const fail = (e: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(e);
    };
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = URL_LINE.exec(out);
      if (m && (!room || JOIN_LINE.test(out))) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => fail(new Error(`serve exited ${code} before printing its URL: ${stderr}`)));
  });
  return { url, origin: new URL(url).origin, joinUrl: JOIN_LINE.exec(out)?.[1] ?? null, home: opts.home, pid: child.pid!, stop: () => stopChild(child, exited), kill: () => killChild(child, exited) };
}

async function killChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGKILL');
  await exited;
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000).unref());
  const code = await Promise.race([exited, timeout]);
  if (code !== 'timeout') return code;
  child.kill('SIGKILL');
  throw new Error('serve did not exit within 10 s of SIGTERM');
}

export interface Chromium {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** Headless Chromium with its own fresh profile directory. */
export async function launchChromium(viewport = { width: 1400, height: 900 }): Promise<Chromium> {
  const profile = tempDir('frontstage-chromium-');
  const context = await chromium.launchPersistentContext(profile.dir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport, colorScheme: 'light' });
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      profile.remove();
    },
  };
}

/**
 * Everything one test needs, torn down in reverse by `close` even when a step failed.
 * `errors` collects uncaught page errors and console errors; tests assert it stays empty.
 */
export interface Session {
  host: Host;
  page: Page;
  chromium: Chromium;
  errors: string[];
  close: () => Promise<void>;
}

export async function openApp(opts: { file?: string; home: string; viewport?: { width: number; height: number } }): Promise<Session> {
  const host = await startHost(opts);
  let chromiumHandle: Chromium | null = null;
  try {
    chromiumHandle = await launchChromium(opts.viewport);
    const page = chromiumHandle.context.pages()[0] ?? (await chromiumHandle.context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    await page.goto(host.url);
    const c = chromiumHandle;
    return {
      host,
      page,
      chromium: c,
      errors,
      close: async () => {
        await c.close();
        await host.stop();
      },
    };
  } catch (e) {
    await chromiumHandle?.close();
    await host.stop();
    throw e;
  }
}
