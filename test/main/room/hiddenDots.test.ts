// A round that hides dots until it closes, in a real room: no participant's device receives
// anyone else's dots of it (not in the opened workshop, not in a push), each keeps their own,
// and closing the round brings everyone's dots to every device, which then holds the host's
// document exactly.
import { join as joinPath } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../../main/serve';
import { writeWorkshopFile } from '../../../main/workshop';
import type { OpenedWorkshop, Result } from '../../../shared/api/contract';
import { castDot } from '../../../shared/commands';
import type { Edit } from '../../../shared/sync/protocol';
import { richDoc } from '../../unit/commands/fixture';
import { requireBuild, tempDir } from '../host/harness';
import { canonical, post } from '../sync/netClient';
import { participant, roomRequest, type Participant, type RoomAt } from './roomClient';
import { openRoom, startRoomHost } from './roomHost';
import { until } from '../waiting';

const command = (name: string, args: unknown): Edit => ({ kind: 'command', command: name, args });

describe('a room: dots hidden until the round closes', () => {
  const tmp = tempDir();
  const file = joinPath(tmp.dir, 'hidden.frontstage');
  let host: RunningHost;
  let session: string;
  let room: RoomAt;
  let ana: Participant;
  let ben: Participant;
  let seq = 0;
  /** Everything Ana's device received on its push connection. */
  const anaHeard: string[] = [];
  const facilitator = async (name: string, args: unknown) => {
    const done = await post<unknown>(host.port, host.token, 'workshop.submit', { session, client: 'facilitator-hidden', seq: ++seq, edit: command(name, args) });
    if (!done.ok) throw new Error(done.error.message);
  };
  const hostNow = async () => {
    const opened = await post<OpenedWorkshop>(host.port, host.token, 'workshop.open', { path: file });
    if (!opened.ok) throw new Error(opened.error.message);
    return opened.value;
  };
  /** Once both devices' own edits are answered: until both hold the host's last change. */
  const caughtUp = async () => {
    await Promise.all([ana, ben].map((p) => p.client.sync.idle()));
    const now = await hostNow();
    await until(() => [ana, ben].every((p) => p.client.sync.replica.seq === now.seq && p.client.sync.pending === 0),
      () => `both devices at the host's change ${now.seq}: ${[ana, ben].map((p) => `${p.participantId} at ${p.client.sync.replica.seq}, ${p.client.sync.pending} pending, refused: ${p.client.refusals.join('; ') || 'none'}`).join(' / ')}`);
    return now.doc;
  };
  const voteIds = (p: Participant) => Object.keys(p.client.sync.view.votes).filter((id) => id.startsWith('vh-')).sort();

  beforeAll(async () => {
    requireBuild();
    writeWorkshopFile(file, richDoc());
    host = await startRoomHost(joinPath(tmp.dir, 'working'));
    const opened = await openRoom(host, file);
    session = opened.opened.session;
    room = opened.at;
    await facilitator('vote.close', { roundId: 'r1', now: 2_000 });
    await facilitator('vote.start', { id: 'rh', blueprintId: 'bp1', question: 'Which to fix first?', dotsPerPerson: 3, eligible: { scope: 'all', laneIds: [], kinds: [], cardIds: [] }, hidden: true, now: 3_000 });
    ana = await participant(room, 'Ana', 'ana-hidden', (change) => void anaHeard.push(JSON.stringify(change)), '127.0.3.1');
    ben = await participant(room, 'Ben', 'ben-hidden', undefined, '127.0.3.2');
  });
  afterAll(async () => {
    ana?.client.close();
    ben?.client.close();
    await host?.close();
    tmp.remove();
  });

  it('keeps each person\'s dots on their own device while the round is open', async () => {
    expect(ana.client.dispatch(castDot, { id: 'vh-ana', roundId: 'rh', participantId: ana.participantId, cardId: 'card1' })).toBe(true);
    expect(ben.client.dispatch(castDot, { id: 'vh-ben', roundId: 'rh', participantId: ben.participantId, cardId: 'card2' })).toBe(true);
    expect(ben.client.dispatch(castDot, { id: 'vh-ben', roundId: 'rh', participantId: ben.participantId, cardId: 'card2' })).toBe(true);
    const doc = await caughtUp();
    expect(Object.keys(doc.votes).filter((id) => id.startsWith('vh-')).sort()).toEqual(['vh-ana', 'vh-ben']);
    expect(doc.votes['vh-ben']?.dots).toBe(2);
    expect(voteIds(ana)).toEqual(['vh-ana']);
    expect(voteIds(ben)).toEqual(['vh-ben']);
    expect(anaHeard.join('\n')).not.toContain('vh-ben');
    // The closed round's dots are no secret: both have them.
    expect(ana.client.sync.view.votes.v2).toEqual(doc.votes.v2);
    // A page opened now gets the same: the workshop without Ben's dots.
    const state = await roomRequest<Result<{ opened: OpenedWorkshop }>>(room, { path: '/room/api/room.state', body: {}, cookie: ana.cookie });
    if (!state.body.ok) throw new Error(state.body.error.message);
    expect(Object.keys(state.body.value.opened.doc.votes).filter((id) => id.startsWith('vh-'))).toEqual(['vh-ana']);
  });

  it('brings every dot to every device when the round closes, and hides them again if it reopens', async () => {
    await facilitator('vote.close', { roundId: 'rh', now: 4_000 });
    const closed = await caughtUp();
    for (const p of [ana, ben]) {
      expect(voteIds(p)).toEqual(['vh-ana', 'vh-ben']);
      expect(canonical(p.client.sync.view)).toBe(canonical(closed));
    }
    await facilitator('vote.open', { roundId: 'rh', open: true });
    await caughtUp();
    expect(voteIds(ana)).toEqual(['vh-ana']);
    expect(voteIds(ben)).toEqual(['vh-ben']);
  });
});
