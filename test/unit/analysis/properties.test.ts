import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, isCustomerService, type Analysis } from '../../../shared/analysis';
import { cardsByCell, cellKey, columnsOf, experienceGap, lanesOf, stagesOf, type Card, type WorkshopDoc } from '../../../shared/model';
import { docArb } from './arbitrary';

const RUNS = { numRuns: 300 };

/** Reading order computed independently of shared/analysis: the model's own column, lane and cell orders. */
function readingRank(doc: WorkshopDoc): Map<string, number> {
  const cells = cardsByCell(doc, 'bp');
  const rank = new Map<string, number>();
  for (const step of columnsOf(doc, 'bp')) {
    for (const lane of lanesOf(doc, 'bp')) for (const card of cells.get(cellKey(lane.id, step.id)) ?? []) rank.set(card.id, rank.size);
  }
  return rank;
}

const cardsOf = (doc: WorkshopDoc) => Object.values(doc.cards).filter((c) => doc.lanes[c.laneId]?.blueprintId === 'bp');
const touchpointsOf = (doc: WorkshopDoc) => cardsOf(doc).filter((c) => c.touchpoint);
const gap = (c: Card) => (c.touchpoint ? experienceGap(c.touchpoint) : null);

/** Every card id list: importance high first, gap worst first (unset last), then reading order. */
function expectOrdered(doc: WorkshopDoc, ids: string[]): void {
  const rank = readingRank(doc);
  const key = (id: string) => {
    const c = doc.cards[id]!;
    return [-(c.touchpoint?.importance ?? 0), gap(c) ?? Infinity, rank.get(id)!];
  };
  for (let i = 1; i < ids.length; i++) {
    const [a, b] = [key(ids[i - 1]!), key(ids[i]!)];
    const less = a[0]! < b[0]! || (a[0] === b[0] && (a[1]! < b[1]! || (a[1] === b[1] && a[2]! < b[2]!)));
    expect(less, `${ids[i - 1]} before ${ids[i]}`).toBe(true);
  }
}

function allCardLists(a: Analysis): string[][] {
  return [
    ...Object.values(a.priority), a.benchmarkCoverage.belowTarget, a.failPoints,
    ...a.brandCoverage.map((b) => b.touchpoints), ...a.rootCauses.map((r) => r.touchpoints),
  ];
}

describe('analysis properties', () => {
  it('every touchpoint is in exactly one quadrant, the one its scores give', () => {
    fc.assert(fc.property(docArb, (doc) => {
      const a = analyze(doc, 'bp');
      const listed = Object.values(a.priority).flat();
      const touchpoints = touchpointsOf(doc);
      expect([...listed].sort()).toEqual(touchpoints.map((c) => c.id).sort());
      expect(a.touchpoints).toBe(touchpoints.length);
      for (const id of a.priority.fixFirst) expect(doc.cards[id]!.touchpoint!.importance >= 4 && gap(doc.cards[id]!)! < 0).toBe(true);
      for (const id of a.priority.protect) expect(doc.cards[id]!.touchpoint!.importance >= 4 && gap(doc.cards[id]!)! >= 0).toBe(true);
      for (const id of a.priority.differentiate) expect(doc.cards[id]!.touchpoint!.importance < 4 && gap(doc.cards[id]!)! >= 0).toBe(true);
      for (const id of a.priority.monitor) expect(doc.cards[id]!.touchpoint!.importance < 4 && gap(doc.cards[id]!)! < 0).toBe(true);
      for (const id of a.priority.unrated) expect(gap(doc.cards[id]!)).toBeNull();
    }), RUNS);
  });

  it('ownership shares sum to 1 whenever there is a touchpoint, and every owner is counted once', () => {
    fc.assert(fc.property(docArb, (doc) => {
      const a = analyze(doc, 'bp');
      const touchpoints = touchpointsOf(doc);
      const total = touchpoints.reduce((s, c) => s + c.touchpoint!.importance, 0);
      const shares = a.ownership.reduce((s, o) => s + o.share, 0);
      if (touchpoints.length) expect(shares).toBeCloseTo(1, 9);
      else expect(a.ownership).toEqual([]);
      expect(a.ownership.reduce((s, o) => s + o.touchpoints, 0)).toBe(touchpoints.length);
      expect(a.ownership.reduce((s, o) => s + o.importance, 0)).toBe(total);
      const keys = a.ownership.map((o) => o.owner.toLowerCase());
      expect(new Set(keys).size).toBe(keys.length);
      for (let i = 1; i < a.ownership.length; i++) expect(a.ownership[i - 1]!.importance).toBeGreaterThanOrEqual(a.ownership[i]!.importance);
      for (const o of a.ownership) if (o.experience !== null) expect(o.experience).toBeGreaterThanOrEqual(1), expect(o.experience).toBeLessThanOrEqual(5);
      const cs = a.ownership.filter((o) => isCustomerService(o.owner)).reduce((s, o) => s + o.share, 0);
      expect(a.customerServiceShare).toBeCloseTo(cs, 12);
      expect(a.customerServiceShare).toBeGreaterThanOrEqual(0);
      expect(a.customerServiceShare).toBeLessThanOrEqual(1 + 1e-9);
    }), RUNS);
  });

  it('every id resolves to a card, connector, stage or brand attribute of this blueprint', () => {
    fc.assert(fc.property(docArb, (doc) => {
      const a = analyze(doc, 'bp');
      const cards = new Set(cardsOf(doc).map((c) => c.id));
      for (const list of allCardLists(a)) for (const id of list) expect(cards.has(id), id).toBe(true);
      for (const r of a.rootCauses) expect(cards.has(r.card)).toBe(true);
      for (const id of a.handoffs) expect(doc.connectors[id]?.blueprintId).toBe('bp');
      const stages = stagesOf(doc, 'bp').map((s) => s.id);
      expect(a.gapsByStage.map((g) => g.stage)).toEqual(stages);
      expect(a.waitMinutesByStage.map((g) => g.stage)).toEqual(stages);
      expect(a.brandCoverage.map((b) => b.attribute)).toEqual(['b3', 'b2', 'b1']);
    }), RUNS);
  });

  it('every card id list follows the ordering rule', () => {
    fc.assert(fc.property(docArb, (doc) => {
      for (const list of allCardLists(analyze(doc, 'bp'))) expectOrdered(doc, list);
    }), RUNS);
  });

  it('handoffs are exactly the connectors across the line of visibility', () => {
    const visible = new Set(['evidence', 'customer', 'frontstage']);
    const behind = new Set(['backstage', 'support']);
    fc.assert(fc.property(docArb, (doc) => {
      const side = (cardId: string) => doc.lanes[doc.cards[cardId]!.laneId]!.kind;
      const crossing = Object.values(doc.connectors).filter((k) => {
        const [f, t] = [side(k.from), side(k.to)];
        return (visible.has(f) && behind.has(t)) || (behind.has(f) && visible.has(t));
      });
      expect([...analyze(doc, 'bp').handoffs].sort()).toEqual(crossing.map((k) => k.id).sort());
    }), RUNS);
  });

  it('root causes weigh what they drag down, heaviest first, weight > 0', () => {
    fc.assert(fc.property(docArb, (doc) => {
      const a = analyze(doc, 'bp');
      for (let i = 1; i < a.rootCauses.length; i++) expect(a.rootCauses[i - 1]!.weight).toBeGreaterThanOrEqual(a.rootCauses[i]!.weight);
      for (const r of a.rootCauses) {
        expect(r.weight).toBeGreaterThan(0);
        let weight = 0;
        for (const id of r.touchpoints) {
          const tp = doc.cards[id]!.touchpoint!;
          const named = tp.rootCauses.includes(r.card);
          const linked = Object.values(doc.connectors).some((k) => k.kind === 'cause' && k.from === r.card && k.to === id);
          expect(named || linked).toBe(true);
          expect(id).not.toBe(r.card);
          weight += tp.importance * (tp.expectation! - tp.experience!);
        }
        expect(r.weight).toBe(weight);
      }
      // Completeness: every named cause of a touchpoint below expectation, in this blueprint, is ranked.
      const ranked = new Set(a.rootCauses.map((r) => r.card));
      const inBlueprint = new Set(cardsOf(doc).map((c) => c.id));
      for (const c of touchpointsOf(doc)) {
        if ((gap(c) ?? 0) >= 0) continue;
        for (const cause of c.touchpoint!.rootCauses) if (cause !== c.id && inBlueprint.has(cause)) expect(ranked.has(cause)).toBe(true);
      }
    }), RUNS);
  });

  it('stage sums cover every touchpoint and every minute of waiting', () => {
    fc.assert(fc.property(docArb, (doc) => {
      const a = analyze(doc, 'bp');
      expect(a.gapsByStage.reduce((s, g) => s + g.touchpoints, 0)).toBe(touchpointsOf(doc).length);
      expect(a.waitMinutesByStage.reduce((s, g) => s + g.minutes, 0)).toBe(cardsOf(doc).reduce((s, c) => s + c.waitMinutes, 0));
      for (const g of a.gapsByStage) if (g.gap !== null) expect(Math.abs(g.gap)).toBeLessThanOrEqual(4);
      expect(a.benchmarkCoverage.share).toBeGreaterThanOrEqual(0);
      expect(a.benchmarkCoverage.share).toBeLessThanOrEqual(1);
      expect(a.benchmarkCoverage.withStandard).toBeLessThanOrEqual(a.benchmarkCoverage.key);
      expect(a.keyTouchpoints).toBe(a.benchmarkCoverage.key);
    }), RUNS);
  });

  it('does not depend on the order records were stored in, and survives JSON', () => {
    fc.assert(fc.property(docArb, fc.integer(), (doc, seed) => {
      const a = analyze(doc, 'bp');
      const entries = Object.entries(doc.cards);
      const shuffled = entries.map((e, i) => ({ e, k: Math.sin(seed + i) })).sort((x, y) => x.k - y.k).map((x) => x.e);
      const other = { ...doc, cards: Object.fromEntries(shuffled), connectors: Object.fromEntries(Object.entries(doc.connectors).reverse()) };
      expect(analyze(other, 'bp')).toEqual(a);
      expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    }), RUNS);
  });
});
