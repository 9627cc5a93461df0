import { describe, expect, it } from 'vitest';
import { addCard, deleteCards, duplicateAsFutureState, idsToDuplicate, setTouchpoint, updateTouchpoint } from '../../../shared/commands';
import { compareCards, matchCards, scoresOf } from '../../../shared/compare';
import { cardsOfBlueprint, type Card, type WorkshopDoc } from '../../../shared/model';
import { blueprintFacts, ownerKey } from '../../../shared/analysis';
const readingOrder = (doc: WorkshopDoc, id: string) => blueprintFacts(doc, id).cards;
import { apply, richDoc } from '../commands/fixture';

function withFuture(): { doc: WorkshopDoc; future: string; twin: (id: string) => string } {
  const doc = richDoc();
  const ids = Object.fromEntries(idsToDuplicate(doc, 'bp1').map((old) => [old, `f-${old}`]));
  const next = apply(doc, duplicateAsFutureState, { blueprintId: 'bp1', id: 'future', ids });
  return { doc: next, future: 'future', twin: (id) => ids[id]! };
}

const compare = (doc: WorkshopDoc, before: string, after: string) => compareCards(readingOrder(doc, before), readingOrder(doc, after));

describe('compare by lineage', () => {
  it('a fresh future state pairs every card and changes nothing', () => {
    const { doc, future } = withFuture();
    const result = compare(doc, 'bp1', future);
    expect(result.added).toEqual([]);
    expect(result.removed).toEqual([]);
    const touchpoints = cardsOfBlueprint(doc, 'bp1').filter((c) => c.touchpoint);
    expect(result.touchpoints).toHaveLength(touchpoints.length);
    expect(result.touchpoints.every((r) => r.changed.length === 0 && r.beforeTitle === null)).toBe(true);
  });

  it('shows a changed score and strategy, with the gap that follows from them', () => {
    const { doc, future, twin } = withFuture();
    const card = readingOrder(doc, 'bp1').find((c) => c.touchpoint)!;
    const edited = apply(doc, updateTouchpoint, { cardId: twin(card.id), fields: { expectation: 4, experience: 5, strategy: 'differentiate' } });
    const row = compare(edited, 'bp1', future).touchpoints.find((r) => r.beforeId === card.id)!;
    expect(row.afterId).toBe(twin(card.id));
    expect(row.after).toMatchObject({ expectation: 4, experience: 5, gap: 1, strategy: 'differentiate' });
    expect(row.before).toEqual(scoresOf(card));
    expect(row.changed).toEqual(expect.arrayContaining(['experience', 'gap', 'strategy']));
    expect(row.changed).not.toContain('importance');
  });

  it('lists cards added to and removed from the future state, and a card that became a touchpoint', () => {
    const { doc, future, twin } = withFuture();
    const ordered = readingOrder(doc, 'bp1');
    const gone = ordered.find((c) => !c.touchpoint)!;
    const plain = ordered.filter((c) => !c.touchpoint)[1]!;
    let next = apply(doc, deleteCards, { cardIds: [twin(gone.id)] });
    const target = next.cards[twin(plain.id)]!;
    next = apply(next, addCard, { id: 'brand-new', laneId: target.laneId, stepId: target.stepId, fields: { title: 'Welcome call' } });
    next = apply(next, setTouchpoint, { cardId: twin(plain.id), on: true });
    const result = compare(next, 'bp1', future);
    expect(result.removed).toEqual([gone.id]);
    expect(result.added).toEqual(['brand-new']);
    const row = result.touchpoints.find((r) => r.beforeId === plain.id)!;
    expect(row.before).toBeNull();
    expect(row.after).not.toBeNull();
    expect(row.changed).toHaveLength(6);
  });

  it('pairs the first of a lineage a damaged file repeats, and counts the rest as added', () => {
    const card = (id: string, originId: string | null): Card => ({ ...richDoc().cards.card0!, id, originId });
    const m = matchCards([card('a', null), card('b', null)], [card('a2', 'a'), card('a3', 'a'), card('c', null)]);
    expect(m.pairs.map((p) => [p.before.id, p.after.id])).toEqual([['a', 'a2']]);
    expect(m.added.map((c) => c.id)).toEqual(['a3', 'c']);
    expect(m.removed.map((c) => c.id)).toEqual(['b']);
  });

  it('pairs the current state with a future state of a future state', () => {
    const { doc, future } = withFuture();
    const ids = Object.fromEntries(idsToDuplicate(doc, future).map((old) => [old, `g-${old}`]));
    const later = apply(doc, duplicateAsFutureState, { blueprintId: future, id: 'later', ids });
    const result = compare(later, 'bp1', 'later');
    expect(result.added).toEqual([]);
    expect(result.removed).toEqual([]);
  });
});
