// N clients edit one workshop at once over the real browser host (HTTP submits, WebSocket
// pushes) with random commands and random delays; at the end every client shows exactly the
// host's document, and so does the file the host saved.
import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../../main/serve';
import { readWorkshop, writeWorkshopFile } from '../../../main/workshop';
import type { OpenedWorkshop } from '../../../shared/api/contract';
import type { WorkshopDoc } from '../../../shared/model';
import { MAKERS } from '../../unit/commands/arbitrary';
import { richDoc } from '../../unit/commands/fixture';
import { root, tempDir } from '../host/harness';
import { canonical, NetClient, post } from './netClient';
import { sleep, until } from '../waiting';

const UNDO = MAKERS.length;
const stepArb = fc.record({
  kind: fc.oneof({ weight: 9, arbitrary: fc.nat({ max: MAKERS.length - 1 }) }, { weight: 1, arbitrary: fc.constant(UNDO) }),
  picks: fc.array(fc.nat({ max: 1_000 }), { minLength: 8, maxLength: 8 }),
  delay: fc.oneof(fc.constant(0), fc.nat({ max: 12 })),
});

describe('many clients editing one workshop', () => {
  const tmp = tempDir();
  let host: RunningHost;
  let run = 0;

  beforeAll(async () => {
    host = await startHost({ staticDir: join(root, 'dist', 'renderer'), workDir: join(tmp.dir, 'working'), version: 'test', log: () => {} });
  });
  afterAll(async () => {
    await host.close();
    tmp.remove();
  });

  it('converges: every client, the host and the saved file end with the same document, and no edit is lost', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(stepArb, { maxLength: 20 }), { minLength: 2, maxLength: 5 }), async (plans) => {
        const file = join(tmp.dir, `run${++run}.frontstage`);
        writeWorkshopFile(file, richDoc());
        const opened = await post<OpenedWorkshop>(host.port, host.token, 'workshop.open', { path: file });
        if (!opened.ok) throw new Error(opened.error.message);
        const authored = new Map<string, number>();
        const clients = plans.map((_, i) => new NetClient({
          port: host.port, token: host.token, opened: opened.value, name: `client-${run}-${i}`,
          onChange: i === 0 ? (change) => authored.set(change.client, (authored.get(change.client) ?? 0) + 1) : undefined,
        }));
        try {
          await Promise.all(clients.map((c) => c.ready()));
          const sent = plans.map(() => 0);
          let ids = 0;
          await Promise.all(plans.map(async (plan, i) => {
            const client = clients[i]!;
            for (const step of plan) {
              if (step.delay) await sleep(step.delay);
              if (step.kind === UNDO) {
                if (client.undo()) sent[i]!++;
                continue;
              }
              let k = 0;
              const move = MAKERS[step.kind]!(client.sync.view, (n) => step.picks[k++ % step.picks.length]! % n, () => `r${run}c${i}n${ids++}`);
              if (move && client.dispatch(move[0], move[1] as never)) sent[i]!++;
            }
          }));
          await Promise.all(clients.map((c) => c.sync.idle()));
          // Opening the file again answers the host's own document and its last change number.
          const now = await post<OpenedWorkshop>(host.port, host.token, 'workshop.open', { path: file });
          if (!now.ok) throw new Error(now.error.message);
          await until(() => clients.every((c) => c.sync.replica.seq === now.value.seq && !c.sync.replica.waitingForGap), 'every client to catch up');
          const hostDoc = canonical(now.value.doc);
          for (const client of clients) {
            expect(client.sync.pending).toBe(0);
            expect(canonical(client.sync.view)).toBe(hostDoc);
          }
          // Nothing lost: each edit a client made was committed once or refused with a message.
          clients.forEach((client, i) => expect((authored.get(client.sync.replica.client) ?? 0) + client.refusals.length).toBe(sent[i]));
          const saved = await post(host.port, host.token, 'workshop.close', { session: opened.value.session });
          expect(saved.ok).toBe(true);
          expect(canonical(readWorkshop(file).doc)).toBe(hostDoc);
        } finally {
          for (const c of clients) c.close();
        }
      }),
      { numRuns: 15 },
    );
  });
});

