import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTemplate } from '../../../main/templates';
import { readWorkshop, writeWorkshopFile } from '../../../main/workshop';
import { callApi, cli, http, launch, requireBuild, tempDir, type Launched } from './harness';

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

describe('frontstage serve', () => {
  const tmp = tempDir();
  const file = join(tmp.dir, 'resort.frontstage');
  let host: Launched;

  beforeAll(async () => {
    requireBuild();
    writeWorkshopFile(file, loadTemplate('blank', 'Resort smoking areas'));
    host = await launch(process.execPath, [cli, 'serve', file, '--port', '0'], { FRONTSTAGE_HOME: join(tmp.dir, 'home') });
  });
  afterAll(async () => {
    if (host?.child.exitCode === null) {
      host.child.kill('SIGKILL');
      await host.exited;
    }
    tmp.remove();
  });

  it('prints exactly one line with the loopback address and a 32-byte token', () => {
    expect(host.lines).toEqual([`Frontstage running at http://127.0.0.1:${host.port}/?token=${host.token}`]);
    expect(Buffer.from(host.token, 'base64url')).toHaveLength(32);
  });

  it('refuses the page, an asset and the API without the token', async () => {
    for (const path of ['/', '/index.html', '/app.js', '/?token=wrong']) {
      expect((await http(host.port, { path })).status, path).toBe(403);
    }
    const api = await http(host.port, { method: 'POST', path: '/api/host.info', headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${host.port}` }, body: '{}' });
    expect(api.status).toBe(403);
    expect(api.body).not.toContain('startupFile');
    const wrong = await http(host.port, { method: 'POST', path: '/api/host.info', headers: { 'Content-Type': 'application/json', 'X-Frontstage-Token': `${host.token}x` }, body: '{}' });
    expect(wrong.status).toBe(403);
  });

  it('refuses another Host name even with the token (DNS rebinding)', async () => {
    for (const Host of [`evil.example:${host.port}`, '127.0.0.1', `127.0.0.1:${host.port + 1}`]) {
      const reply = await http(host.port, { path: `/?token=${host.token}`, headers: { Host } });
      expect(reply.status, Host).toBe(403);
    }
    expect((await http(host.port, { path: `/?token=${host.token}`, headers: { Host: `localhost:${host.port}` } })).status).toBe(200);
  });

  it('refuses a POST from a foreign origin even with the token', async () => {
    const reply = await http(host.port, {
      method: 'POST', path: '/api/host.info',
      headers: { 'Content-Type': 'application/json', Origin: 'http://evil.example', 'X-Frontstage-Token': host.token },
      body: '{}',
    });
    expect(reply.status).toBe(403);
  });

  it('serves the page with the token, the strict CSP and an HttpOnly SameSite cookie that unlocks the assets', async () => {
    const page = await http(host.port, { path: `/?token=${host.token}` });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toBe(CSP);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const cookie = String(page.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const pair = cookie.split(';')[0]!;

    const script = await http(host.port, { path: '/app.js', headers: { Cookie: pair } });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect((await http(host.port, { path: '/', headers: { Cookie: pair } })).status).toBe(200);
    // The cookie alone does not let another page POST without saying where it comes from.
    const bare = await http(host.port, { method: 'POST', path: '/api/host.info', headers: { 'Content-Type': 'application/json', Cookie: pair }, body: '{}' });
    expect(bare.status).toBe(403);
    const sameOrigin = await http(host.port, { method: 'POST', path: '/api/host.info', headers: { 'Content-Type': 'application/json', Cookie: pair, Origin: `http://127.0.0.1:${host.port}` }, body: '{}' });
    expect(JSON.parse(sameOrigin.body).ok).toBe(true);
  });

  it('never serves files outside the built UI', async () => {
    const headers = { 'X-Frontstage-Token': host.token };
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/%2e%2e%2fpackage.json', '/..%5cpackage.json', '/%00']) {
      const reply = await http(host.port, { path, headers });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('"name"');
    }
  });

  it('answers an invalid payload with bad-request and a message saying where', async () => {
    const { status, result } = await callApi(host.port, host.token, 'workshop.submit', { session: 'x', client: 'c', seq: -1, edit: 'no' });
    expect(status).toBe(200);
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('bad-request');
    expect(result.error.message).toMatch(/session/);
    expect(result.error.message).not.toMatch(/\bat .*\.(ts|js|cjs):\d+/);
    const unknown = await callApi(host.port, host.token, 'fs.delete', {});
    expect(unknown.result.error.code).toBe('not-found');
    const notJson = await http(host.port, { method: 'POST', path: '/api/host.info', headers: { 'Content-Type': 'application/json', 'X-Frontstage-Token': host.token }, body: '{' });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error.code).toBe('bad-request');
  });

  it('round-trips the contract: open, submit a command, save to the file on disk', async () => {
    const info = await callApi(host.port, host.token, 'host.info', {});
    expect(info.result.value).toMatchObject({ kind: 'browser', nativeDialogs: false, startupFile: file });

    const opened = (await callApi(host.port, host.token, 'workshop.open', { path: file })).result.value;
    expect(opened.doc.workshop.title).toBe('Resort smoking areas');
    const edit = { kind: 'command', command: 'workshop.update', args: { fields: { service: 'Smoking areas at the pool' } } };
    const applied = await callApi(host.port, host.token, 'workshop.submit', { session: opened.session, client: 'serve-test-client', seq: 1, edit });
    expect(applied.result.value.change).toMatchObject({ seq: opened.seq + 1, clientSeq: 1, patches: [{ op: 'replace', path: ['workshop', 'service'], value: 'Smoking areas at the pool' }] });

    const saved = await callApi(host.port, host.token, 'workshop.save', { session: opened.session });
    expect(saved.result.value.dirty).toBe(false);
    expect(readWorkshop(file).doc.workshop.service).toBe('Smoking areas at the pool');
  });

  it('saves unsaved edits and exits 0 on SIGTERM', async () => {
    const opened = (await callApi(host.port, host.token, 'workshop.open', { path: file })).result.value;
    const edit = { kind: 'command', command: 'workshop.update', args: { fields: { facilitator: 'Ana' } } };
    const applied = await callApi(host.port, host.token, 'workshop.submit', { session: opened.session, client: 'serve-test-client', seq: 2, edit });
    expect(applied.result.ok).toBe(true);
    expect((await callApi(host.port, host.token, 'workshop.status', { session: opened.session })).result.value.dirty).toBe(true);
    host.child.kill('SIGTERM');
    expect(await host.exited).toBe(0);
    expect(readWorkshop(file).doc.workshop.facilitator).toBe('Ana');
    expect(host.stderr()).not.toMatch(/\n\s+at /);
  });
});
