import { describe, expect, it } from 'vitest';
import {
  addComment, addTimerMinute, agenda, cardToNote, castDot, closeVote, createHistory, deleteCards, deleteComment,
  finishAgendaItem, noteToCard, pauseTimer, record, removeDot, reopenThread, resetTimer, resolveThread, run,
  startAgendaItem, startTimer, startVote, undo, votesToIdeas, votesToImportance, setTimeBox, setTouchpoint,
} from '../../../shared/commands';
import { threadsOfCard, openThreadCounts } from '../../../shared/facilitation/comments';
import { departmentsOf } from '../../../shared/facilitation/departments';
import { formatClock, timerRemaining, timerState } from '../../../shared/facilitation/timer';
import { isEligible, standings } from '../../../shared/facilitation/votes';
import type { WorkshopDoc } from '../../../shared/model';
import { apply, cell, richDoc } from './fixture';

const ALL = { scope: 'all' as const, laneIds: [], kinds: [], cardIds: [] };

function voting(overrides: Partial<Parameters<typeof startVote.recipe>[1]> = {}): WorkshopDoc {
  return apply(richDoc(), startVote, { id: 'r2', blueprintId: 'bp1', question: 'What hurts most?', dotsPerPerson: 2, eligible: ALL, hidden: false, now: 5_000, ...overrides });
}

describe('dot voting', () => {
  it('starts a round that closes the open one, with its question and times', () => {
    const doc = voting();
    expect(doc.voteRounds.r2).toMatchObject({ open: true, question: 'What hurts most?', openedAt: 5_000, closedAt: null, name: 'Round 2', dotsPerPerson: 2 });
    expect(doc.voteRounds.r1).toMatchObject({ open: false, closedAt: 5_000 });
    const closed = apply(doc, closeVote, { roundId: 'r2', now: 9_000 });
    expect(closed.voteRounds.r2).toMatchObject({ open: false, closedAt: 9_000 });
    expect(() => run(closed, closeVote, { roundId: 'r2', now: 9_500 })).toThrow(/already closed/);
  });

  it('adds a voter when the workshop lists nobody to vote as', () => {
    const doc = voting({ voter: { id: 'me', name: 'Facilitator', department: '' } });
    expect(doc.participants.me).toMatchObject({ name: 'Facilitator', position: 2 });
    // A voter who is already listed is not added twice.
    expect(voting({ voter: { id: 'p1', name: 'Someone else', department: '' } }).participants.p1!.name).toBe('Ana');
  });

  it('counts each voter against the budget and refuses closed rounds and cards outside the vote', () => {
    let doc = voting({ eligible: { scope: 'lanes', laneIds: ['lane1'], kinds: [], cardIds: [] } });
    doc = apply(doc, castDot, { id: 'd1', roundId: 'r2', participantId: 'p1', cardId: 'card1' });
    doc = apply(doc, castDot, { id: 'd2', roundId: 'r2', participantId: 'p1', cardId: 'card1' });
    expect(doc.votes.d1!.dots).toBe(2);
    expect(() => run(doc, castDot, { id: 'd3', roundId: 'r2', participantId: 'p1', cardId: 'card7' })).toThrow(/Ana has used all 2 dots/);
    expect(() => run(doc, castDot, { id: 'd3', roundId: 'r2', participantId: 'p2', cardId: 'card2' })).toThrow(/is not part of this vote/);
    doc = apply(doc, castDot, { id: 'd3', roundId: 'r2', participantId: 'p2', cardId: 'card7' });
    doc = apply(doc, removeDot, { roundId: 'r2', participantId: 'p1', cardId: 'card1' });
    expect(doc.votes.d1!.dots).toBe(1);
    expect(() => run(doc, removeDot, { roundId: 'r2', participantId: 'p2', cardId: 'card1' })).toThrow(/no dot to remove/);
    doc = apply(doc, closeVote, { roundId: 'r2', now: 6_000 });
    expect(() => run(doc, castDot, { id: 'd4', roundId: 'r2', participantId: 'p2', cardId: 'card1' })).toThrow(/closed/);
    expect(() => run(doc, removeDot, { roundId: 'r2', participantId: 'p1', cardId: 'card1' })).toThrow(/closed/);
  });

  it('refuses a vote on nothing: an empty choice, a lane of another blueprint, a kind no card has', () => {
    expect(() => voting({ eligible: { scope: 'cards', laneIds: [], kinds: [], cardIds: [] } })).toThrow(/at least one card/);
    expect(() => voting({ eligible: { scope: 'lanes', laneIds: ['bl0'], kinds: [], cardIds: [] } })).toThrow(/not in this blueprint/);
    expect(() => voting({ eligible: { scope: 'kinds', laneIds: [], kinds: ['question'], cardIds: [] } })).toThrow(/no card of this blueprint matches/);
    const picked = voting({ eligible: { scope: 'cards', laneIds: ['lane1'], kinds: [], cardIds: ['card2', 'card3'] } });
    // Only the list the scope names is kept.
    expect(picked.voteRounds.r2!.eligible).toEqual({ scope: 'cards', laneIds: [], kinds: [], cardIds: ['card2', 'card3'] });
    expect(isEligible(picked.voteRounds.r2!, picked.cards.card3!)).toBe(true);
    expect(isEligible(picked.voteRounds.r2!, picked.cards.card4!)).toBe(false);
  });

  it('ranks results by dots with shared ranks, in reading order, and a deleted card leaves the round', () => {
    let doc = voting({ dotsPerPerson: 3 });
    const dot = (id: string, participantId: string, cardId: string) => (doc = apply(doc, castDot, { id, roundId: 'r2', participantId, cardId }));
    dot('a', 'p1', 'card8'); dot('b', 'p1', 'card8'); dot('c', 'p1', 'card2');
    dot('d', 'p2', 'card2'); dot('e', 'p2', 'card1'); dot('f', 'p2', 'card1');
    expect(standings(doc, 'r2').map((s) => [s.cardId, s.dots, s.rank, s.voters])).toEqual([
      ['card1', 2, 1, 1], ['card2', 2, 1, 2], ['card8', 2, 1, 1],
    ]);
    expect(() => run(doc, castDot, { id: 'h', roundId: 'r2', participantId: 'p1', cardId: 'card3' })).toThrow(/used all 3/);
    doc = apply(doc, removeDot, { roundId: 'r2', participantId: 'p1', cardId: 'card8' });
    dot('g', 'p1', 'card3');
    doc = apply(doc, deleteCards, { cardIds: ['card2'] });
    expect(standings(doc, 'r2').map((s) => [s.cardId, s.dots, s.rank])).toEqual([['card1', 2, 1], ['card3', 1, 2], ['card8', 1, 2]]);
  });

  it('turns top results into idea cards below them and sets touchpoint importance from the dots', () => {
    let doc = voting({ dotsPerPerson: 5 });
    for (const [id, cardId] of [['a', 'card1'], ['b', 'card1'], ['c', 'card1'], ['d', 'card1'], ['e', 'card2']] as const) {
      doc = apply(doc, castDot, { id, roundId: 'r2', participantId: 'p1', cardId });
    }
    doc = apply(doc, closeVote, { roundId: 'r2', now: 7_000 });
    const ideas = apply(doc, votesToIdeas, { roundId: 'r2', picks: [{ cardId: 'card1', ideaId: 'i1' }, { cardId: 'card2', ideaId: 'i2' }] });
    expect(ideas.cards.i1).toMatchObject({ kind: 'idea', title: `Idea: ${doc.cards.card1!.title}`, description: '4 dots in “What hurts most?”.', laneId: 'lane1' });
    expect(cell(ideas, 'lane1', doc.cards.card1!.stepId).slice(0, 2)).toEqual(['card1', 'i1']);
    expect(() => run(doc, votesToIdeas, { roundId: 'r2', picks: [{ cardId: 'card9', ideaId: 'i3' }] })).toThrow(/got no dots/);

    const plain = apply(apply(doc, setTouchpoint, { cardId: 'card1', on: false }), setTouchpoint, { cardId: 'card2', on: false });
    expect(() => run(plain, votesToImportance, { roundId: 'r2' })).toThrow(/none of the cards/);
    const marked = apply(apply(doc, setTouchpoint, { cardId: 'card1', on: true }), setTouchpoint, { cardId: 'card2', on: true });
    const set = apply(marked, votesToImportance, { roundId: 'r2' });
    expect([set.cards.card1!.touchpoint!.importance, set.cards.card2!.touchpoint!.importance]).toEqual([5, 1]);
  });

  it('is undone in one step, round, voter and all', () => {
    const start = richDoc();
    const applied = run(start, startVote, { id: 'r2', blueprintId: 'bp1', question: 'Q', dotsPerPerson: 3, eligible: ALL, hidden: true, now: 1, voter: { id: 'me', name: 'Me', department: '' } });
    const history = record(createHistory(), applied, 1);
    expect(undo(history, applied.doc)!.doc).toEqual(start);
  });
});

describe('comments', () => {
  it('threads replies under a comment, names the author from the participants, resolves and reopens', () => {
    let doc = apply(richDoc(), addComment, { id: 'c2', cardId: 'card3', text: 'Why so slow?', createdAt: 10, authorId: 'p1' });
    expect(doc.comments.c2).toMatchObject({ author: 'Ana', authorId: 'p1', parentId: null, resolved: false });
    doc = apply(doc, addComment, { id: 'c3', cardId: 'card3', text: 'Peak hours', createdAt: 20, parentId: 'c2', author: 'Guest' });
    expect(threadsOfCard(doc, 'card3').map((t) => [t.root.id, t.replies.map((r) => r.id)])).toEqual([['c1', []], ['c2', ['c3']]]);
    doc = apply(doc, resolveThread, { commentId: 'c2' });
    expect(openThreadCounts(doc.comments).get('card3')).toBe(1);
    expect(() => run(doc, resolveThread, { commentId: 'c3' })).toThrow(/only a thread/);
    // A reply opens a resolved thread again.
    doc = apply(doc, addComment, { id: 'c4', cardId: 'card3', text: 'Still happening', createdAt: 30, parentId: 'c2' });
    expect(doc.comments.c2!.resolved).toBe(false);
    doc = apply(doc, resolveThread, { commentId: 'c2' });
    doc = apply(doc, reopenThread, { commentId: 'c2' });
    expect(doc.comments.c2!.resolved).toBe(false);
    expect(() => run(doc, addComment, { id: 'c5', cardId: 'card4', text: 'x', createdAt: 1, parentId: 'c2' })).toThrow(/same card/);
    expect(() => run(doc, addComment, { id: 'c5', cardId: 'card4', text: '  ', createdAt: 1 })).toThrow(/needs some text/);
    expect(() => run(doc, addComment, { id: 'c5', cardId: 'card4', text: 'x', createdAt: 1, authorId: 'ghost' })).toThrow(/no participant/);
    doc = apply(doc, deleteComment, { commentId: 'c2' });
    expect(Object.keys(doc.comments)).toEqual(['c1']);
  });
});

describe('timer and agenda', () => {
  it('counts from timestamps: start, pause, add a minute, reset', () => {
    let doc = apply(richDoc(), setTimeBox, { minutes: 5, now: 0 });
    expect(timerState(doc.workshop.timer)).toBe('idle');
    doc = apply(doc, startTimer, { now: 1_000 });
    expect(formatClock(timerRemaining(doc.workshop.timer, 61_000))).toBe('4:00');
    doc = apply(doc, addTimerMinute, {});
    expect(formatClock(timerRemaining(doc.workshop.timer, 61_000))).toBe('5:00');
    doc = apply(doc, pauseTimer, { now: 91_000 });
    expect(timerState(doc.workshop.timer)).toBe('paused');
    // Paused, the clock stands still however much later it is read.
    expect(formatClock(timerRemaining(doc.workshop.timer, 10_000_000))).toBe('4:30');
    expect(timerRemaining(apply(doc, startTimer, { now: 100_000 }).workshop.timer, 500_000)).toBe(-130);
    doc = apply(doc, resetTimer, {});
    expect(doc.workshop.timer).toMatchObject({ startedAt: null, elapsedSeconds: 0, durationSeconds: 360 });
    expect(formatClock(0.2)).toBe('0:01');
    expect(formatClock(-5)).toBe('0:00');
    expect(formatClock(90 * 60)).toBe('90:00');
  });

  it('starts an agenda item\'s time-box, finishes the previous with its actual time, and follows edits', () => {
    let doc = apply(richDoc(), agenda.add, { id: 'a2', fields: { title: 'Vote', minutes: 10 } });
    doc = apply(doc, startAgendaItem, { agendaItemId: 'a1', now: 1_000 });
    expect(doc.workshop.timer).toEqual({ label: 'Walk the journey', durationSeconds: 1800, elapsedSeconds: 0, startedAt: 1_000, agendaItemId: 'a1' });
    expect(doc.agenda.a1).toMatchObject({ startedAt: 1_000, done: false });
    doc = apply(doc, agenda.update, { id: 'a1', fields: { minutes: 40 } });
    expect(doc.workshop.timer.durationSeconds).toBe(2400);
    doc = apply(doc, startAgendaItem, { agendaItemId: 'a2', now: 2_101_000 });
    expect(doc.agenda.a1).toMatchObject({ done: true, endedAt: 2_101_000, actualSeconds: 2100 });
    expect(doc.workshop.timer).toMatchObject({ agendaItemId: 'a2', durationSeconds: 600, startedAt: 2_101_000, label: 'Vote' });
    // Going back to an item resumes from the time it already ran.
    doc = apply(doc, startAgendaItem, { agendaItemId: 'a1', now: 2_161_000 });
    expect(doc.agenda.a2).toMatchObject({ actualSeconds: 60, done: true });
    expect(doc.workshop.timer).toMatchObject({ elapsedSeconds: 2100, durationSeconds: 2400, agendaItemId: 'a1' });
    expect(doc.agenda.a1).toMatchObject({ done: false, endedAt: null, startedAt: 1_000 });
    doc = apply(doc, finishAgendaItem, { agendaItemId: 'a1', now: 2_221_000 });
    expect(doc.agenda.a1).toMatchObject({ done: true, actualSeconds: 2160, endedAt: 2_221_000 });
    expect(doc.workshop.timer).toMatchObject({ agendaItemId: null, startedAt: null, elapsedSeconds: 0 });
    doc = apply(doc, startAgendaItem, { agendaItemId: 'a2', now: 3_000_000 });
    doc = apply(doc, agenda.remove, { ids: ['a2'] });
    expect(doc.workshop.timer.agendaItemId).toBeNull();
  });
});

describe('parking lot', () => {
  it('turns a note into a card of the lane\'s kind and a card back into a note, both undoable', () => {
    let doc = apply(richDoc(), agenda.add, { id: 'x', fields: { title: 'unrelated' } });
    doc = apply(doc, noteToCard, { noteId: 'n1', cardId: 'k1', laneId: 'lane3', stepId: 'step0-0', index: 0 });
    expect(doc.parkingLot.n1).toBeUndefined();
    expect(doc.cards.k1).toMatchObject({ title: 'Ask legal', description: '', laneId: 'lane3', kind: doc.cards.card3!.kind });
    expect(cell(doc, 'lane3', 'step0-0')[0]).toBe('k1');
    doc = apply(doc, cardToNote, { cardId: 'card3', noteId: 'n2' });
    expect(doc.parkingLot.n2!.text).toBe([richDoc().cards.card3!.title, richDoc().cards.card3!.description].filter(Boolean).join('\n'));
    // card3's vote and comment went with it, as when a card is deleted.
    expect(doc.votes.v1).toBeUndefined();
    expect(doc.comments.c1).toBeUndefined();
    expect(() => run(doc, noteToCard, { noteId: 'n2', cardId: 'k2', laneId: 'lane3', stepId: 'bt0' })).toThrow(/different blueprints/);
    const multi = apply(richDoc(), noteToCard, { noteId: 'n1', cardId: 'k1', laneId: 'lane0', stepId: 'step0-0' });
    expect(multi.cards.k1!.kind).toBe('evidence');
  });
});

describe('departments', () => {
  it('colours participants\' departments in list order, then other owners, with spacing and case ignored', () => {
    const doc = structuredClone(richDoc());
    doc.participants.p3 = { id: 'p3', name: 'Cy', department: '  sales ', position: 2 };
    const departments = departmentsOf(doc);
    expect(departments.slice(0, 2).map((d) => [d.name, d.colour, d.participants])).toEqual([['Sales', 0, 2], ['IT', 1, 1]]);
    expect(departments.slice(2).map((d) => d.name)).toEqual([...departments.slice(2).map((d) => d.name)].sort((a, b) => a.localeCompare(b)));
  });
});
