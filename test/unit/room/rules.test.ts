// What each role may do, judged on what an edit does to the host's document (shared/room/rules.ts).
import type { Patch } from 'immer';
import { describe, expect, it } from 'vitest';
import { addCard, addComment, castDot, deleteCards, moveCard, removeDot, renameLane, resolveThread, run, setVoteRoundOpen, updateCard, type Command } from '../../../shared/commands';
import type { WorkshopDoc } from '../../../shared/model';
import { refusalFor } from '../../../shared/room/rules';
import type { Actor } from '../../../shared/room/roles';
import { applyPatchesTo } from '../../../shared/sync/edits';
import { richDoc } from '../commands/fixture';

const ana: Actor = { role: 'participant', participantId: 'p1', name: 'Ana' };
const viewer: Actor = { role: 'viewer', participantId: 'p1', name: 'Ana' };

/** Ana owns card0 and card5 (nobody else's dots, comments or lines on card5). */
function room(): WorkshopDoc {
  const next = structuredClone(richDoc()) as WorkshopDoc;
  for (const id of ['card0', 'card5', 'card3']) next.cards[id]!.createdBy = 'p1';
  next.blueprints.bp1!.presentationOrder = ['card1', 'card7'];
  for (const c of Object.values(next.connectors)) if ([c.from, c.to].includes('card5')) delete next.connectors[c.id];
  for (const c of Object.values(next.cards)) if (c.touchpoint) c.touchpoint.rootCauses = c.touchpoint.rootCauses.filter((r) => r !== 'card5');
  return next;
}

function judge<A>(actor: Actor, doc: WorkshopDoc, command: Command<A>, args: A): string | null {
  const done = run(doc, command, args);
  return refusalFor(actor, { kind: 'command', command: command.id, args }, doc, done.doc, done.patches);
}
function judgeRevert(actor: Actor, doc: WorkshopDoc, patches: Patch[]): string | null {
  return refusalFor(actor, { kind: 'revert', label: 'undo “x”', patches }, doc, applyPatchesTo(doc, patches), patches);
}

describe('a participant in the room', () => {
  const doc = room();

  it('adds cards as themselves, in any lane and step, and nobody else', () => {
    expect(judge(ana, doc, addCard, { id: 'n1', laneId: 'lane2', stepId: 'step1-0', fields: { title: 'Queue' }, createdBy: 'p1' })).toBeNull();
    expect(judge(ana, doc, addCard, { id: 'n2', laneId: 'lane0', stepId: 'step0-0', createdBy: 'p2' })).toMatch(/must be yours/);
    expect(judge(ana, doc, addCard, { id: 'n3', laneId: 'lane0', stepId: 'step0-0' })).toMatch(/must be yours/);
  });

  it('may renumber the other cards of a cell it adds to, and nothing else of them', () => {
    let crowded = structuredClone(doc) as WorkshopDoc;
    const cellCards = Object.values(crowded.cards).filter((c) => c.laneId === 'lane0' && c.stepId === 'step0-0');
    cellCards.forEach((c, i) => (crowded.cards[c.id]!.position = i * 1e-12));
    crowded = structuredClone(crowded);
    const done = run(crowded, addCard, { id: 'n4', laneId: 'lane0', stepId: 'step0-0', index: 1, createdBy: 'p1' });
    expect(done.patches.some((p) => p.path[0] === 'cards' && p.path[1] !== 'n4')).toBe(true);
    expect(refusalFor(ana, { kind: 'command', command: 'card.add', args: {} }, crowded, done.doc, done.patches)).toBeNull();
  });

  it('edits, moves and deletes its own cards, never someone else’s', () => {
    expect(judge(ana, doc, updateCard, { cardId: 'card0', fields: { title: 'Mine' } })).toBeNull();
    expect(judge(ana, doc, moveCard, { cardId: 'card0', laneId: 'lane1', stepId: 'step0-1', index: 0 })).toBeNull();
    expect(judge(ana, doc, deleteCards, { cardIds: ['card5'] })).toBeNull();
    expect(judge(ana, doc, updateCard, { cardId: 'card1', fields: { title: 'Not mine' } })).toMatch(/only the cards you added/);
    expect(judge(ana, doc, deleteCards, { cardIds: ['card1'] })).toMatch(/only the cards you added/);
  });

  it('cannot delete its own card once others voted on it, commented on it or linked it', () => {
    // card3 is Ana's, with Ana's own dots and Ben's comment on it.
    expect(judge(ana, doc, deleteCards, { cardIds: ['card3'] })).toBe('Only the facilitator can delete a card that others have voted on, commented on or linked to.');
  });

  it('adds and takes back only its own dots, within the budget of an open round', () => {
    expect(judge(ana, doc, castDot, { id: 'v9', roundId: 'r1', participantId: 'p1', cardId: 'card2' })).toBeNull();
    expect(judge(ana, doc, removeDot, { roundId: 'r1', participantId: 'p1', cardId: 'card3' })).toBeNull();
    expect(judge(ana, doc, castDot, { id: 'v9', roundId: 'r1', participantId: 'p2', cardId: 'card2' })).toMatch(/only your own dots/);
    expect(judge(ana, doc, removeDot, { roundId: 'r1', participantId: 'p2', cardId: 'card1' })).toMatch(/only your own dots/);
  });

  it('refuses a hand-made undo that would go over the budget, vote in a closed round or give dots to someone else', () => {
    expect(judgeRevert(ana, doc, [{ op: 'replace', path: ['votes', 'v1', 'dots'], value: 9 }])).toBe('You have used all 3 of your dots in “Pain”.');
    const closed = run(doc, setVoteRoundOpen, { roundId: 'r1', open: false }).doc;
    expect(judgeRevert(ana, closed, [{ op: 'replace', path: ['votes', 'v1', 'dots'], value: 1 }])).toMatch(/closed/);
    expect(judgeRevert(ana, doc, [{ op: 'add', path: ['votes', 'v8'], value: { id: 'v8', roundId: 'r1', participantId: 'p2', cardId: 'card2', dots: 1 } }])).toMatch(/only your own dots/);
    expect(judgeRevert(ana, doc, [{ op: 'replace', path: ['votes', 'v1', 'participantId'], value: 'p2' }])).toMatch(/only your own dots/);
  });

  it('comments and replies only as itself, and leaves resolving to the facilitator', () => {
    expect(judge(ana, doc, addComment, { id: 'c9', cardId: 'card1', authorId: 'p1', author: 'Ana', text: 'Agreed', createdAt: 5 })).toBeNull();
    expect(judge(ana, doc, addComment, { id: 'c9', cardId: 'card1', authorId: 'p2', text: 'Forged', createdAt: 5 })).toMatch(/only as yourself/);
    expect(judge(ana, doc, addComment, { id: 'c9', cardId: 'card1', authorId: 'p1', author: 'Ben', text: 'Forged', createdAt: 5 })).toMatch(/only as yourself/);
    expect(judge(ana, doc, addComment, { id: 'c9', cardId: 'card1', author: 'Facilitator', authorId: null, text: 'Forged', createdAt: 5 })).toMatch(/only as yourself/);
    expect(judge(ana, doc, resolveThread, { commentId: 'c1' })).toMatch(/everything else is for the facilitator/);
    expect(judgeRevert(ana, doc, [{ op: 'replace', path: ['comments', 'c1', 'resolved'], value: true }])).toMatch(/only as yourself/);
    // A reply to Ben's resolved thread opens it again: that much of his comment may change.
    const resolved = run(doc, resolveThread, { commentId: 'c1' }).doc;
    expect(judge(ana, resolved, addComment, { id: 'c9', cardId: 'card3', authorId: 'p1', author: 'Ana', text: 'Still slow', createdAt: 5, parentId: 'c1' })).toBeNull();
    expect(judgeRevert(ana, resolved, [{ op: 'replace', path: ['comments', 'c1', 'resolved'], value: false }])).toMatch(/only as yourself/);
  });

  it('puts dots only on cards that are part of the vote, however the edit is made', () => {
    const some = structuredClone(doc) as WorkshopDoc;
    some.voteRounds.r1!.eligible = { scope: 'cards', laneIds: [], kinds: [], cardIds: ['card1'] };
    expect(judge(ana, some, castDot, { id: 'v9', roundId: 'r1', participantId: 'p1', cardId: 'card1' })).toBeNull();
    expect(judgeRevert(ana, some, [{ op: 'add', path: ['votes', 'v9'], value: { id: 'v9', roundId: 'r1', participantId: 'p1', cardId: 'card2', dots: 1 } }])).toMatch(/not part of this vote/);
  });

  it('refuses the facilitator’s commands, and undos that touch anything else', () => {
    expect(judge(ana, doc, renameLane, { laneId: 'lane0', name: 'Mine now' })).toMatch(/everything else is for the facilitator/);
    expect(judgeRevert(ana, doc, [{ op: 'replace', path: ['cards', 'card1', 'title'], value: 'x' }])).toMatch(/only the cards you added/);
    expect(judgeRevert(ana, doc, [{ op: 'replace', path: ['cards', 'card0', 'createdBy'], value: 'p2' }])).toMatch(/only the cards you added/);
    expect(judgeRevert(ana, doc, [{ op: 'replace', path: ['lanes', 'lane0', 'name'], value: 'x' }])).toMatch(/for the facilitator/);
    expect(judgeRevert(ana, doc, [{ op: 'replace', path: ['workshop', 'title'], value: 'x' }])).toMatch(/for the facilitator/);
    expect(refusalFor(ana, { kind: 'revert', label: 'x', patches: [] }, doc, doc, [{ op: 'replace', path: ['cards'], value: {} }])).toMatch(/for the facilitator/);
  });
});

describe('a viewer and the facilitator', () => {
  const doc = room();
  it('a viewer changes nothing, the facilitator anything', () => {
    expect(judge(viewer, doc, updateCard, { cardId: 'card0', fields: { title: 'x' } })).toMatch(/viewer/);
    expect(judge({ role: 'facilitator' }, doc, renameLane, { laneId: 'lane0', name: 'x' })).toBeNull();
  });
});
