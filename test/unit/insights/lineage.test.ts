import { describe, expect, it } from 'vitest';
import {
  copyCards, duplicateAsFutureState, duplicateBlueprint, duplicateCards, futureStateName, idsForClip, idsToDuplicate, pasteCards, run,
} from '../../../shared/commands';
import { cardsOfBlueprint, lineageOf, type WorkshopDoc } from '../../../shared/model';
import { fromInterchange, toInterchange } from '../../../shared/interchange';
import { withFreshIds } from '../../../shared/interchange/freshIds';
import { apply, nextId, richDoc } from '../commands/fixture';

function future(doc: WorkshopDoc, from = 'bp1', id = nextId('future-bp')): { doc: WorkshopDoc; id: string } {
  const ids = Object.fromEntries(idsToDuplicate(doc, from).map((old) => [old, nextId('x')]));
  return { doc: apply(doc, duplicateAsFutureState, { blueprintId: from, id, ids }), id };
}

describe('card lineage', () => {
  it('a future state copies the blueprint and names it, every card keeping its origin', () => {
    const doc = richDoc();
    const made = future(doc);
    const copy = made.doc.blueprints[made.id]!;
    // richDoc already has a blueprint called "Future state".
    expect(copy.name).toBe('Future state 2');
    const before = cardsOfBlueprint(doc, 'bp1');
    const after = cardsOfBlueprint(made.doc, made.id);
    expect(after).toHaveLength(before.length);
    expect(new Set(after.map((c) => c.originId))).toEqual(new Set(before.map((c) => c.id)));
    expect(after.every((c) => c.id !== c.originId)).toBe(true);
  });

  it('follows a chain of duplicates to the first ancestor, so any two of them compare', () => {
    const doc = richDoc();
    const first = future(doc);
    const second = future(first.doc, first.id);
    const plain = run(second.doc, duplicateBlueprint, {
      blueprintId: second.id, id: 'bp-plain', ids: Object.fromEntries(idsToDuplicate(second.doc, second.id).map((old) => [old, nextId('y')])),
    }).doc;
    const keys = (bp: string) => new Set(cardsOfBlueprint(plain, bp).map(lineageOf));
    const roots = new Set(cardsOfBlueprint(doc, 'bp1').map((c) => c.id));
    for (const bp of [first.id, second.id, 'bp-plain']) expect(keys(bp)).toEqual(roots);
  });

  it('a card duplicated or pasted beside others starts a lineage of its own', () => {
    const made = future(richDoc());
    const card = cardsOfBlueprint(made.doc, made.id)[0]!;
    expect(card.originId).not.toBeNull();
    const dup = apply(made.doc, duplicateCards, { cardIds: [card.id], newIds: ['dup1'] });
    expect(dup.cards.dup1!.originId).toBeNull();
    const clip = copyCards(made.doc, [card.id])!;
    const ids = idsForClip(clip, () => nextId('p'));
    const pasted = apply(made.doc, pasteCards, { clip, laneId: card.laneId, stepId: card.stepId, ids });
    expect(pasted.cards[ids[card.id]!]!.originId).toBeNull();
  });

  it('a clip without lineage (made before cards had it) still pastes', () => {
    const doc = richDoc();
    const clip = copyCards(doc, ['card0'])!;
    const { originId: _dropped, ...old } = clip.cards[0]!.card;
    const legacy = { ...clip, cards: [{ ...clip.cards[0]!, card: old }] };
    const next = apply(doc, pasteCards, { clip: legacy as never, laneId: doc.cards.card0!.laneId, stepId: doc.cards.card0!.stepId, ids: { card0: 'legacy1' } });
    expect(next.cards.legacy1!.originId).toBeNull();
  });

  it('survives the JSON interchange and fresh ids (templates), and old JSON without it opens', () => {
    const made = future(richDoc());
    const json = toInterchange(made.doc);
    const cards = json.blueprints!.flatMap((b) => b.cards ?? []);
    expect(cards.some((c) => c.origin)).toBe(true);
    const back = fromInterchange(json);
    if (!('doc' in back)) throw new Error('import failed');
    expect(toInterchange(back.doc)).toEqual(json);
    const fresh = withFreshIds(back.doc);
    const pairs = (d: WorkshopDoc) => Object.values(d.blueprints).map((b) => cardsOfBlueprint(d, b.id).map(lineageOf).sort().length);
    expect(pairs(fresh)).toEqual(pairs(back.doc));
    for (const card of Object.values(fresh.cards)) if (card.originId) expect(fresh.cards[card.originId]).toBeDefined();
    const stripped = JSON.parse(JSON.stringify(json, (k, v) => (k === 'origin' ? undefined : v)));
    const old = fromInterchange(stripped);
    expect('doc' in old && Object.values(old.doc.cards).every((c) => c.originId === null)).toBe(true);
  });

  it('names the copy "Future state" when no blueprint has that name', () => {
    const doc = richDoc();
    const renamed = { ...doc, blueprints: { ...doc.blueprints, bp2: { ...doc.blueprints.bp2!, name: 'Later' } } };
    expect(futureStateName(renamed)).toBe('Future state');
    expect(futureStateName(doc)).toBe('Future state 2');
    expect(duplicateAsFutureState.args?.safeParse({ blueprintId: 'bp1', id: 'b', ids: { a: 'b' } }).success).toBe(true);
    expect(duplicateAsFutureState.args?.safeParse({ blueprintId: 'bp1', id: 'b', ids: { a: 5 } }).success).toBe(false);
  });
});
