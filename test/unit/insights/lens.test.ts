import { describe, expect, it } from 'vitest';
import { generateDoc } from '../../fixtures/generate';
import { cardsOfBlueprint, columnsOf, lanesOf, type Card, type WorkshopDoc } from '../../../shared/model';
import { blueprintFacts, ownerKey } from '../../../shared/analysis';
const readingOrder = (doc: WorkshopDoc, id: string) => blueprintFacts(doc, id).cards;
import {
  NO_FILTERS, findCards, hasFilters, matchesFilters, matchesQuery, ownersOf, queryTerms, type Quadrant,
} from '../../../renderer/insights/lens/predicates';
import { followViewport, nearestToView } from '../../../renderer/insights/lens/follow';

const doc = generateDoc({ cards: 120, connectors: 20, seed: 5 });
const ordered = readingOrder(doc, 'bp1');
const NO_Q = new Map<string, Quadrant>();
const card = (patch: Partial<Card>): Card => ({ ...ordered[0]!, ...patch });

describe('lens predicates', () => {
  it('finds by every word of the query in title, description, owner or tags, ignoring case', () => {
    const c = card({ title: 'Cashier takes payment', description: 'Club sign-up by hand', owner: 'Retail  Operations', tags: ['queue'] });
    expect(matchesQuery(c, queryTerms('cashier'))).toBe(true);
    expect(matchesQuery(c, queryTerms('CLUB hand'))).toBe(true);
    expect(matchesQuery(c, queryTerms('retail'))).toBe(true);
    expect(matchesQuery(c, queryTerms('queue payment'))).toBe(true);
    expect(matchesQuery(c, queryTerms('queue refund'))).toBe(false);
    expect(matchesQuery(c, queryTerms('   '))).toBe(true);
  });

  it('holds a card to every filter that is set', () => {
    const tp = { ...ordered.find((c) => c.touchpoint)!.touchpoint!, strategy: 'benchmark' as const };
    const c = card({ id: 'x', owner: ' Customer   Service ', failPoint: true, touchpoint: tp, laneId: 'lane3' });
    expect(matchesFilters(c, NO_FILTERS, NO_Q)).toBe(true);
    expect(matchesFilters(c, { ...NO_FILTERS, owner: 'customer service' }, NO_Q)).toBe(true);
    expect(matchesFilters(c, { ...NO_FILTERS, owner: 'customer' }, NO_Q)).toBe(false);
    expect(matchesFilters(c, { ...NO_FILTERS, strategy: 'benchmark', failPoint: true, laneId: 'lane3' }, NO_Q)).toBe(true);
    expect(matchesFilters(c, { ...NO_FILTERS, strategy: 'differentiate' }, NO_Q)).toBe(false);
    expect(matchesFilters(card({ touchpoint: null }), { ...NO_FILTERS, strategy: 'none' }, NO_Q)).toBe(false);
    expect(matchesFilters(c, { ...NO_FILTERS, laneId: 'lane0' }, NO_Q)).toBe(false);
    expect(matchesFilters(card({ failPoint: false }), { ...NO_FILTERS, failPoint: true }, NO_Q)).toBe(false);
    expect(matchesFilters(c, { ...NO_FILTERS, quadrant: 'fixFirst' }, new Map([['x', 'fixFirst' as const]]))).toBe(true);
    expect(matchesFilters(c, { ...NO_FILTERS, quadrant: 'protect' }, new Map([['x', 'fixFirst' as const]]))).toBe(false);
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, failPoint: true })).toBe(true);
  });

  it('lists matches in reading order: stage, step, lane, then position in the cell', () => {
    const columns = columnsOf(doc, 'bp1').map((s) => s.id);
    const lanes = lanesOf(doc, 'bp1').map((l) => l.id);
    const key = (c: Card) => [columns.indexOf(c.stepId), lanes.indexOf(c.laneId), c.position];
    for (let i = 1; i < ordered.length; i++) {
      const [a, b] = [key(ordered[i - 1]!), key(ordered[i]!)];
      expect(a[0]! < b[0]! || (a[0] === b[0] && (a[1]! < b[1]! || (a[1] === b[1] && a[2]! <= b[2]!)))).toBe(true);
    }
    expect(ordered).toHaveLength(cardsOfBlueprint(doc, 'bp1').length);
    const failing = findCards(ordered, '', { ...NO_FILTERS, failPoint: true }, NO_Q);
    expect(failing).toEqual(ordered.filter((c) => c.failPoint).map((c) => c.id));
  });

  it('groups owners as the ownership analysis does and puts the unassigned last', () => {
    const owners = ownersOf([card({ owner: 'IT' }), card({ owner: '' }), card({ owner: 'customer  service' }), card({ owner: 'Customer Service' })]);
    expect(owners).toEqual([{ key: 'customer service', name: 'customer service' }, { key: 'it', name: 'IT' }, { key: 'unassigned', name: 'Unassigned' }]);
    expect(ownerKey('  A \t b ')).toBe('a b');
  });
});

describe('following a match', () => {
  const frame = { left: 100, top: 80, right: 1000, bottom: 600 };
  const view = { x: 0, y: 0, zoom: 1 };

  it('leaves the view alone when the card is in the frame', () => {
    expect(followViewport(view, { x: 200, y: 100, width: 100, height: 50 }, frame)).toBeNull();
  });

  it('moves just far enough, on each axis separately', () => {
    expect(followViewport(view, { x: 1100, y: 100, width: 100, height: 50 }, frame)).toEqual({ x: -200, y: 0, zoom: 1 });
    expect(followViewport(view, { x: 50, y: 700, width: 100, height: 50 }, frame)).toEqual({ x: 50, y: -150, zoom: 1 });
    expect(followViewport({ x: -500, y: 0, zoom: 0.5 }, { x: 100, y: 100, width: 100, height: 50 }, frame)).toEqual({ x: 50, y: 30, zoom: 0.5 });
  });

  it('shows the start of a card larger than the frame', () => {
    expect(followViewport(view, { x: 300, y: 100, width: 2000, height: 50 }, frame)).toEqual({ x: -200, y: 0, zoom: 1 });
  });

  it('picks the match nearest the middle of the frame', () => {
    const boxes = [{ id: 'far', x: 3000, y: 100, width: 100, height: 50 }, { id: 'near', x: 500, y: 300, width: 100, height: 50 }];
    expect(nearestToView(view, boxes, frame)?.id).toBe('near');
    expect(nearestToView(view, [], frame)).toBeNull();
  });
});
