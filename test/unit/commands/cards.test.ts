import { describe, expect, it } from 'vitest';
import {
  addCard, copyCards, CommandError, deleteCards, duplicateCards, idsForClip, moveCard, moveCards, pasteCards,
  reorderCard, run, updateCard, createHistory, record, undo,
} from '../../../shared/commands';
import { apply, cell, expectValid, nextId, richDoc } from './fixture';

describe('cards', () => {
  it('adds a card at an index of its cell, with the kind its lane suggests', () => {
    const doc = richDoc();
    const id = nextId();
    const next = apply(doc, addCard, { id, laneId: 'lane0', stepId: 'step0-0', index: 1, fields: { title: 'Receipt' } });
    expect(cell(next, 'lane0', 'step0-0')).toEqual(['card0', id, 'card24']);
    expect(next.cards[id]).toMatchObject({ title: 'Receipt', kind: 'evidence', touchpoint: null });
    const last = apply(next, addCard, { id: nextId(), laneId: 'lane0', stepId: 'step0-0' });
    expect(cell(last, 'lane0', 'step0-0').at(-1)).not.toBe('card24');
  });

  it('refuses a taken id, a cell across blueprints, and bad field values, leaving the doc alone', () => {
    const doc = richDoc();
    expect(() => run(doc, addCard, { id: 'card1', laneId: 'lane0', stepId: 'step0-0' })).toThrow(/already taken/);
    expect(() => run(doc, addCard, { id: 'x1', laneId: 'lane0', stepId: 'bt0' })).toThrow(/different blueprints/);
    expect(() => run(doc, updateCard, { cardId: 'card1', fields: { title: 'two\nlines' } })).toThrow(/cards\.card1\.title: contains a line break/);
    expect(() => run(doc, updateCard, { cardId: 'card1', fields: { waitMinutes: -5 } })).toThrow(CommandError);
    expect(() => run(doc, updateCard, { cardId: 'card1', fields: { imageId: 'nope' } })).toThrow(/imageId: refers to "nope"/);
    expect(() => run(doc, updateCard, { cardId: 'card1', fields: { laneId: 'lane2' } as never })).toThrow(/"laneId" cannot be set here/);
    expect(() => run(doc, updateCard, { cardId: 'constructor', fields: { title: 'x' } })).toThrow(/there is no card "constructor"/);
    expect(doc.cards.card1!.title).toMatch(/^Card 1/);
  });

  it('moves a card to another cell at an index, and reorders within a cell', () => {
    const doc = richDoc();
    const moved = apply(doc, moveCard, { cardId: 'card6', laneId: 'lane0', stepId: 'step0-0', index: 1 });
    expect(cell(moved, 'lane0', 'step0-0')).toEqual(['card0', 'card6', 'card24']);
    const first = apply(moved, reorderCard, { cardId: 'card24', index: 0 });
    expect(cell(first, 'lane0', 'step0-0')).toEqual(['card24', 'card0', 'card6']);
    expect(() => run(doc, moveCard, { cardId: 'card6', laneId: 'bl0', stepId: 'bt0', index: 0 })).toThrow(/another blueprint/);
  });

  it('moves several cards together, in the order given', () => {
    const doc = richDoc();
    const next = apply(doc, moveCards, { cardIds: ['card30', 'card12', 'card6'], laneId: 'lane0', stepId: 'step0-0', index: 1 });
    expect(cell(next, 'lane0', 'step0-0')).toEqual(['card0', 'card30', 'card12', 'card6', 'card24']);
  });

  it('renumbers a cell when positions get too close, in the same edit', () => {
    let doc = richDoc();
    // Keep inserting between the first two cards until the gap is exhausted.
    for (let k = 0; k < 70; k++) doc = run(doc, moveCard, { cardId: k % 2 ? 'card6' : 'card12', laneId: 'lane0', stepId: 'step0-0', index: 1 }).doc;
    expectValid(doc);
    const order = cell(doc, 'lane0', 'step0-0');
    expect(order).toEqual(['card0', 'card6', 'card12', 'card24']);
    const positions = order.map((id) => doc.cards[id]!.position);
    for (let i = 1; i < positions.length; i++) expect(positions[i]! - positions[i - 1]!).toBeGreaterThanOrEqual(1e-9);
  });

  it('deletes cards with their connectors, votes and comments, mends lists, and undo restores everything', () => {
    const doc = richDoc();
    const applied = run(doc, deleteCards, { cardIds: ['card3'] });
    const next = applied.doc;
    expectValid(next);
    expect(next.cards.card3).toBeUndefined();
    expect(Object.values(next.connectors).some((c) => c.from === 'card3' || c.to === 'card3')).toBe(false);
    expect(next.votes.v1).toBeUndefined();
    expect(next.comments.c1).toBeUndefined();
    expect(next.cards.card1!.touchpoint!.rootCauses).toEqual(['card4']);
    expect(next.blueprints.bp1!.presentationOrder).toEqual(['card1', 'card7']);
    const h = record(createHistory(), applied, 0);
    expect(undo(h, next)!.doc).toEqual(doc);
  });

  it('duplicates cards right after each original with the given ids', () => {
    const doc = richDoc();
    const next = apply(doc, duplicateCards, { cardIds: ['card0', 'card24'], newIds: ['d1', 'd2'] });
    expect(cell(next, 'lane0', 'step0-0')).toEqual(['card0', 'd1', 'card24', 'd2']);
    expect(next.cards.d1).toMatchObject({ title: doc.cards.card0!.title, imageId: 'img1' });
    expect(() => run(doc, duplicateCards, { cardIds: ['card0'], newIds: [] })).toThrow(/new ids/);
  });

  it('pastes copied cards with fresh ids, keeping their shape and connectors', () => {
    const doc = richDoc();
    const clip = copyCards(doc, ['card2', 'card3', 'card8', 'bc0'])!;
    expect(clip.cards.map((c) => c.card.id)).toEqual(['card2', 'card3', 'card8']);
    const link = Object.values(doc.connectors).find((c) => c.from === 'card2' && c.to === 'card3')!;
    expect(clip.connectors.map((c) => c.id)).toEqual([link.id]);
    const ids = idsForClip(clip, () => nextId('p'));
    const next = apply(doc, pasteCards, { clip, laneId: 'lane3', stepId: 'step0-0', ids });
    const pasted = clip.cards.map((c) => next.cards[ids[c.card.id]!]!);
    // card2 and card8 share the top row, card3 is a row below; card8 is a column to the right.
    expect(pasted.map((c) => `${c.laneId} ${c.stepId}`)).toEqual(['lane3 step0-0', 'lane4 step0-0', 'lane3 step0-1']);
    // Rows and columns past the edge land in the last lane and step.
    const edge = apply(doc, pasteCards, { clip, laneId: 'lane5', stepId: 'step1-1', ids });
    expect(clip.cards.map((c) => edge.cards[ids[c.card.id]!]!.laneId + ' ' + edge.cards[ids[c.card.id]!]!.stepId)).toEqual(Array(3).fill('lane5 step1-1'));
    expect(next.connectors[ids[link.id]!]).toMatchObject({ from: ids.card2, to: ids.card3, blueprintId: 'bp1' });
    // Into the other blueprint: everything resolves there, nothing points back.
    const other = apply(doc, pasteCards, { clip, laneId: 'bl0', stepId: 'bt0', ids });
    expect(Object.values(other.connectors).filter((c) => c.blueprintId === 'bp2')).toHaveLength(1);
  });

  it('refuses a clip that is not Frontstage cards', () => {
    const doc = richDoc();
    const clip = { format: 'frontstage-clip', cards: [{ card: { id: 'x' }, row: 0, column: 0 }], connectors: [] };
    expect(() => run(doc, pasteCards, { clip: clip as never, laneId: 'lane0', stepId: 'step0-0', ids: { x: 'y' } })).toThrow(/clipboard does not hold/);
  });
});
