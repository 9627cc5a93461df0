// The push connection of the browser host: who may open it, what it refuses, and how a client
// that lost it catches up without anything applied twice.
import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import { startHost, type RunningHost } from '../../../main/serve';
import { KEPT_CHANGES } from '../../../main/sync/hub';
import { writeWorkshopFile } from '../../../main/workshop';
import { addCard, updateCard } from '../../../shared/commands';
import type { OpenedWorkshop } from '../../../shared/api/contract';
import { richDoc } from '../../unit/commands/fixture';
import { root, tempDir } from '../host/harness';
import { canonical, NetClient, post, rawSocket } from './netClient';

/** How a socket ended: refused at the upgrade (HTTP status) or closed after opening (code, last push). */
function outcome(ws: WebSocket, send?: (ws: WebSocket) => void): Promise<{ status?: number; code?: number; said?: string }> {
  return new Promise((resolve) => {
    let said: string | undefined;
    ws.on('unexpected-response', (_req, res) => resolve({ status: res.statusCode }));
    ws.on('error', () => {});
    ws.on('open', () => send?.(ws));
    ws.on('message', (data) => (said ??= data.toString()));
    ws.on('close', (code) => resolve({ code, said }));
  });
}

describe('the push connection', () => {
  const tmp = tempDir();
  const file = join(tmp.dir, 'push.frontstage');
  let host: RunningHost;
  let opened: OpenedWorkshop;
  let origin: string;

  beforeAll(async () => {
    writeWorkshopFile(file, richDoc());
    host = await startHost({ staticDir: join(root, 'dist', 'renderer'), workDir: join(tmp.dir, 'working'), version: 'test', log: () => {} });
    origin = `http://127.0.0.1:${host.port}`;
    const result = await post<OpenedWorkshop>(host.port, host.token, 'workshop.open', { path: file });
    if (!result.ok) throw new Error(result.error.message);
    opened = result.value;
  });
  afterAll(async () => {
    await host.close();
    tmp.remove();
  });

  const hello = (extra: object = {}) => JSON.stringify({ type: 'hello', session: opened.session, client: 'client-push-test', since: 0, ...extra });

  it('refuses a socket without the token, with a wrong one, from another origin or Host, or with the token in the address', async () => {
    const cookie = `frontstage-${host.port}=${host.token}`;
    expect(await outcome(rawSocket(host.port, {}))).toEqual({ status: 403 });
    expect(await outcome(rawSocket(host.port, { 'X-Frontstage-Token': `${host.token}x` }))).toEqual({ status: 403 });
    expect(await outcome(rawSocket(host.port, { Cookie: cookie, Origin: 'http://evil.example' }))).toEqual({ status: 403 });
    // A cookie alone must say where it comes from (a browser always does).
    expect(await outcome(rawSocket(host.port, { Cookie: cookie }))).toEqual({ status: 403 });
    expect(await outcome(rawSocket(host.port, { 'X-Frontstage-Token': host.token, Host: `evil.example:${host.port}` }))).toEqual({ status: 403 });
    expect(await outcome(rawSocket(host.port, {}, `/api/push?token=${host.token}`))).toEqual({ status: 403 });
    expect(await outcome(rawSocket(host.port, { 'X-Frontstage-Token': host.token }, '/api/elsewhere'))).toEqual({ status: 404 });
    // The page's own connection: cookie and its own origin.
    const page = await outcome(rawSocket(host.port, { Cookie: cookie, Origin: origin }), (ws) => {
      ws.send(hello());
      setTimeout(() => ws.close(1000), 50);
    });
    expect(page.code).toBe(1000);
    expect(JSON.parse(page.said!)).toEqual({ type: 'changes', changes: [] });
  });

  it('refuses oversized, malformed and unknown hellos with a message, and keeps serving', async () => {
    const auth = { 'X-Frontstage-Token': host.token };
    const big = await outcome(rawSocket(host.port, auth), (ws) => ws.send(hello({ padding: 'x'.repeat(64 * 1024) })));
    expect(big.code).toBe(1009);
    const garbage = await outcome(rawSocket(host.port, auth), (ws) => ws.send('{"type":"hello",'));
    expect(garbage.code).toBe(4400);
    expect(JSON.parse(garbage.said!)).toMatchObject({ type: 'refused', message: expect.stringMatching(/hello/) });
    const binary = await outcome(rawSocket(host.port, auth), (ws) => ws.send(Buffer.from([1, 2, 3])));
    expect(binary.code).toBe(4400);
    const wrongShape = await outcome(rawSocket(host.port, auth), (ws) => ws.send(hello({ since: -1 })));
    expect(wrongShape.code).toBe(4400);
    const unknown = await outcome(rawSocket(host.port, auth), (ws) => ws.send(hello({ session: 'nosuchsession' })));
    expect(unknown.code).toBe(4404);
    expect(JSON.parse(unknown.said!).message).toMatch(/no longer open/);
    const twice = await outcome(rawSocket(host.port, auth), (ws) => {
      ws.send(hello());
      ws.send(hello());
    });
    expect(twice.code).toBe(4400);
    const info = await post(host.port, host.token, 'host.info', {});
    expect(info.ok).toBe(true);
  });

  it('survives generated first messages: each is refused or taken as a hello, never a crash', async () => {
    const auth = { 'X-Frontstage-Token': host.token };
    const helloish = fc.record({ type: fc.constantFrom('hello', 'Hello', 'submit'), session: fc.oneof(fc.constant(opened.session), fc.string()), client: fc.string(), since: fc.oneof(fc.integer(), fc.double(), fc.string()) }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), fc.json(), helloish.map((h) => JSON.stringify(h))), async (message) => {
        const end = await outcome(rawSocket(host.port, auth), (ws) => {
          ws.send(message);
          setTimeout(() => ws.close(1000), 30);
        });
        expect([1000, 1009, 4400, 4404]).toContain(end.code);
      }),
      { numRuns: 60 },
    );
    expect((await post(host.port, host.token, 'host.info', {})).ok).toBe(true);
  });

  it('refuses unknown commands, bad arguments and edits of another session over HTTP with a message', async () => {
    let seq = 0;
    const submit = (edit: unknown, extra: object = {}) =>
      post(host.port, host.token, 'workshop.submit', { session: opened.session, client: 'client-http-test', seq: ++seq, edit, ...extra });
    const unknown = await submit({ kind: 'command', command: 'workshop.delete-everything', args: {} });
    expect(unknown).toEqual({ ok: false, error: { code: 'bad-request', message: 'There is no command "workshop.delete-everything".' } });
    const bad = await submit({ kind: 'command', command: 'card.move', args: { cardId: 'card1', laneId: 'lane0', stepId: 'x', index: 'first' } });
    expect(bad.ok || bad.error.message).toMatch(/^Move card was refused: index .*expected number, received string\.$/);
    const extra = await submit({ kind: 'command', command: 'card.delete', args: { cardIds: ['card1'], also: 'everything' } });
    expect(extra.ok || extra.error.code).toBe('bad-request');
    const noSession = await submit({ kind: 'command', command: 'card.delete', args: { cardIds: ['card1'] } }, { session: 'nosuchsession' });
    expect(noSession.ok || noSession.error.code).toBe('not-found');
    const huge = await submit({ kind: 'revert', label: 'undo', patches: Array.from({ length: 50_001 }, () => ({ op: 'remove', path: ['cards', 'card1'] })) });
    expect(huge.ok || huge.error.message).toMatch(/edit\.patches/);
    const now = await post<OpenedWorkshop>(host.port, host.token, 'workshop.open', { path: file });
    expect(now.ok && now.value.doc.cards.card1).toBeTruthy();
  });

  it('catches a client up after its connection dropped, applying nothing twice, and sends a snapshot when it is too far behind', async () => {
    const a = new NetClient({ port: host.port, token: host.token, opened, name: 'client-reconnect-a' });
    const b = new NetClient({ port: host.port, token: host.token, opened, name: 'client-reconnect-b' });
    try {
      await Promise.all([a.ready(), b.ready()]);
      const { laneId, stepId } = opened.doc.cards.card2!;
      a.kill();
      for (let i = 0; i < 5; i++) b.dispatch(updateCard, { cardId: 'card3', fields: { title: `From B ${i}` } });
      // A goes on editing while its push connection is down: its submits still reach the host.
      a.dispatch(addCard, { id: 'offline-1', laneId, stepId, fields: { title: 'Written offline' } });
      a.dispatch(addCard, { id: 'offline-2', laneId, stepId, fields: { title: 'Also offline' } });
      await b.sync.idle();
      // The host committed A's cards, but A cannot put them in order before B's changes arrive:
      // they stay pending, so its status cannot say Saved.
      await expect.poll(() => a.sync.replica.waitingForGap).toBe(true);
      expect(a.sync.pending).toBe(2);
      expect(a.sync.view.cards.card3!.title).toBe(opened.doc.cards.card3!.title);
      await a.restore();
      await a.sync.idle();
      const now = await post<OpenedWorkshop>(host.port, host.token, 'workshop.open', { path: file });
      if (!now.ok) throw new Error(now.error.message);
      await expect.poll(() => a.sync.replica.seq).toBe(now.value.seq);
      expect(canonical(a.sync.view)).toBe(canonical(now.value.doc));
      expect(Object.keys(now.value.doc.cards).filter((id) => id.startsWith('offline-'))).toEqual(['offline-1', 'offline-2']);

      // Far behind: more changes than the host keeps, then a snapshot instead of the list.
      a.kill();
      for (let i = 0; i <= KEPT_CHANGES; i++) b.dispatch(updateCard, { cardId: 'card4', fields: { title: `Busy ${i}` } });
      await b.sync.idle();
      let snapshot = false;
      await a.restore();
      a.socket!.once('message', (data) => (snapshot = JSON.parse(data.toString()).type === 'snapshot'));
      await expect.poll(() => a.sync.replica.seq, { timeout: 10_000 }).toBe(b.sync.replica.seq);
      expect(snapshot).toBe(true);
      expect(a.sync.view.cards.card4!.title).toBe(`Busy ${KEPT_CHANGES}`);
      expect(a.refusals).toEqual([]);
    } finally {
      a.close();
      b.close();
    }
  });
});
