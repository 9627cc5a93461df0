// Issue 13 item 5: the host's app restarting. A participant's device keeps its page (and its
// cookie) while the facilitator's Frontstage stops and starts again; the room comes back on
// the same port with the same code, the page reconnects, gets what it missed, sends what waited,
// and nothing is applied twice.
import { join as joinPath } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../../main/serve';
import { readWorkshop, writeWorkshopFile } from '../../../main/workshop';
import { addCard } from '../../../shared/commands';
import type { OpenedWorkshop } from '../../../shared/api/contract';
import type { RoomState } from '../../../shared/room/state';
import { richDoc } from '../../unit/commands/fixture';
import { requireBuild, tempDir } from '../host/harness';
import { canonical, post } from '../sync/netClient';
import { participant, roomAt, type Participant } from './roomClient';
import { openRoom, startRoomHost } from './roomHost';
import { sleep } from '../waiting';

describe('a room across a restart of the host', () => {
  const tmp = tempDir();
  const file = joinPath(tmp.dir, 'room.frontstage');
  const workDir = joinPath(tmp.dir, 'working');
  let host: RunningHost | null = null;
  let ana: Participant | null = null;

  /** The host as `frontstage serve FILE --room` starts it: the workshop open, the room on. */
  async function start(): Promise<{ session: string; room: RoomState }> {
    host = await startRoomHost(workDir);
    const { opened, room } = await openRoom(host, file);
    return { session: opened.session, room };
  }

  afterAll(async () => {
    ana?.client.close();
    await host?.close();
    tmp.remove();
  });

  it('comes back on the same address and code; the page resyncs, and what it sent meanwhile arrives once', async () => {
    requireBuild();
    writeWorkshopFile(file, richDoc());
    const first = await start();
    const at = roomAt(first.room.join!.url);
    ana = await participant(at, 'Ana', 'ana-phone');
    const { client } = ana;
    const [laneId, stepId] = [Object.keys(client.sync.view.lanes)[0]!, Object.keys(client.sync.view.steps)[0]!];
    expect(client.dispatch(addCard, { id: 'c-before', laneId, stepId, fields: { title: 'Before the restart' }, createdBy: ana.participantId })).toBe(true);
    await client.sync.idle();

    // The facilitator's Frontstage quits (its Wi-Fi-side socket goes with it) ...
    client.kill();
    await host!.close();
    host = null;
    // ... while the participant adds a card: it waits on the phone.
    expect(client.dispatch(addCard, { id: 'c-during', laneId, stepId, fields: { title: 'While the host was away' }, createdBy: ana.participantId })).toBe(true);
    await sleep(300);
    expect(client.sync.pending).toBeGreaterThan(0);

    const second = await start();
    expect(second.room.join).toEqual(first.room.join);
    expect(second.session).not.toBe(first.session);
    await client.restore();
    client.sync.retryNow();
    await client.sync.idle();

    const now = await post<OpenedWorkshop>(host!.port, host!.token, 'workshop.open', { path: file });
    if (!now.ok) throw new Error(now.error.message);
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline && canonical(client.sync.view) !== canonical(now.value.doc)) await sleep(20);
    expect(canonical(client.sync.view)).toBe(canonical(now.value.doc));
    expect(client.refusals).toEqual([]);
    await host!.close();
    host = null;
    const titles = Object.values(readWorkshop(file).doc.cards).map((c) => c.title);
    expect(titles.filter((t) => t === 'Before the restart')).toHaveLength(1);
    expect(titles.filter((t) => t === 'While the host was away')).toHaveLength(1);
  }, 60_000);
});
