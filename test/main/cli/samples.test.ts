import { describe, expect, it } from 'vitest';
import { loadTemplate } from '../../../main/templates';
import { analyze, isCustomerService } from '../../../shared/analysis';
import { blueprintsOf } from '../../../shared/model';

const SAMPLES = ['agricultural-supplier', 'bank-branch', 'dental-root-canal', 'home-espresso', 'resort-smoking', 'streaming-subscription'];
const WITH_FUTURE = ['bank-branch', 'dental-root-canal', 'home-espresso', 'streaming-subscription'];

/** Each sample must make every analysis say something, so a newcomer sees the method at work. */
describe.each(SAMPLES)('the analyses of the %s sample', (id) => {
  const doc = loadTemplate(id);
  const [current] = blueprintsOf(doc);
  const a = analyze(doc, current!.id);

  it('populate every quadrant and leave nothing unrated', () => {
    for (const quadrant of ['fixFirst', 'protect', 'differentiate', 'monitor'] as const) expect(a.priority[quadrant].length, quadrant).toBeGreaterThan(0);
    expect(a.priority.unrated).toEqual([]);
  });

  it('show benchmarks below target, root causes, handoffs, fail points and a brand gap', () => {
    expect(a.benchmarkCoverage.belowTarget.length).toBeGreaterThan(0);
    expect(a.rootCauses.length).toBeGreaterThan(0);
    expect(a.handoffs.length).toBeGreaterThan(0);
    expect(a.failPoints.length).toBeGreaterThan(0);
    expect(a.brandCoverage.some((b) => b.touchpoints.length === 0)).toBe(true);
    expect(a.brandCoverage.some((b) => b.touchpoints.length > 0)).toBe(true);
    expect(Object.values(a.productLayer).every((v) => v !== null)).toBe(true);
  });

  it('give every touchpoint an owner, and customer service a small share of the experience', () => {
    expect(a.ownership.map((o) => o.owner)).not.toContain('Unassigned');
    expect(a.ownership.length).toBeGreaterThanOrEqual(4);
    expect(a.ownership.some((o) => isCustomerService(o.owner))).toBe(true);
    expect(a.customerServiceShare).toBeGreaterThan(0);
    expect(a.customerServiceShare).toBeLessThanOrEqual(0.2);
  });

  it(WITH_FUTURE.includes(id) ? 'has a future state that fixes what the current one should fix first' : 'is one blueprint', () => {
    const blueprints = blueprintsOf(doc);
    if (!WITH_FUTURE.includes(id)) return expect(blueprints).toHaveLength(1);
    expect(blueprints.map((b) => b.name)).toEqual(['Current state', 'Future state']);
    const future = analyze(doc, blueprints[1]!.id);
    expect(future.priority.fixFirst.length).toBeLessThan(a.priority.fixFirst.length);
    const weight = (x: typeof a) => x.rootCauses.reduce((w, r) => w + r.weight, 0);
    expect(weight(future)).toBeLessThan(weight(a));
  });
});
