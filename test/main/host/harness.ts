import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const root = join(__dirname, '..', '..', '..');
export const cli = join(root, 'dist', 'cli.cjs');

export function requireBuild(): void {
  if (!existsSync(cli) || !existsSync(join(root, 'dist', 'renderer', 'index.html'))) {
    throw new Error('run "node scripts/build.mjs" first (npm test does)');
  }
}

export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'frontstage-host-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Launched {
  child: ChildProcess;
  url: string;
  port: number;
  token: string;
  /** Every line printed so far, the address line last. */
  lines: string[];
  stderr: () => string;
  exited: Promise<number | null>;
}

const URL_LINE = /^Frontstage running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+))$/;

/** Starts a process that prints the host's address, and waits for that line. */
export function launch(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 20_000): Promise<Launched> {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (d: Buffer) => (errors += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no address printed within ${timeoutMs} ms; stdout: ${lines.join('\n')}; stderr: ${errors}`));
    }, timeoutMs);
    void exited.then((code) => reject(new Error(`exited with ${code} before printing an address; stderr: ${errors}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line);
      const m = URL_LINE.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, port: Number(m[2]), token: m[3]!, lines, stderr: () => errors, exited });
      }
    });
  });
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so that tests control Host, Origin and the path byte for byte. */
export function http(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: { Host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Calls the contract the way the UI does: same origin, token header. */
export async function callApi(port: number, token: string, name: string, payload: unknown): Promise<{ status: number; result: any }> {
  const reply = await http(port, {
    method: 'POST',
    path: `/api/${name}`,
    headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${port}`, 'X-Frontstage-Token': token },
    body: JSON.stringify(payload),
  });
  return { status: reply.status, result: JSON.parse(reply.body) };
}
