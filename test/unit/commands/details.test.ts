import { describe, expect, it } from 'vitest';
import {
  addAsset, addComment, addQuote, addRootCause, addVoteRound, brandAttributes, castDot, deleteComment, deleteVoteRound,
  editComment, editQuote, participants, pauseTimer, removeAsset, removeDot, removeQuote, removeRootCause, resetTimer,
  run, segments, setExpressedAttribute, setProductRatings, setTouchpoint, setVoteRoundOpen, startTimer, agenda,
  updateBenchmark, updateTouchpoint, updateVoteRound, updateWorkshop, setConcept, parkingLot,
} from '../../../shared/commands';
import { sorted } from '../../../shared/model';
import { apply, richDoc } from './fixture';

describe('touchpoints', () => {
  it('marks and unmarks a card, and edits every touchpoint attribute', () => {
    let doc = apply(richDoc(), setTouchpoint, { cardId: 'card9', on: true });
    expect(doc.cards.card9!.touchpoint).toMatchObject({ strategy: 'none', importance: 3 });
    doc = apply(doc, updateTouchpoint, { cardId: 'card9', fields: { channel: 'app', importance: 5, sentiment: -2, expectation: 4, experience: 2, responses: ['affective'], strategy: 'benchmark' } });
    doc = apply(doc, updateBenchmark, { cardId: 'card9', fields: { standard: 'Answer in 1 minute', target: 4, current: 2, evidence: 'Regulars love speed' } });
    doc = apply(doc, setConcept, { cardId: 'card9', concept: 'Barista remembers your order' });
    doc = apply(doc, setExpressedAttribute, { cardId: 'card9', brandAttributeId: 'ba-warm', on: true });
    doc = apply(doc, addQuote, { cardId: 'card9', text: 'So quick!' });
    doc = apply(doc, addQuote, { cardId: 'card9', text: 'First', index: 0 });
    doc = apply(doc, editQuote, { cardId: 'card9', index: 1, text: 'So quick.' });
    doc = apply(doc, addRootCause, { cardId: 'card9', causeId: 'card15' });
    const tp = doc.cards.card9!.touchpoint!;
    expect(tp).toMatchObject({ channel: 'app', importance: 5, sentiment: -2, strategy: 'benchmark', quotes: ['First', 'So quick.'], rootCauses: ['card15'] });
    expect(tp.benchmark).toEqual({ standard: 'Answer in 1 minute', target: 4, current: 2, evidence: 'Regulars love speed' });
    expect(tp.differentiation).toEqual({ concept: 'Barista remembers your order', brandAttributes: ['ba-warm'] });
    doc = apply(doc, removeQuote, { cardId: 'card9', index: 0 });
    doc = apply(doc, removeRootCause, { cardId: 'card9', causeId: 'card15' });
    expect(doc.cards.card9!.touchpoint).toMatchObject({ quotes: ['So quick.'], rootCauses: [] });
    expect(apply(doc, setTouchpoint, { cardId: 'card9', on: false }).cards.card9!.touchpoint).toBeNull();
  });

  it('refuses edits that make no sense', () => {
    const doc = richDoc();
    expect(() => run(doc, updateTouchpoint, { cardId: 'card9', fields: { importance: 4 } })).toThrow(/not a touchpoint/);
    expect(() => run(doc, updateTouchpoint, { cardId: 'card1', fields: { importance: 9 } })).toThrow(/importance/);
    expect(() => run(doc, addRootCause, { cardId: 'card1', causeId: 'card1' })).toThrow(/its own root cause/);
    expect(() => run(doc, setExpressedAttribute, { cardId: 'card1', brandAttributeId: 'nope', on: true })).toThrow(/no brand attribute/);
    expect(() => run(doc, editQuote, { cardId: 'card1', index: 3, text: 'x' })).toThrow(/no quote 4/);
  });

  it('rates a product card and clears the ratings', () => {
    let doc = apply(richDoc(), setProductRatings, { cardId: 'card11', ratings: { useful: 5 } });
    expect(doc.cards.card11!.product).toEqual({ useful: 5, usable: 3, sensuous: 2 });
    doc = apply(doc, setProductRatings, { cardId: 'card9', ratings: { sensuous: 1 } });
    expect(doc.cards.card9!.product).toEqual({ useful: null, usable: null, sensuous: 1 });
    expect(apply(doc, setProductRatings, { cardId: 'card9', ratings: null }).cards.card9!.product).toBeNull();
  });
});

describe('workshop', () => {
  it('edits the details and refuses a malformed date', () => {
    const doc = apply(richDoc(), updateWorkshop, { fields: { title: 'Espresso', service: 'Capsules', date: '2026-11-22', facilitator: 'Mia' } });
    expect(doc.workshop).toMatchObject({ title: 'Espresso', date: '2026-11-22' });
    expect(() => run(doc, updateWorkshop, { fields: { date: '22/11/2026' } })).toThrow(/workshop\.date/);
  });

  it('keeps at most one best-customers segment', () => {
    let doc = apply(richDoc(), segments.update, { id: 's2', fields: { bestCustomers: true } });
    expect([doc.segments.s1!.bestCustomers, doc.segments.s2!.bestCustomers]).toEqual([false, true]);
    doc = apply(doc, segments.add, { id: 's3', fields: { name: 'Fans', bestCustomers: true } });
    expect(Object.values(doc.segments).filter((s) => s.bestCustomers).map((s) => s.id)).toEqual(['s3']);
    doc = apply(doc, segments.update, { id: 's3', fields: { bestCustomers: false } });
    expect(Object.values(doc.segments).some((s) => s.bestCustomers)).toBe(false);
  });

  it('removing a participant removes their votes; removing a brand attribute unlinks it', () => {
    let doc = apply(richDoc(), participants.remove, { ids: ['p1'] });
    expect(Object.values(doc.votes).map((v) => v.participantId)).toEqual(['p2']);
    doc = apply(doc, brandAttributes.remove, { ids: ['ba-warm'] });
    expect(doc.cards.card1!.touchpoint!.differentiation.brandAttributes).toEqual(['ba-crafted']);
  });

  it('keeps agenda items and parking-lot notes in order', () => {
    let doc = apply(richDoc(), agenda.add, { id: 'a0', index: 0, fields: { title: 'Welcome', minutes: 10 } });
    doc = apply(doc, agenda.add, { id: 'a2', fields: { title: 'Vote' } });
    doc = apply(doc, agenda.move, { id: 'a2', index: 1 });
    doc = apply(doc, agenda.update, { id: 'a1', fields: { done: true } });
    expect(sorted(Object.values(doc.agenda)).map((a) => `${a.title}${a.done ? ' ✓' : ''}`)).toEqual(['Welcome', 'Vote', 'Walk the journey ✓']);
    doc = apply(doc, parkingLot.add, { id: 'n2', fields: { text: 'Pricing?', author: 'Ben' } });
    expect(sorted(Object.values(doc.parkingLot)).map((n) => n.id)).toEqual(['n1', 'n2']);
  });
});

describe('facilitation', () => {
  it('counts dots against the round limit and refuses closed rounds', () => {
    let doc = richDoc();
    doc = apply(doc, castDot, { id: 'v3', roundId: 'r1', participantId: 'p1', cardId: 'card5' });
    expect(() => run(doc, castDot, { id: 'v4', roundId: 'r1', participantId: 'p1', cardId: 'card6' })).toThrow(/used all 3 dots/);
    doc = apply(doc, castDot, { id: 'v4', roundId: 'r1', participantId: 'p2', cardId: 'card1' });
    expect(doc.votes.v2!.dots).toBe(2);
    expect(doc.votes.v4).toBeUndefined();
    expect(() => run(doc, castDot, { id: 'v5', roundId: 'r1', participantId: 'p2', cardId: 'bc0' })).toThrow(/not in the blueprint/);
    expect(() => run(doc, updateVoteRound, { roundId: 'r1', fields: { dotsPerPerson: 2 } })).toThrow(/Ana has already cast more than 2/);
    doc = apply(doc, removeDot, { roundId: 'r1', participantId: 'p1', cardId: 'card5' });
    expect(doc.votes.v3).toBeUndefined();
    doc = apply(doc, setVoteRoundOpen, { roundId: 'r1', open: false });
    expect(() => run(doc, castDot, { id: 'v6', roundId: 'r1', participantId: 'p2', cardId: 'card2' })).toThrow(/closed/);
  });

  it('opens one round per blueprint at a time; deleting a round deletes its votes', () => {
    let doc = apply(richDoc(), addVoteRound, { id: 'r2', blueprintId: 'bp1', dotsPerPerson: 5 });
    expect([doc.voteRounds.r1!.open, doc.voteRounds.r2!.open]).toEqual([false, true]);
    expect(doc.voteRounds.r2!.name).toBe('Round 2');
    doc = apply(doc, deleteVoteRound, { roundId: 'r1' });
    expect(Object.keys(doc.votes)).toEqual([]);
  });

  it('adds, edits and deletes comments', () => {
    let doc = apply(richDoc(), addComment, { id: 'c2', cardId: 'card2', author: 'Ana', text: 'Why?', createdAt: 5 });
    doc = apply(doc, editComment, { commentId: 'c2', text: 'Why so slow?' });
    expect(doc.comments.c2!.text).toBe('Why so slow?');
    expect(apply(doc, deleteComment, { commentId: 'c2' }).comments.c2).toBeUndefined();
  });

  it('runs the timer from the times it is given', () => {
    let doc = apply(richDoc(), startTimer, { now: 10_000 });
    doc = apply(doc, pauseTimer, { now: 70_500 });
    expect(doc.workshop.timer).toMatchObject({ startedAt: null, elapsedSeconds: 60.5 });
    doc = apply(doc, startTimer, { now: 100_000 });
    expect(doc.workshop.timer.startedAt).toBe(100_000);
    expect(apply(doc, resetTimer, {}).workshop.timer).toMatchObject({ startedAt: null, elapsedSeconds: 0 });
  });
});

describe('assets', () => {
  it('removing an image clears it from cards', () => {
    let doc = apply(richDoc(), addAsset, { asset: { id: 'img2', name: 'Cup', mime: 'image/jpeg', data: '' } });
    doc = apply(doc, removeAsset, { assetId: 'img1' });
    expect(doc.cards.card0!.imageId).toBeNull();
    expect(() => run(doc, addAsset, { asset: { id: 'img3', name: 'x', mime: 'image/tiff' as never, data: '' } })).toThrow(/assets\.img3\.mime/);
  });
});
