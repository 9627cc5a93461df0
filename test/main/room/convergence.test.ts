// The room's convergence property (issue 13): the facilitator and several participants edit at
// once with random commands and random delays, participants through the room's own server.
// Participants try everything, including what their role forbids (others' cards, structure,
// someone else's dots); the host refuses that with a message. At the end every page shows the
// host's document, the saved file has it too, every edit was committed once or refused, and no
// committed participant edit wrote anything but cards, dots and comments.
import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../../main/serve';
import { readWorkshop, writeWorkshopFile } from '../../../main/workshop';
import { addCard, addVoteRound } from '../../../shared/commands';
import type { OpenedWorkshop } from '../../../shared/api/contract';
import type { Change } from '../../../shared/sync/protocol';
import { MAKERS } from '../../unit/commands/arbitrary';
import { richDoc } from '../../unit/commands/fixture';
import { tempDir } from '../host/harness';
import { canonical, NetClient, post } from '../sync/netClient';
import { participant, type Participant } from './roomClient';
import { openRoom, startRoomHost } from './roomHost';
import { sleep, until } from '../waiting';

/** A participant's own card (the page's Add card): the one kind of MAKERS' edits that names its author. */
const OWN_CARD = MAKERS.length;
const stepArb = fc.record({
  kind: fc.oneof({ weight: 3, arbitrary: fc.nat({ max: MAKERS.length - 1 }) }, { weight: 1, arbitrary: fc.constant(OWN_CARD) }),
  picks: fc.array(fc.nat({ max: 1_000 }), { minLength: 8, maxLength: 8 }),
  delay: fc.oneof(fc.constant(0), fc.nat({ max: 12 })),
});

describe('a room: the facilitator and participants editing at once', () => {
  const tmp = tempDir();
  let host: RunningHost;
  let run = 0;

  beforeAll(async () => {
    host = await startRoomHost(join(tmp.dir, 'working'));
  });
  afterAll(async () => {
    await host.close();
    tmp.remove();
  });

  it('converges, loses nothing, and keeps every participant within their role', async () => {
    // Over all runs: participants' edits the host took, and those it refused (the property must exercise both).
    const totals = { committed: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(stepArb, { maxLength: 16 }), { minLength: 2, maxLength: 4 }), async (plans) => {
        const file = join(tmp.dir, `room${++run}.frontstage`);
        writeWorkshopFile(file, richDoc());
        const { opened, at } = await openRoom(host, file);
        const session = opened.session;
        const changes: Change[] = [];
        const facilitator = new NetClient({ port: host.port, token: host.token, opened, name: `facilitator-${run}`, onChange: (c) => changes.push(c) });
        const people: Participant[] = [];
        try {
          await facilitator.ready();
          // A round open, so dots are part of the mix.
          const blueprintId = Object.keys(facilitator.sync.view.blueprints)[0]!;
          facilitator.dispatch(addVoteRound, { id: `round-${run}`, blueprintId, name: 'Pains', dotsPerPerson: 3, open: true });
          await facilitator.sync.idle();
          for (let i = 1; i < plans.length; i++) people.push(await participant(at, `Person ${i}`, `participant-${run}-${i}`, undefined, `127.0.3.${i}`));
          const clients = [facilitator, ...people.map((p) => p.client)];
          const sent = plans.map(() => 0);
          let ids = 0;
          await Promise.all(plans.map(async (plan, i) => {
            const client = clients[i]!;
            for (const step of plan) {
              if (step.delay) await sleep(step.delay);
              let k = 0;
              const pick = (n: number) => step.picks[k++ % step.picks.length]! % n;
              const id = () => `r${run}c${i}n${ids++}`;
              const view = client.sync.view;
              if (step.kind === OWN_CARD) {
                const lanes = Object.keys(view.lanes);
                const lane = lanes[pick(lanes.length)];
                const steps = Object.values(view.steps).filter((s) => lane && view.stages[s.stageId]?.blueprintId === view.lanes[lane]!.blueprintId);
                if (!lane || !steps.length) continue;
                if (client.dispatch(addCard, { id: id(), laneId: lane, stepId: steps[pick(steps.length)]!.id, fields: { title: 'Mine' }, createdBy: i === 0 ? null : people[i - 1]!.participantId })) sent[i]!++;
                continue;
              }
              const move = MAKERS[step.kind]!(view, pick, id);
              if (move && client.dispatch(move[0], move[1] as never)) sent[i]!++;
            }
          }));
          await Promise.all(clients.map((c) => c.sync.idle()));
          const now = await post<OpenedWorkshop>(host.port, host.token, 'workshop.open', { path: file });
          if (!now.ok) throw new Error(now.error.message);
          await until(() => clients.every((c) => c.sync.replica.seq === now.value.seq && !c.sync.replica.waitingForGap), () => `every page to catch up: ${clients.map((c) => c.sync.replica.seq).join(', ')} of ${now.value.seq}`);
          const hostDoc = canonical(now.value.doc);
          for (const client of clients) {
            expect(client.sync.pending).toBe(0);
            expect(canonical(client.sync.view)).toBe(hostDoc);
          }
          const authored = (client: NetClient) => changes.filter((c) => c.client === client.sync.replica.client).length;
          // The facilitator's round, made before the plans ran, is one more of theirs.
          clients.forEach((client, i) => expect(authored(client) + client.refusals.length).toBe(sent[i]! + (i === 0 ? 1 : 0)));
          const participantClients = new Set(people.map((p) => p.client.sync.replica.client));
          totals.committed += changes.filter((c) => participantClients.has(c.client)).length;
          totals.refused += people.reduce((n, p) => n + p.client.refusals.length, 0);
          for (const change of changes.filter((c) => participantClients.has(c.client))) {
            for (const patch of change.patches) expect(['cards', 'votes', 'comments']).toContain(patch.path[0]);
          }
          await post(host.port, host.token, 'room.close', { session });
          const saved = await post(host.port, host.token, 'workshop.close', { session });
          expect(saved.ok).toBe(true);
          expect(canonical(readWorkshop(file).doc)).toBe(hostDoc);
        } finally {
          facilitator.close();
          for (const p of people) p.client.close();
        }
      }),
      { numRuns: 10 },
    );
    expect(totals.committed).toBeGreaterThan(0);
    expect(totals.refused).toBeGreaterThan(0);
  }, 180_000);
});
