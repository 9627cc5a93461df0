import { describe, expect, it } from 'vitest';
import { analyze, blueprintFacts, isCustomerService, ownerKey, rootCauses } from '../../../shared/analysis';
import { layoutBlueprint } from '../../../shared/layout';
import { canonical } from './builder';

describe('analyses at the edges', () => {
  it('an empty blueprint: zeros, nulls and empty lists, never NaN', () => {
    const a = analyze(canonical().doc, 'bp');
    expect(a.touchpoints).toBe(0);
    expect(a.benchmarkCoverage).toEqual({ key: 0, withStandard: 0, share: 0, belowTarget: [] });
    expect(a.ownership).toEqual([]);
    expect(a.customerServiceShare).toBe(0);
    expect(a.gapsByStage).toEqual([{ stage: 'S1', touchpoints: 0, gap: null }, { stage: 'S2', touchpoints: 0, gap: null }]);
    expect(a.productLayer).toEqual({ useful: null, usable: null, sensuous: null });
    expect(JSON.stringify(a)).not.toMatch(/NaN|Infinity/);
  });

  it('counts touchpoints in hidden lanes: hiding a lane changes the picture, not the data', () => {
    const b = canonical().card('t', { lane: 'fr', step: 'a', tp: { importance: 5, expectation: 4, experience: 1 } });
    b.doc.lanes['fr']!.hidden = true;
    const a = analyze(b.doc, 'bp');
    expect(a.priority.fixFirst).toEqual(['t']);
    expect(a.touchpoints).toBe(1);
  });

  it('matches customer service, support and care in any case and spacing, anywhere in the name', () => {
    for (const name of ['Customer Service', 'customer   service', 'IT Support', 'Customer care', 'CARE team']) expect(isCustomerService(name)).toBe(true);
    for (const name of ['Marketing', 'Customer success', 'Service design', '']) expect(isCustomerService(name)).toBe(false);
    expect(ownerKey('  Front   Desk ')).toBe('front desk');
  });

  it('counts a literal "Unassigned" owner with the blank ones, shown as first spelt', () => {
    const b = canonical()
      .card('t1', { lane: 'cu', step: 'a', owner: '', tp: { importance: 2 } })
      .card('t2', { lane: 'cu', step: 'b', owner: 'unassigned', tp: { importance: 3 } });
    expect(analyze(b.doc, 'bp').ownership).toEqual([{ owner: 'Unassigned', touchpoints: 2, importance: 5, share: 1, experience: null }]);
  });

  it('orders owners of equal weight by their first touchpoint in reading order', () => {
    const b = canonical()
      .card('t1', { lane: 'cu', step: 'b', owner: 'Product', tp: { importance: 3 } })
      .card('t2', { lane: 'cu', step: 'a', owner: 'Sales', tp: { importance: 3 } });
    expect(analyze(b.doc, 'bp').ownership.map((o) => o.owner)).toEqual(['Sales', 'Product']);
  });

  it('root causes: only touchpoints below expectation, never a card its own cause, never a card of another blueprint', () => {
    const b = canonical()
      .card('c', { lane: 'ba', step: 'a' })
      .card('ok', { lane: 'cu', step: 'a', tp: { importance: 5, expectation: 3, experience: 3, rootCauses: ['c'] } })
      .card('bad', { lane: 'cu', step: 'b', tp: { importance: 2, expectation: 5, experience: 4, rootCauses: ['bad', 'elsewhere', 'missing'] } })
      .connector('self', 'bad', 'bad', 'cause')
      .connector('k', 'c', 'bad', 'cause');
    b.doc.cards['elsewhere'] = { ...b.doc.cards['c']!, id: 'elsewhere', laneId: 'gone' };
    expect(rootCauses(blueprintFacts(b.doc, 'bp'))).toEqual([{ card: 'c', touchpoints: ['bad'], weight: 2 }]);
  });

  it('root causes of equal weight keep reading order of the cause', () => {
    const b = canonical()
      .card('late', { lane: 'su', step: 'c' })
      .card('early', { lane: 'su', step: 'a' })
      .card('t', { lane: 'cu', step: 'b', tp: { importance: 3, expectation: 4, experience: 2, rootCauses: ['late', 'early'] } });
    expect(analyze(b.doc, 'bp').rootCauses.map((r) => r.card)).toEqual(['early', 'late']);
  });

  it('reading order is stage, step, lane, position: ties of importance and gap follow it', () => {
    const b = canonical()
      .card('b-top', { lane: 'ev', step: 'b', tp: { importance: 1 } })
      .card('a-low2', { lane: 'fr', step: 'a', tp: { importance: 1 } })
      .card('a-low1', { lane: 'fr', step: 'a', tp: { importance: 1 } })
      .card('a-top', { lane: 'cu', step: 'a', tp: { importance: 1 } });
    // a-low2 was added to its cell first, so it sits above a-low1.
    expect(analyze(b.doc, 'bp').priority.unrated).toEqual(['a-top', 'a-low2', 'a-low1', 'b-top']);
  });

  it('the layout’s experience curve lane plots the analysis’s values', () => {
    const b = canonical()
      .card('t1', { lane: 'cu', step: 'a', tp: { importance: 4, sentiment: 2 } })
      .card('t2', { lane: 'fr', step: 'a', tp: { importance: 1, sentiment: -2 } });
    b.doc.lanes['curve'] = { id: 'curve', blueprintId: 'bp', name: 'Experience curve', kind: 'custom', role: 'experience-curve', hidden: false, position: 9 };
    const curve = layoutBlueprint(b.doc, 'bp').curve!;
    expect(curve.points.map((p) => [p.stepId, p.value])).toEqual([['a', (8 - 2) / 5]]);
  });
});
