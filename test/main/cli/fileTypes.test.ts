// A path can name a named pipe, a device, a socket or a folder. Opening checks the type first:
// each gets its own message, promptly, and nothing waits for a writer that never comes.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, openSync, readSync, writeFileSync, writeSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkshop } from '../../../main/workshop';
import { WORKSHOP_LIMITS } from '../../../shared/model';
import { CLI, tempDir } from './harness';

const posix = process.platform !== 'win32';

/** Runs the CLI with a deadline; a hang is reported as such instead of stalling the suite. */
function cliWithin(args: string[], cwd: string, ms = 5_000) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: ms, killSignal: 'SIGKILL' });
  return { code: r.status, stderr: r.stderr, hung: r.signal === 'SIGKILL', ms: Date.now() - started };
}

function mkfifo(path: string): void {
  const r = spawnSync('mkfifo', [path]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
}

describe.skipIf(!posix)('paths that are not regular files', () => {
  for (const command of ['info', 'check', 'export']) {
    it(`${command} on a named pipe answers at once: exit 1, "is a named pipe"`, () => {
      const dir = tempDir();
      mkfifo(join(dir, 'x.frontstage'));
      const args = command === 'export' ? ['export', 'x.frontstage', '--format', 'json', '--out', '-'] : [command, 'x.frontstage'];
      const r = cliWithin(args, dir);
      expect(r.hung, `${command} hung on a FIFO`).toBe(false);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^error: "x\.frontstage" is a named pipe \(FIFO\), not a Frontstage workshop/m);
    });
  }

  it('import of a named pipe answers at once', () => {
    const dir = tempDir();
    mkfifo(join(dir, 'in.json'));
    const r = cliWithin(['import', 'in.json', 'out.frontstage'], dir);
    expect(r.hung).toBe(false);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/"in\.json" is a named pipe \(FIFO\), not a file/);
  });

  it('/dev/zero is a device, not a folder', () => {
    const r = cliWithin(['info', '/dev/zero'], tempDir());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/"zero" is a device, not a Frontstage workshop/);
  });

  it('a socket and a folder each get their own message', async () => {
    const dir = tempDir();
    const server = createServer();
    await new Promise<void>((done) => server.listen(join(dir, 's.frontstage'), done));
    try {
      expect(cliWithin(['info', 's.frontstage'], dir).stderr).toMatch(/is a socket, not a Frontstage workshop/);
    } finally {
      server.close();
    }
    mkdirSync(join(dir, 'f.frontstage'));
    expect(cliWithin(['info', 'f.frontstage'], dir).stderr).toMatch(/"f\.frontstage" is a folder, not a Frontstage workshop/);
  });

  it('serve stays responsive while a page asks it to open a named pipe', async () => {
    const dir = tempDir();
    mkfifo(join(dir, 'pipe.frontstage'));
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0'], { cwd: dir, env: { ...process.env, FRONTSTAGE_HOME: join(dir, 'home') }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /(http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)/.exec(out);
          if (m) resolve(`${m[1]}|${m[2]}`);
        });
        child.once('exit', () => reject(new Error('serve exited')));
      });
      const [origin, token] = url.split('|') as [string, string];
      const call = (name: string, body: unknown) =>
        fetch(`${origin}/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Frontstage-Token': token }, body: JSON.stringify(body), signal: AbortSignal.timeout(5_000) });
      const opened = await (await call('workshop.open', { path: join(dir, 'pipe.frontstage') })).json();
      expect(opened).toMatchObject({ ok: false, error: { code: 'not-frontstage' } });
      expect(opened.error.message).toMatch(/is a named pipe \(FIFO\), not a Frontstage workshop/);
      expect((await (await call('host.info', {})).json()).ok).toBe(true);
    } finally {
      child.kill('SIGKILL');
    }
  });
});

describe('a workshop file larger than Frontstage opens', () => {
  it('is refused from its header and size, without being read into memory', () => {
    const dir = tempDir();
    const file = join(dir, 'huge.frontstage');
    // A valid workshop header in front of 1 GiB of nothing (a sparse file: no disk is used).
    const small = join(dir, 'small.frontstage');
    spawnSync(process.execPath, [CLI, 'new', small], { cwd: dir });
    const header = Buffer.alloc(100);
    const fd = openSync(small, 'r');
    readSync(fd, header, 0, 100, 0);
    closeSync(fd);
    const out = openSync(file, 'w');
    writeSync(out, header, 0, 100, 0);
    ftruncateSync(out, 1024 * 1024 * 1024);
    closeSync(out);
    const before = process.memoryUsage().rss;
    const started = Date.now();
    expect(() => readWorkshop(file)).toThrow(new RegExp(`"huge\\.frontstage" is too large to open \\(1024 MB; Frontstage opens workshops up to ${WORKSHOP_LIMITS.fileBytes / 1024 / 1024} MB\\)`));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
    const r = cliWithin(['info', 'huge.frontstage'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is too large to open/);
  });

  it('a foreign file is still named as foreign, whatever its size', () => {
    const dir = tempDir();
    const file = join(dir, 'movie.frontstage');
    writeFileSync(file, 'not a database');
    const fd = openSync(file, 'r+');
    ftruncateSync(fd, 2 * 1024 * 1024 * 1024);
    closeSync(fd);
    expect(() => readWorkshop(file)).toThrow(/is not a Frontstage workshop \(it is not a SQLite database\)/);
  });
});

describe.skipIf(!posix)('saving over a path that is not a file', () => {
  it('Save As onto a named pipe replaces the pipe and never reads it', async () => {
    const dir = tempDir();
    const { WorkshopSession, writeWorkshopFile: write } = await import('../../../main/workshop');
    const { fullDoc } = await import('../workshop/fullDoc');
    const file = join(dir, 'w.frontstage');
    write(file, fullDoc());
    mkfifo(join(dir, 'pipe.frontstage'));
    const session = WorkshopSession.open(file, { workDir: join(dir, 'work') });
    try {
      const started = Date.now();
      session.saveAs(join(dir, 'pipe.frontstage'));
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(readWorkshop(join(dir, 'pipe.frontstage')).doc.workshop.title).toBe(fullDoc().workshop.title);
    } finally {
      session.close();
    }
  });
});
