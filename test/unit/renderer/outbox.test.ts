import { describe, expect, it } from 'vitest';
import type { Patch } from 'immer';
import { Outbox } from '../../../renderer/state/outbox';
import type { SaveStatus } from '../../../shared/api/contract';

const status: SaveStatus = { path: '/w.frontstage', dirty: true, savedAt: null, readOnly: false, conflictCopy: null };
const patch = (n: number): Patch[] => [{ op: 'replace', path: ['workshop', 'title'], value: `t${n}` }];
const tick = () => new Promise((r) => setTimeout(r, 1));

/** An app that answers after a delay, refusing the revisions listed in `refuse`. */
function app(refuse: number[] = []) {
  const seen: { title: unknown; revision: number }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const send = async (patches: Patch[], revision: number) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await tick();
    inFlight--;
    seen.push({ title: patches[0]!.value, revision });
    if (refuse.includes(revision)) return { ok: false as const, error: { code: 'bad-request' as const, message: `revision ${revision} refused` } };
    return { ok: true as const, value: { revision: revision + 1, status } };
  };
  return { send, seen, maxInFlight: () => maxInFlight };
}

describe('outbox to the app', () => {
  it('sends edits one at a time, in order, each on the revision the last one returned', async () => {
    const host = app();
    const events: string[] = [];
    const outbox = new Outbox<string>(host.send, { confirmed: (_, idle) => events.push(idle ? 'idle' : 'busy'), rejected: () => events.push('rejected') }, 7, 'doc0');
    for (let n = 1; n <= 4; n++) outbox.push(patch(n), `doc${n}`);
    expect(outbox.pending).toBe(4);
    await outbox.idle();
    expect(host.seen).toEqual([{ title: 't1', revision: 7 }, { title: 't2', revision: 8 }, { title: 't3', revision: 9 }, { title: 't4', revision: 10 }]);
    expect(host.maxInFlight()).toBe(1);
    expect(events).toEqual(['busy', 'busy', 'busy', 'idle']);
    expect(outbox.pending).toBe(0);
  });

  it('on a refusal, drops what was queued after it and hands back the last confirmed document', async () => {
    const host = app([1]);
    const rejected: [string, string][] = [];
    const outbox = new Outbox<string>(host.send, { confirmed: () => {}, rejected: (m, d) => rejected.push([m, d]) }, 0, 'doc0');
    outbox.push(patch(1), 'doc1');
    outbox.push(patch(2), 'doc2');
    outbox.push(patch(3), 'doc3');
    await outbox.idle();
    expect(host.seen.map((s) => s.title)).toEqual(['t1', 't2']);
    expect(rejected).toEqual([['revision 1 refused', 'doc1']]);
    expect(outbox.pending).toBe(0);
  });

  it('treats a transport failure as a refusal', async () => {
    const rejected: string[] = [];
    const outbox = new Outbox<string>(async () => { throw new Error('host went away'); }, { confirmed: () => {}, rejected: (m) => rejected.push(m) }, 0, 'doc0');
    outbox.push(patch(1), 'doc1');
    await outbox.idle();
    expect(rejected).toEqual(['host went away']);
  });

  it('sends nothing more once stopped', async () => {
    const host = app();
    const outbox = new Outbox<string>(host.send, { confirmed: () => {}, rejected: () => {} }, 0, 'doc0');
    outbox.push(patch(1), 'doc1');
    outbox.stop();
    outbox.push(patch(2), 'doc2');
    await outbox.idle();
    expect(host.seen.map((s) => s.title)).toEqual(['t2']);
  });
});
