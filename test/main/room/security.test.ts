// Participant tokens and roles against a real room: whatever a participant's device sends by
// hand, it cannot exceed its role, act as someone else, or reach the facilitator's host.
import { join as joinPath } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../../main/serve';
import { readWorkshop, writeWorkshopFile } from '../../../main/workshop';
import { ROOM_LIMITS } from '../../../main/room/limits';
import type { OpenedWorkshop, Result } from '../../../shared/api/contract';
import type { RoomState } from '../../../shared/room/state';
import type { Edit } from '../../../shared/sync/protocol';
import { richDoc } from '../../unit/commands/fixture';
import { requireBuild, tempDir } from '../host/harness';
import { post } from '../sync/netClient';
import { join, participant, roomAt, roomRequest, submitRaw, type Participant, type RoomAt } from './roomClient';
import { startRoomHost } from './roomHost';
import { sleep, until } from '../waiting';

const command = (name: string, args: unknown): Edit => ({ kind: 'command', command: name, args });
const revert = (patches: unknown[]): Edit => ({ kind: 'revert', label: 'undo “Add dot”', patches } as Edit);
const refusal = (reply: { status: number; body: Result<unknown> }) => (reply.body.ok ? null : { status: reply.status, code: reply.body.error.code, message: reply.body.error.message });

describe('a room: participant tokens and roles', () => {
  const tmp = tempDir();
  const file = joinPath(tmp.dir, 'room.frontstage');
  let host: RunningHost;
  let session: string;
  let room: RoomAt;
  let ana: Participant;
  let seq = 100;
  const facilitator = (name: string, body: Record<string, unknown>) => post<unknown>(host.port, host.token, name, { session, ...body });
  /** The host's document: opening an open file answers the session's own. */
  const hostDoc = async () => {
    const opened = await post<OpenedWorkshop>(host.port, host.token, 'workshop.open', { path: file });
    if (!opened.ok) throw new Error(opened.error.message);
    return opened.value.doc;
  };

  beforeAll(async () => {
    requireBuild();
    writeWorkshopFile(file, richDoc());
    host = await startRoomHost(joinPath(tmp.dir, 'working'));
    const opened = await post<OpenedWorkshop>(host.port, host.token, 'workshop.open', { path: file });
    if (!opened.ok) throw new Error(opened.error.message);
    session = opened.value.session;
    const state = await facilitator('room.open', { address: '127.0.0.1' });
    if (!state.ok) throw new Error(state.error.message);
    const url = (state.value as RoomState).join!.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/join\/[A-HJKMNP-Z2-9]{6}$/);
    room = roomAt(url);
    ana = await participant(room, 'ana ', 'ana-phone-1');
  });
  afterAll(async () => {
    ana?.client.close();
    await host?.close();
    tmp.remove();
  });

  it('joins people as the participant of their name, or adds them; the page never learns where the file is', async () => {
    expect(ana.participantId).toBe('p1');
    expect(ana.room.me).toEqual({ participantId: 'p1', name: 'Ana', role: 'participant' });
    expect(ana.opened.status.path).toBe('room.frontstage');
    const zoe = await join(room, 'Zoë');
    expect(zoe.reply.body.ok).toBe(true);
    expect(zoe.cookie).toMatch(/^frontstage-room-\d+=[A-Za-z0-9_-]{43}$/);
    expect(zoe.reply.headers['set-cookie']?.[0]).toMatch(/; Path=\/; HttpOnly; SameSite=Strict$/);
    await until(() => Object.values(ana.client.sync.view.participants).some((p) => p.name === 'Zoë'), 'Zoë in the workshop');
  });

  it('lets a participant add a card as themselves and edit it, never someone else’s card', async () => {
    const add = await submitRaw(room, ana.cookie, { session, client: 'ana-raw-1', seq: ++seq, edit: command('card.add', { id: 'ana-card', laneId: 'lane0', stepId: 'step0-0', fields: { title: 'Queue at the till' }, createdBy: 'p1' }) });
    expect(add.body.ok).toBe(true);
    expect((await submitRaw(room, ana.cookie, { session, client: 'ana-raw-1', seq: ++seq, edit: command('card.update', { cardId: 'ana-card', fields: { title: 'Long queue' } }) })).body.ok).toBe(true);
    const theirs = await submitRaw(room, ana.cookie, { session, client: 'ana-raw-1', seq: ++seq, edit: command('card.update', { cardId: 'card1', fields: { title: 'Mine now' } }) });
    expect(refusal(theirs)).toMatchObject({ status: 403, code: 'forbidden', message: expect.stringMatching(/^You can change only the cards you added; “.+” is someone else's\.$/) });
    const forged = await submitRaw(room, ana.cookie, { session, client: 'ana-raw-1', seq: ++seq, edit: command('card.add', { id: 'forged', laneId: 'lane0', stepId: 'step0-0', createdBy: 'p2' }) });
    expect(refusal(forged)?.message).toBe('A card you add must be yours: add it as yourself.');
    const lane = await submitRaw(room, ana.cookie, { session, client: 'ana-raw-1', seq: ++seq, edit: command('lane.rename', { laneId: 'lane0', name: 'x' }) });
    expect(refusal(lane)?.message).toMatch(/everything else is for the facilitator/);
  });

  it('keeps dots within the round’s budget, however the request is made', async () => {
    // Ana has 2 of 3 dots in round r1.
    expect((await submitRaw(room, ana.cookie, { session, client: 'ana-raw-1', seq: ++seq, edit: command('vote.cast', { id: 'va1', roundId: 'r1', participantId: 'p1', cardId: 'card2' }) })).body.ok).toBe(true);
    const fourth = await submitRaw(room, ana.cookie, { session, client: 'ana-raw-1', seq: ++seq, edit: command('vote.cast', { id: 'va2', roundId: 'r1', participantId: 'p1', cardId: 'card4' }) });
    expect(refusal(fourth)?.message).toMatch(/has used all 3 dots/);
    // Hand-made: an "undo" that writes 9 dots on her vote, one that adds a vote, one that votes as Ben.
    const nine = await submitRaw(room, ana.cookie, { session, client: 'ana-raw-1', seq: ++seq, edit: revert([{ op: 'replace', path: ['votes', 'v1', 'dots'], value: 9 }]) });
    expect(refusal(nine)).toEqual({ status: 403, code: 'forbidden', message: 'Could not undo “Add dot”: you have used all 3 of your dots in “Pain”.' });
    const extra = await submitRaw(room, ana.cookie, { session, client: 'ana-raw-1', seq: ++seq, edit: revert([{ op: 'add', path: ['votes', 'vx'], value: { id: 'vx', roundId: 'r1', participantId: 'p1', cardId: 'card5', dots: 1 } }]) });
    expect(refusal(extra)?.message).toMatch(/used all 3 of your dots/);
    const asBen = await submitRaw(room, ana.cookie, { session, client: 'ana-raw-1', seq: ++seq, edit: command('vote.remove', { roundId: 'r1', participantId: 'p2', cardId: 'card1' }) });
    expect(refusal(asBen)?.message).toBe('You can add and take back only your own dots.');
    expect(Object.values((await hostDoc()).votes).filter((v) => v.participantId === 'p1').reduce((n, v) => n + v.dots, 0)).toBe(3);
  });

  it('refuses votes in a closed round, and undos that touch someone else’s records', async () => {
    expect((await facilitator('workshop.submit', { client: 'facilitator-1', seq: 1, edit: command('vote.open', { roundId: 'r1', open: false }) })).ok).toBe(true);
    const closed = await submitRaw(room, ana.cookie, { session, client: 'ana-raw-1', seq: ++seq, edit: command('vote.remove', { roundId: 'r1', participantId: 'p1', cardId: 'card2' }) });
    expect(refusal(closed)?.message).toMatch(/closed/);
    const crafted = await submitRaw(room, ana.cookie, { session, client: 'ana-raw-1', seq: ++seq, edit: revert([{ op: 'remove', path: ['votes', 'va1'] }]) });
    expect(refusal(crafted)?.message).toBe('Could not undo “Add dot”: voting in “Pain” is closed.');
    const others = await submitRaw(room, ana.cookie, { session, client: 'ana-raw-1', seq: ++seq, edit: revert([{ op: 'replace', path: ['cards', 'card1', 'title'], value: 'Taken back' }]) });
    expect(refusal(others)?.message).toMatch(/^Could not undo “Add dot”: you can change only the cards you added/);
    const comment = await submitRaw(room, ana.cookie, { session, client: 'ana-raw-1', seq: ++seq, edit: revert([{ op: 'remove', path: ['comments', 'c1'] }]) });
    expect(refusal(comment)?.message).toMatch(/only as yourself, and change only your own comments/);
    expect((await facilitator('workshop.submit', { client: 'facilitator-1', seq: 2, edit: command('vote.open', { roundId: 'r1', open: true }) })).ok).toBe(true);
  });

  it('never lets one device answer or undo as another', async () => {
    const zoe = await join(room, 'Zoë');
    const stolen = await submitRaw(room, zoe.cookie, { session, client: 'ana-raw-1', seq: ++seq, edit: command('comment.add', { id: 'cz', cardId: 'card1', author: 'Zoë', text: 'hi', createdAt: 1 }) });
    expect(refusal(stolen)).toMatchObject({ status: 403, message: 'This names a window or device of someone else.' });
    const asFacilitator = await submitRaw(room, zoe.cookie, { session, client: 'facilitator-1', seq: 99, edit: command('comment.add', { id: 'cz', cardId: 'card1', author: 'Zoë', text: 'hi', createdAt: 1 }) });
    expect(refusal(asFacilitator)?.status).toBe(403);
    // The facilitator's own window is untouched by the attempt.
    expect((await facilitator('workshop.submit', { client: 'facilitator-1', seq: 3, edit: command('workshop.update', { fields: { notes: 'still mine' } }) })).ok).toBe(true);
  });

  it('stops a removed participant’s token, closes their pages and keeps them out', async () => {
    const zoe = await participant(room, 'Zoë', 'zoe-phone');
    const zoeId = zoe.participantId;
    expect((await facilitator('room.remove', { participantId: zoeId })).ok).toBe(true);
    await until(() => zoe.client.closed !== null, 'Zoë’s page to be closed');
    expect(zoe.client.closed).toEqual({ code: 4403, reason: 'The facilitator removed you from this room.' });
    const after = await submitRaw(room, zoe.cookie, { session, client: 'zoe-phone', seq: 1, edit: command('card.add', { id: 'z1', laneId: 'lane0', stepId: 'step0-0', createdBy: zoeId }) });
    expect(refusal(after)).toMatchObject({ status: 403, code: 'forbidden', message: expect.stringMatching(/not in this room/) });
    expect((await roomRequest(room, { path: '/room/api/room.state', body: {}, cookie: zoe.cookie })).status).toBe(403);
    const again = await join(room, 'zoë');
    expect(refusal(again.reply)?.message).toBe('The facilitator removed you from this room.');
    zoe.client.close();
  });

  it('locks the board for participants, and makes a viewer of someone', async () => {
    await facilitator('room.lock', { locked: true });
    const locked = await submitRaw(room, ana.cookie, { session, client: 'ana-raw-1', seq: ++seq, edit: command('card.update', { cardId: 'ana-card', fields: { title: 'x' } }) });
    expect(refusal(locked)?.message).toMatch(/^The facilitator has locked the board/);
    await until(() => ana.client.room?.locked === true, 'Ana’s page to hear of the lock');
    await facilitator('room.lock', { locked: false });
    await facilitator('room.role', { participantId: 'p1', role: 'viewer' });
    const viewing = await submitRaw(room, ana.cookie, { session, client: 'ana-raw-1', seq: ++seq, edit: command('card.update', { cardId: 'ana-card', fields: { title: 'x' } }) });
    expect(refusal(viewing)?.message).toMatch(/viewer/);
    await facilitator('room.role', { participantId: 'p1', role: 'participant' });
    await until(() => ana.client.room?.me?.role === 'participant', 'Ana to take part again');
  });

  it('limits the rate of edits, the size of requests, and serves nothing of the facilitator’s host', async () => {
    const replies = await Promise.all(Array.from({ length: ROOM_LIMITS.editBurst + 10 }, () => roomRequest(room, { path: '/room/api/workshop.presence', body: { session, client: 'ana-raw-1', editing: null }, cookie: ana.cookie })));
    const slowed = replies.filter((r) => r.status === 503);
    expect(slowed.length).toBeGreaterThan(0);
    expect(slowed[0]!.headers['retry-after']).toBe('1');
    expect(refusal(slowed[0] as never)?.message).toMatch(/faster than the room takes them/);
    await sleep(1500);
    const big = await roomRequest(room, { path: '/room/api/workshop.submit', raw: JSON.stringify({ pad: 'x'.repeat(ROOM_LIMITS.bodyBytes) }), cookie: ana.cookie });
    expect(big.status).toBe(413);
    for (const path of ['/api/workshop.open', '/api/push', `/?token=${host.token}`, '/index.html', '/room/../renderer/index.html', '/room/%2e%2e/cli.cjs']) {
      const reply = await roomRequest(room, { path, ...(path.startsWith('/api/') ? { body: { path: file } } : {}), cookie: ana.cookie });
      expect(reply.status === 404 || (path.startsWith('/?') && typeof reply.body === 'string' && !reply.body.includes('app.js')), path).toBe(true);
    }
    expect((await roomRequest(room, { path: '/room/api/room.state', body: {} })).status).toBe(403);
    expect((await roomRequest(room, { path: '/room/api/room.state', body: {}, cookie: ana.cookie, headers: { Host: `evil.example:${room.port}` } })).status).toBe(403);
    expect((await roomRequest(room, { path: '/room/api/room.state', body: {}, cookie: ana.cookie, headers: { Origin: 'http://evil.example' } })).status).toBe(403);
    const page = await roomRequest(room, { path: `/join/${room.code}` });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'; script-src 'self'/);
  });

  it('refuses wrong join codes, and a device that keeps guessing is stopped even with the right code', async () => {
    const from = '127.0.0.2';
    const wrong = room.code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    const first = await roomRequest(room, { path: `/join/${wrong}`, from });
    expect(first.status).toBe(404);
    for (let i = 1; i < ROOM_LIMITS.wrongCodes; i++) expect((await join(room, 'Guesser', wrong, from)).reply.status).toBe(404);
    const right = await join(room, 'Guesser', room.code, from);
    expect(right.reply.status).toBe(429);
    expect(refusal(right.reply)?.message).toMatch(/^Too many wrong join codes from this device; wait a minute/);
    // Someone else in the room is not held up by the guesser.
    expect((await join(room, 'Ben', room.code, '127.0.0.3')).reply.body.ok).toBe(true);
  });

  it('has a limit of people, said in a sentence', async () => {
    let full: string | null = null;
    for (let i = 0; i < ROOM_LIMITS.participants + 2 && !full; i++) {
      const reply = (await join(room, `Guest ${i}`, room.code, `127.0.1.${1 + Math.floor(i / 15)}`)).reply;
      if (!reply.body.ok) full = reply.body.error.message;
    }
    expect(full).toBe(`The room is full (${ROOM_LIMITS.participants} people); ask the facilitator.`);
  });

  it('ends: every page is told, every token stops working', async () => {
    expect((await facilitator('room.close', {})).ok).toBe(true);
    await until(() => ana.client.closed !== null, 'Ana’s page to be closed');
    expect(ana.client.closed?.code).toBe(4410);
    expect((await submitRaw(room, ana.cookie, { session, client: 'ana-raw-1', seq: ++seq, edit: command('card.update', { cardId: 'ana-card', fields: { title: 'x' } }) }).catch(() => ({ status: 0, body: { ok: false } }))).status).not.toBe(200);
    // Everything the participants did is in the file.
    await post(host.port, host.token, 'workshop.save', { session });
    expect(readWorkshop(file).doc.cards['ana-card']).toMatchObject({ title: 'Long queue', createdBy: 'p1' });
  });
});

