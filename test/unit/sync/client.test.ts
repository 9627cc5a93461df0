import { describe, expect, it } from 'vitest';
import { run, updateCard, type Command } from '../../../shared/commands';
import type { Result } from '../../../shared/api/contract';
import type { WorkshopDoc } from '../../../shared/model';
import { commandById } from '../../../shared/sync/edits';
import { SyncClient } from '../../../shared/sync/client';
import type { Change, Edit } from '../../../shared/sync/protocol';
import { richDoc } from '../commands/fixture';

type Request = { client: string; seq: number; edit: Edit };

/** A host reduced to its rule: run each command once per (client, seq), in arrival order. */
function host(start: WorkshopDoc, answer?: (request: Request) => Result<{ change: Change }> | null) {
  let doc = start;
  let seq = 0;
  const seen = new Map<string, Change>();
  const requests: Request[] = [];
  const submit = async (request: Request): Promise<Result<{ change: Change }>> => {
    requests.push(request);
    const forced = answer?.(request);
    if (forced) return forced;
    const key = `${request.client}#${request.seq}`;
    if (seen.has(key)) return { ok: true, value: { change: seen.get(key)! } };
    if (request.edit.kind !== 'command') throw new Error('reverts are not part of these tests');
    const applied = run(doc, commandById(request.edit.command)!, request.edit.args);
    doc = applied.doc;
    const change = { seq: ++seq, client: request.client, clientSeq: request.seq, at: 0, patches: applied.patches };
    seen.set(key, change);
    return { ok: true, value: { change } };
  };
  return { submit, requests, get doc() { return doc; } };
}

function client(submit: (r: Request) => Promise<Result<{ change: Change }>>, start: WorkshopDoc) {
  const refusals: string[] = [];
  const sync = new SyncClient('tab-a', start, 0, submit, { changed: () => {}, refused: (_e, m) => refusals.push(m), status: () => {}, lost: () => {} });
  const edit = <A>(command: Command<A>, args: A) => {
    const applied = run(sync.view, command, args);
    sync.edit({ kind: 'command', command: command.id, args }, command.label, applied.doc, applied.patches);
  };
  return { sync, edit, refusals };
}

describe('the sync client', () => {
  it('sends edits one at a time, in order, and is idle once the host confirmed them all', async () => {
    const start = richDoc();
    const server = host(start);
    const { sync, edit } = client(server.submit, start);
    edit(updateCard, { cardId: 'card1', fields: { title: 'One' } });
    edit(updateCard, { cardId: 'card1', fields: { title: 'Two' } });
    expect(sync.pending).toBe(2);
    await sync.idle();
    expect(server.requests.map((r) => r.seq)).toEqual([1, 2]);
    expect(sync.view).toEqual(server.doc);
    expect(sync.replica.seq).toBe(2);
  });

  it('drops a refused edit with the host’s reason and goes on with the next', async () => {
    const start = richDoc();
    const server = host(start, (r) => (r.seq === 1 ? { ok: false, error: { code: 'bad-request', message: 'there is no card "card1".' } } : null));
    const { sync, edit, refusals } = client(server.submit, start);
    edit(updateCard, { cardId: 'card1', fields: { title: 'Refused' } });
    edit(updateCard, { cardId: 'card2', fields: { title: 'Kept' } });
    await sync.idle();
    expect(refusals).toEqual(['there is no card "card1".']);
    expect(sync.view.cards.card1!.title).toBe(start.cards.card1!.title);
    expect(sync.view.cards.card2!.title).toBe('Kept');
    expect(sync.view).toEqual(server.doc);
  });

  it('keeps an edit it could not deliver, says it is offline, and sends it again with the same number', async () => {
    const start = richDoc();
    let down = true;
    const server = host(start, () => (down ? { ok: false, error: { code: 'offline', message: 'Lost contact' } } : null));
    const { sync, edit, refusals } = client(server.submit, start);
    edit(updateCard, { cardId: 'card1', fields: { title: 'Waiting' } });
    await expect.poll(() => sync.offline).toBe(true);
    expect(sync.pending).toBe(1);
    expect(sync.view.cards.card1!.title).toBe('Waiting');
    down = false;
    sync.retryNow();
    await sync.idle();
    expect(sync.offline).toBe(false);
    expect(refusals).toEqual([]);
    expect(server.requests.map((r) => r.seq)).toEqual([1, 1]);
    expect(server.doc.cards.card1!.title).toBe('Waiting');
  });
});
