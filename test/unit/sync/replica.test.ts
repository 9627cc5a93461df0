import { describe, expect, it } from 'vitest';
import { addCard, deleteCards, run, updateCard, type Command } from '../../../shared/commands';
import type { WorkshopDoc } from '../../../shared/model';
import type { Change, Edit } from '../../../shared/sync/protocol';
import { Replica } from '../../../shared/sync/replica';
import { cell, richDoc } from '../commands/fixture';

/** The host's side, reduced to what the replica sees: commands run in arrival order, numbered. */
function host(doc: WorkshopDoc) {
  let seq = 0;
  return {
    get doc() {
      return doc;
    },
    run<A>(client: string, clientSeq: number, command: Command<A>, args: A): Change {
      const applied = run(doc, command, args);
      doc = applied.doc;
      return { seq: ++seq, client, clientSeq, at: 0, patches: applied.patches };
    },
  };
}

/** What a client does on dispatch: run on its view, then hand it to the replica. */
function local<A>(replica: Replica, command: Command<A>, args: A) {
  const applied = run(replica.view, command, args);
  const edit: Edit = { kind: 'command', command: command.id, args };
  return replica.local(edit, command.label, applied.doc, applied.patches);
}

describe('a client replica', () => {
  it('confirms its own edit without running it again when nothing came in between', () => {
    const start = richDoc();
    const server = host(start);
    const a = new Replica('tab-a', start, 0);
    const mine = local(a, updateCard, { cardId: 'card2', fields: { title: 'Mine' } });
    const shown = a.view;
    const change = server.run('tab-a', mine.clientSeq, updateCard, { cardId: 'card2', fields: { title: 'Mine' } });
    const outcome = a.receive([change]);
    expect(outcome).toEqual({ viewChanged: false, confirmed: [mine], diverged: false });
    expect(a.confirmed).toBe(shown);
    expect(a.pending).toEqual([]);
  });

  it('rebases pending edits on what others did first, and ends equal to the host', () => {
    const start = richDoc();
    const server = host(start);
    const a = new Replica('tab-a', start, 0);
    const b = new Replica('tab-b', start, 0);
    const { laneId, stepId } = start.cards.card2!;
    const before = cell(start, laneId, stepId);
    // Both add a card at the end of the same cell; B's reaches the host first.
    const mine = local(a, addCard, { id: 'from-a', laneId, stepId, fields: { title: 'A' } });
    local(b, addCard, { id: 'from-b', laneId, stepId, fields: { title: 'B' } });
    const first = server.run('tab-b', 1, addCard, { id: 'from-b', laneId, stepId, fields: { title: 'B' } });
    expect(a.receive([first]).viewChanged).toBe(true);
    // A shows B's card, with its own still pending after it.
    expect(cell(a.view, laneId, stepId)).toEqual([...before, 'from-b', 'from-a']);
    const second = server.run('tab-a', mine.clientSeq, addCard, { id: 'from-a', laneId, stepId, fields: { title: 'A' } });
    a.receive([second]);
    b.receive([second, first]);
    expect(a.pending).toEqual([]);
    expect(b.pending).toEqual([]);
    expect(a.view).toEqual(server.doc);
    expect(b.view).toEqual(server.doc);
  });

  it('applies changes in seq order whatever order they arrive in, and each once', () => {
    const start = richDoc();
    const server = host(start);
    const c1 = server.run('other', 1, updateCard, { cardId: 'card1', fields: { title: 'One' } });
    const c2 = server.run('other', 2, updateCard, { cardId: 'card1', fields: { title: 'Two' } });
    const a = new Replica('tab-a', start, 0);
    expect(a.receive([c2]).viewChanged).toBe(false);
    expect(a.waitingForGap).toBe(true);
    a.receive([c1, c1, c2]);
    expect(a.seq).toBe(2);
    expect(a.view.cards.card1!.title).toBe('Two');
    expect(a.waitingForGap).toBe(false);
  });

  it('drops an edit the host refused, and shows what the host has', () => {
    const start = richDoc();
    const server = host(start);
    const a = new Replica('tab-a', start, 0);
    const doomed = local(a, updateCard, { cardId: 'card5', fields: { title: 'Too late' } });
    const kept = local(a, updateCard, { cardId: 'card6', fields: { title: 'Kept' } });
    // Someone else deletes card5 first: A stops showing its edit of it at once.
    const deletion = server.run('tab-b', 1, deleteCards, { cardIds: ['card5'] });
    a.receive([deletion]);
    expect(a.view.cards.card5).toBeUndefined();
    expect(a.view.cards.card6!.title).toBe('Kept');
    const { refused } = a.refuse(doomed.clientSeq);
    expect(refused).toBe(doomed);
    a.receive([server.run('tab-a', kept.clientSeq, updateCard, { cardId: 'card6', fields: { title: 'Kept' } })]);
    expect(a.pending).toEqual([]);
    expect(a.view).toEqual(server.doc);
  });

  it('starts over from a snapshot, keeping unanswered edits on top and dropping ones the snapshot holds', () => {
    const start = richDoc();
    const server = host(start);
    const a = new Replica('tab-a', start, 0);
    const done = local(a, updateCard, { cardId: 'card1', fields: { title: 'In the snapshot' } });
    const waiting = local(a, updateCard, { cardId: 'card2', fields: { title: 'Not sent yet' } });
    server.run('tab-b', 1, updateCard, { cardId: 'card3', fields: { title: 'Elsewhere' } });
    const mine = server.run('tab-a', done.clientSeq, updateCard, { cardId: 'card1', fields: { title: 'In the snapshot' } });
    a.receive([mine]); // arrives ahead of the change before it, which the connection lost
    a.reset(server.doc, mine.seq);
    expect(a.pending).toEqual([waiting]);
    expect(a.view.cards.card1!.title).toBe('In the snapshot');
    expect(a.view.cards.card2!.title).toBe('Not sent yet');
    expect(a.view.cards.card3!.title).toBe('Elsewhere');
  });

  it('says when the host’s patches do not apply: the client has diverged', () => {
    const start = richDoc();
    const a = new Replica('tab-a', start, 0);
    const bad: Change = { seq: 1, client: 'x', clientSeq: 1, at: 0, patches: [{ op: 'replace', path: ['cards', 'nope', 'title'], value: 'x' }] };
    expect(a.receive([bad]).diverged).toBe(true);
  });
});
