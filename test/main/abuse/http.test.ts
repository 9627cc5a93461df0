// The abuse suite against a real browser host: generated HTTP requests (methods, paths, headers,
// bodies, valid API calls with damaged payloads) and raw bytes that are not HTTP at all. The host
// must answer each within a time limit, never crash or show a stack trace, refuse everything
// without the token without touching the workshop, and still hold a valid workshop afterwards.
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../../shared/api/contract';
import { checkWorkshopFile, writeWorkshopFile } from '../../../main/workshop';
import { cli, launch, requireBuild, tempDir, type Launched } from '../host/harness';
import { hashOf } from '../cli/harness';
import { fullDoc } from '../workshop/fullDoc';
import { anyValue, hostileText } from './inputs';

const LIMIT_MS = 5_000;

interface Sent { method: string; path: string; headers: Record<string, string>; body: Buffer }
interface Answer { status: number; type: string; body: string }

function send(port: number, r: Sent): Promise<Answer | 'hung' | 'closed'> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, method: r.method, path: r.path, headers: r.headers, timeout: LIMIT_MS }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
      res.on('error', () => resolve('closed'));
    });
    req.on('timeout', () => {
      req.destroy();
      resolve('hung');
    });
    req.on('error', () => resolve('closed'));
    req.end(r.body);
  });
}

/** Bytes that may not be HTTP at all, on a raw socket: the host answers or closes, within the limit. */
function sendRaw(port: number, bytes: Buffer): Promise<'answered' | 'hung'> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const timer = setTimeout(() => {
      socket.destroy();
      resolve('hung');
    }, LIMIT_MS);
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve('answered');
    };
    socket.on('data', done);
    socket.on('end', done);
    socket.on('error', done);
    // Half-close after writing: a parser still waiting for the rest of a request sees the end of it.
    socket.end(bytes);
  });
}

describe('abuse: HTTP requests to the browser host', () => {
  const tmp = tempDir();
  const file = join(tmp.dir, 'w.frontstage');
  let host: Launched;
  let session = '';
  let fifo = '';

  beforeAll(async () => {
    requireBuild();
    writeWorkshopFile(file, fullDoc());
    fifo = join(tmp.dir, 'pipe.frontstage');
    spawnSync('mkfifo', [fifo]);
    host = await launch(process.execPath, [cli, 'serve', file, '--port', '0'], { FRONTSTAGE_HOME: join(tmp.dir, 'home') });
    const opened = await send(host.port, api('workshop.open', { path: file }, true));
    session = JSON.parse((opened as Answer).body).value.session;
  });
  afterAll(async () => {
    if (host && host.child.exitCode === null) {
      host.child.kill('SIGKILL');
      await host.exited;
    }
    tmp.remove();
  });

  const token = () => host.token;
  const origin = () => `http://127.0.0.1:${host.port}`;
  function api(name: string, payload: unknown, authorised: boolean): Sent {
    return {
      method: 'POST', path: `/api/${name}`, body: Buffer.from(JSON.stringify(payload)),
      headers: { Host: `127.0.0.1:${host?.port}`, 'Content-Type': 'application/json', Origin: origin(), ...(authorised ? { 'X-Frontstage-Token': token() } : {}) },
    };
  }

  /** Valid calls with their payload damaged: the service must answer each with a Result. */
  const damagedCall = fc.tuple(
    fc.constantFrom(...CALL_NAMES.filter((n) => n !== 'workshop.saveAs' && n !== 'workshop.new' && n !== 'workshop.close' && n !== 'workshop.pickSave' && n !== 'workshop.pickOpen')),
    fc.dictionary(fc.constantFrom('session', 'path', 'client', 'seq', 'edit', 'patches', 'format', 'scale', 'page', 'blueprintId', 'choice', 'template'), anyValue, { maxKeys: 4 }),
    fc.array(fc.record({ op: fc.constantFrom('add', 'replace', 'remove', 'move'), path: fc.array(fc.oneof(hostileText, fc.constantFrom('cards', 'workshop', 'lanes', 'c1', 'title', '__proto__')), { maxLength: 4 }), value: anyValue }), { maxLength: 3 }),
    fc.constantFrom('/dev/zero', '/proc/self/mem', '/etc/passwd', 'relative.frontstage', '', 'x'.repeat(5000), 'fifo'),
  ).map(([name, extra, patches, path]) => ({
    kind: 'api' as const,
    // Built when sent: the session and the pipe exist only once the host runs.
    sent: (auth: boolean) => api(name, { session, client: 'abuse-client', seq: 1, edit: { kind: 'revert', label: 'undo', patches }, path: path === 'fifo' ? fifo : path, format: 'svg', ...extra }, auth),
  }));

  const request_ = fc.oneof(
    damagedCall,
    fc.record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'),
      path: fc.oneof(
        fc.constantFrom('/', '/index.html', '/../../etc/passwd', '/%2e%2e/%2e%2e/package.json', '/api/', '/api/__proto__', '/api/toString', '/api/constructor', `/?token=${'A'.repeat(5000)}`, '/%00', '/api/host.info?x=%ff', '//etc/passwd', '/\\..\\package.json'),
        fc.webPath(), fc.string({ maxLength: 50 }).map((s) => `/${encodeURIComponent(s)}`),
      ),
      host: fc.constantFrom('right', 'localhost', 'evil.example', 'none'),
      origin: fc.constantFrom('own', 'foreign', 'null', 'none'),
      type: fc.constantFrom('application/json', 'application/json; charset=utf-16', 'text/plain', 'multipart/form-data; boundary=x', 'none'),
      auth: fc.constantFrom('header', 'wrong', 'cookie', 'none', 'huge'),
      body: fc.oneof(fc.uint8Array({ maxLength: 512 }).map((b) => Buffer.from(b)), fc.json().map((j) => Buffer.from(j))),
    }).map((r) => ({
      kind: 'raw-http' as const,
      sent: (): Sent => {
        const headers: Record<string, string> = {};
        if (r.host !== 'none') headers.Host = r.host === 'right' ? `127.0.0.1:${host.port}` : r.host === 'localhost' ? `localhost:${host.port}` : r.host;
        if (r.origin !== 'none') headers.Origin = r.origin === 'own' ? origin() : r.origin === 'null' ? 'null' : 'https://evil.example';
        if (r.type !== 'none') headers['Content-Type'] = r.type;
        if (r.auth === 'header') headers['X-Frontstage-Token'] = token();
        if (r.auth === 'wrong') headers['X-Frontstage-Token'] = `${token().slice(1)}x`;
        if (r.auth === 'cookie') headers.Cookie = `frontstage-${host.port}=${token()}; junk=%%%; =;;`;
        if (r.auth === 'huge') headers['X-Frontstage-Token'] = 'T'.repeat(8000);
        return { method: r.method, path: r.path, headers, body: r.method === 'GET' || r.method === 'HEAD' ? Buffer.alloc(0) : r.body };
      },
    })),
  );

  it('answers every request within the limit, never crashes, and refuses without the token', { timeout: 180_000 }, async () => {
    const before = hashOf(file);
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(request_, fc.boolean(), async (r, authorised) => {
        const sent = r.kind === 'api' ? r.sent(authorised) : r.sent();
        const answer = await send(host.port, sent);
        expect(answer, `${sent.method} ${sent.path}`).not.toBe('hung');
        expect(host.child.exitCode, host.stderr()).toBeNull();
        if (answer === 'closed' || answer === 'hung') return;
        statuses.add(answer.status);
        const what = `${sent.method} ${sent.path.slice(0, 80)} ${JSON.stringify(sent.headers).slice(0, 200)} → ${answer.status} ${answer.body.slice(0, 120)}`;
        expect([200, 400, 403, 404, 405, 413, 415, 503], what).toContain(answer.status);
        expect(answer.body).not.toMatch(/\n\s+at .+:\d+:\d+/);
        if (sent.path.startsWith('/api/') && answer.status !== 403 && sent.method !== 'HEAD') {
          expect(answer.type, what).toMatch(/^application\/json/);
          expect(typeof JSON.parse(answer.body).ok, what).toBe('boolean');
        }
        const credential = sent.headers['X-Frontstage-Token'] === token() || (sent.headers.Cookie ?? '').includes(token());
        if (!credential) {
          expect(answer.status === 403 || answer.status === 400, `without the token: ${what}`).toBe(true);
          expect(hashOf(file)).toBe(before);
        }
      }),
      { numRuns: 250, seed: Number(process.env.FRONTSTAGE_ABUSE_SEED ?? 20_260_214) },
    );
    expect(statuses.has(200) && statuses.has(403)).toBe(true);
  });

  it('survives bytes that are not HTTP at all', { timeout: 120_000 }, async () => {
    const raw = fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 2048 }).map((b) => Buffer.from(b)),
      fc.constantFrom(
        'GET / HTTP/1.1\r\n\r\n', `POST /api/host.info HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n`,
        'GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n', `GET /${'a'.repeat(100_000)} HTTP/1.1\r\n\r\n`, 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n',
        `POST /api/host.info HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\n12345`, 'GET / HTTP/1.1\r\nX: \u0000\r\n\r\n',
      ).map((s) => Buffer.from(s, 'latin1')),
    );
    await fc.assert(
      fc.asyncProperty(raw, async (bytes) => {
        expect(await sendRaw(host.port, bytes)).toBe('answered');
        expect(host.child.exitCode, host.stderr()).toBeNull();
      }),
      { numRuns: 80, seed: 14 },
    );
  });

  it('still holds a valid workshop after all of it, and saves it on SIGTERM', async () => {
    const info = await send(host.port, api('host.info', {}, true));
    expect(info).toMatchObject({ status: 200 });
    host.child.kill('SIGTERM');
    expect(await host.exited).toBe(0);
    expect(checkWorkshopFile(file)).toEqual([]);
  });
});
