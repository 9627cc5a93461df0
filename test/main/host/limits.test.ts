// The browser host takes on a bounded amount of work: heavy calls (exports, opening files) one at
// a time with a short line behind them, request bodies within a per-request and a shared budget.
// Beyond that it refuses at once with HTTP 503/413 and a Result whose message the UI shows.
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWorkshopFile } from '../../../main/workshop';
import { BUSY_EXPORTING, BUSY_RECEIVING, HeavyQueue, HOST_LIMITS, LOW_MEMORY, Refused, TOO_LARGE } from '../../../main/serve/limits';
import { generateDoc } from '../../fixtures/generate';
import { callApi, cli, launch, requireBuild, tempDir, type Launched } from './harness';

describe('HeavyQueue', () => {
  const later = <T>(value: T, ms = 30) => new Promise<T>((done) => setTimeout(() => done(value), ms));

  it('runs one heavy call at a time, lets four wait, and refuses the next at once', async () => {
    const queue = new HeavyQueue(1, 4, () => 0);
    let running = 0;
    let most = 0;
    const task = async () => {
      running++;
      most = Math.max(most, running);
      await later(null);
      running--;
      return 'done';
    };
    const calls = Array.from({ length: 6 }, () => queue.run(task, () => false).catch((e: unknown) => e));
    const results = await Promise.all(calls);
    expect(results.filter((r) => r === 'done')).toHaveLength(5);
    const refused = results.find((r) => r instanceof Refused) as Refused;
    expect(refused.status).toBe(503);
    expect(refused.message).toBe(BUSY_EXPORTING);
    expect(most).toBe(1);
    expect(queue.load).toEqual({ running: 0, waiting: 0 });
  });

  it('skips a caller that went away while waiting, and refuses to start when memory is short', async () => {
    let resident = 0;
    const queue = new HeavyQueue(1, 4, () => resident);
    const first = queue.run(() => later('first'), () => false);
    let ran = false;
    const abandoned = queue.run(async () => (ran = true), () => true);
    expect(await first).toBe('first');
    expect(await abandoned).toBeNull();
    expect(ran).toBe(false);
    resident = HOST_LIMITS.residentBytes + 1;
    await expect(queue.run(() => later('x'), () => false)).rejects.toThrow(LOW_MEMORY);
    expect(queue.load).toEqual({ running: 0, waiting: 0 });
  });
});

/** Starts a POST whose body arrives only when `finish` is called. */
function slowPost(port: number, token: string, bytes: number): { reply: Promise<{ status: number; body: string }>; finish: () => void } {
  let finish = () => {};
  const reply = new Promise<{ status: number; body: string }>((resolve) => {
    const req = request({
      host: '127.0.0.1', port, method: 'POST', path: '/api/workshop.status',
      headers: { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json', 'Content-Length': String(bytes), 'X-Frontstage-Token': token },
    }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', () => resolve({ status: -1, body: '' }));
    req.write(' ');
    finish = () => req.end(Buffer.alloc(bytes - 1, 0x20));
  });
  return { reply, finish };
}

/** Peak resident memory of a process so far (Linux). */
const peakMb = (pid: number) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

describe('the browser host under load', () => {
  const tmp = tempDir();
  const file = join(tmp.dir, 'big.frontstage');
  let host: Launched;

  beforeAll(async () => {
    requireBuild();
    writeWorkshopFile(file, generateDoc({ cards: 150, connectors: 40 }));
    host = await launch(process.execPath, [cli, 'serve', file, '--port', '0'], { FRONTSTAGE_HOME: join(tmp.dir, 'home') });
  });
  afterAll(async () => {
    host?.child.kill('SIGKILL');
    await host?.exited;
    tmp.remove();
  });

  it('answers ten parallel PNG exports: five in turn, the rest refused at once with 503 and a message', async () => {
    const opened = await callApi(host.port, host.token, 'workshop.open', { path: file });
    expect(opened.result.ok).toBe(true);
    const session = opened.result.value.session;
    const replies = await Promise.all(Array.from({ length: 10 }, () => callApi(host.port, host.token, 'export.render', { session, format: 'png', scale: 1 })));
    const done = replies.filter((r) => r.status === 200);
    const refused = replies.filter((r) => r.status === 503);
    expect(done.length).toBe(HOST_LIMITS.heavyAtOnce + HOST_LIMITS.heavyWaiting);
    expect(refused.length).toBe(10 - done.length);
    for (const r of done) expect(Buffer.from(r.result.value.base64, 'base64').subarray(1, 4).toString()).toBe('PNG');
    for (const r of refused) expect(r.result).toEqual({ ok: false, error: { code: 'io', message: BUSY_EXPORTING } });
    if (process.platform === 'linux') expect(peakMb(host.child.pid!)).toBeLessThan(900);
    // Once the line has cleared, exports are taken again.
    expect((await callApi(host.port, host.token, 'export.render', { session, format: 'svg' })).status).toBe(200);
  });

  it('refuses a body over the per-request limit with 413 and a Result, without reading it', async () => {
    const big = slowPost(host.port, host.token, HOST_LIMITS.bodyBytes + 1);
    const reply = await big.reply;
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'io', message: TOO_LARGE } });
  });

  it('holds at most the shared budget of large bodies at once; the next is refused with 503 until one is done', async () => {
    const size = 60 * 1024 * 1024;
    const first = slowPost(host.port, host.token, size);
    const second = slowPost(host.port, host.token, size);
    await new Promise((r) => setTimeout(r, 200));
    const third = slowPost(host.port, host.token, size);
    const refused = await third.reply;
    expect(refused.status).toBe(503);
    expect(JSON.parse(refused.body).error.message).toBe(BUSY_RECEIVING);
    first.finish();
    second.finish();
    // Spaces are not a request: each is read, then answered 400, and its budget given back.
    expect((await first.reply).status).toBe(400);
    expect((await second.reply).status).toBe(400);
    const again = slowPost(host.port, host.token, size);
    again.finish();
    expect((await again.reply).status).toBe(400);
    expect((await callApi(host.port, host.token, 'host.info', {})).status).toBe(200);
  });
});
