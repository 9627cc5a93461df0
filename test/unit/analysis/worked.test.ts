import { describe, expect, it } from 'vitest';
import { analyze, blueprintFacts, experienceCurve } from '../../../shared/analysis';
import { workedExample } from './workedExample';

describe('analyze: a worked example', () => {
  const doc = workedExample();
  const a = analyze(doc, 'bp');

  it('counts touchpoints and key touchpoints (importance ≥ 4)', () => {
    expect(a.blueprint).toEqual({ id: 'bp', name: 'Current state' });
    expect(a.touchpoints).toBe(6);
    expect(a.keyTouchpoints).toBe(4); // t1, t2, t5, t6
  });

  it('puts each touchpoint in its quadrant, importance first, then worst gap', () => {
    expect(a.priority).toEqual({ fixFirst: ['t1', 't6'], protect: ['t2'], differentiate: ['t3'], monitor: ['t4'], unrated: ['t5'] });
  });

  it('covers key touchpoints with a written standard; lists benchmarks below target', () => {
    // t5 is benchmark but its standard is blank; t6 (gap −3) before t2 (gap +1) at equal importance.
    expect(a.benchmarkCoverage).toEqual({ key: 4, withStandard: 2, share: 0.5, belowTarget: ['t6', 't2'] });
  });

  it('groups owners ignoring case and spacing, blank as Unassigned, and weighs their share', () => {
    expect(a.ownership).toEqual([
      { owner: 'Marketing', touchpoints: 2, importance: 10, share: 10 / 23, experience: 2 },
      { owner: 'customer Service', touchpoints: 2, importance: 6, share: 6 / 23, experience: (4 * 4 + 2 * 3) / 6 },
      { owner: 'Operations', touchpoints: 1, importance: 4, share: 4 / 23, experience: 2 },
      { owner: 'Unassigned', touchpoints: 1, importance: 3, share: 3 / 23, experience: 3 },
    ]);
    expect(a.customerServiceShare).toBeCloseTo(6 / 23, 12);
  });

  it('weighs the gap of each stage by importance over rated touchpoints', () => {
    expect(a.gapsByStage).toEqual([
      { stage: 'S1', touchpoints: 4, gap: (5 * -2 + 4 * 1 + 2 * 0 + 4 * -3) / (5 + 4 + 2 + 4) },
      { stage: 'S2', touchpoints: 2, gap: -1 },
    ]);
  });

  it('finds connectors across the line of visibility, either way, in reading order of their source', () => {
    expect(a.handoffs).toEqual(['k1', 'k2', 'k6']);
  });

  it('lists fail points (touchpoints first) and sums waiting per stage', () => {
    expect(a.failPoints).toEqual(['t6', 't4', 's1']);
    expect(a.waitMinutesByStage).toEqual([{ stage: 'S1', minutes: 15 }, { stage: 'S2', minutes: 7 }]);
  });

  it('names the differentiated touchpoints that express each brand attribute', () => {
    expect(a.brandCoverage).toEqual([{ attribute: 'brA', touchpoints: ['t4', 't3'] }, { attribute: 'brB', touchpoints: [] }]);
  });

  it('ranks root causes by the weighted experience they drag down', () => {
    // p1: t1 by connector (5×2), t6 by name (4×3), t4 by name (3×1) = 25.
    // s1: t1 by name (10), t6 by name and by connector, counted once (12) = 22; t3 meets expectation.
    expect(a.rootCauses).toEqual([
      { card: 'p1', touchpoints: ['t1', 't6', 't4'], weight: 25 },
      { card: 's1', touchpoints: ['t1', 't6'], weight: 22 },
    ]);
  });

  it('averages product ratings over those set', () => {
    expect(a.productLayer).toEqual({ useful: 3.5, usable: 2, sensuous: null });
  });

  it('keeps the contract’s keys in the contract’s order', () => {
    expect(Object.keys(a)).toEqual([
      'blueprint', 'touchpoints', 'keyTouchpoints', 'priority', 'benchmarkCoverage', 'ownership', 'customerServiceShare',
      'gapsByStage', 'handoffs', 'failPoints', 'waitMinutesByStage', 'brandCoverage', 'rootCauses', 'productLayer',
    ]);
  });

  it('draws the experience curve from importance-weighted sentiment per step', () => {
    expect(experienceCurve(blueprintFacts(doc, 'bp'))).toEqual([
      { stepId: 'a', value: (5 * -1 + 4 * 1) / 9 },
      { stepId: 'b', value: (2 * 2 + 4 * -2) / 6 },
      { stepId: 'c', value: (3 * -2 + 5 * 0) / 8 },
    ]);
  });

  it('counts only the asked blueprint', () => {
    const other = analyze(doc, 'other');
    expect(other.touchpoints).toBe(1);
    expect(other.priority.fixFirst).toEqual(['x']);
    expect(other.customerServiceShare).toBe(1);
    expect(other.handoffs).toEqual([]);
  });

  it('refuses a blueprint that does not exist', () => {
    expect(() => analyze(doc, 'nope')).toThrow(/no blueprint with id "nope"/);
    expect(() => analyze(doc, '__proto__')).toThrow(/no blueprint/);
  });
});
