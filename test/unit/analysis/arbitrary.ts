import fc from 'fast-check';
import { CONNECTOR_KINDS, LANE_KINDS, STRATEGIES, defaultCard, defaultTouchpoint, emptyDoc, type WorkshopDoc } from '../../../shared/model';

const OWNERS = ['Customer service', ' customer   SERVICE ', 'Marketing', 'marketing', '', '  ', 'IT support', 'Care team', 'Operations', 'Unassigned'];
const BRANDS = ['b1', 'b2', 'b3'];
const rating = fc.integer({ min: 1, max: 5 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const touchpointArb = fc.record({
  importance: rating, sentiment: fc.integer({ min: -2, max: 2 }),
  expectation: maybe(rating), experience: maybe(rating),
  strategy: fc.constantFrom(...STRATEGIES),
  standard: fc.constantFrom('', '  ', 'Answered within a minute'),
  target: maybe(rating), current: maybe(rating),
  brands: fc.subarray([...BRANDS, 'gone']),
  causes: fc.array(fc.nat(), { maxLength: 3 }),
});

const cardArb = fc.record({
  lane: fc.nat(), step: fc.nat(), position: fc.integer({ min: 0, max: 3 }),
  owner: fc.constantFrom(...OWNERS), failPoint: fc.boolean(), wait: fc.integer({ min: 0, max: 90 }),
  tp: fc.option(touchpointArb, { nil: undefined }),
  product: fc.option(fc.record({ useful: maybe(rating), usable: maybe(rating), sensuous: maybe(rating) }), { nil: null }),
});

/**
 * A blueprint `bp` of random lanes (any kind, some hidden), stages and cards, with random
 * connectors and root causes, beside a decoy blueprint whose cards they may point at; cards are
 * inserted in a random order and share positions, so ties fall to ids.
 */
export const docArb: fc.Arbitrary<WorkshopDoc> = fc
  .record({
    lanes: fc.array(fc.record({ kind: fc.constantFrom(...LANE_KINDS), hidden: fc.boolean() }), { minLength: 1, maxLength: 7 }),
    stages: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }),
    cards: fc.array(cardArb, { maxLength: 40 }),
    connectors: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), kind: fc.constantFrom(...CONNECTOR_KINDS) }), { maxLength: 30 }),
    order: fc.array(fc.nat()),
  })
  .map(({ lanes, stages, cards, connectors, order }) => {
    const doc = emptyDoc('Generated');
    BRANDS.forEach((id, i) => { doc.brandAttributes[id] = { id, name: id, description: '', position: 2 - i }; });
    doc.blueprints['bp'] = { id: 'bp', name: 'Current state', description: '', position: 0, presentationOrder: [] };
    doc.blueprints['decoy'] = { id: 'decoy', name: 'Future state', description: '', position: 1, presentationOrder: [] };
    doc.lanes['dl'] = { id: 'dl', blueprintId: 'decoy', name: 'Customer', kind: 'customer', role: null, hidden: false, position: 0 };
    doc.stages['ds'] = { id: 'ds', blueprintId: 'decoy', name: 'Stage', position: 0 };
    doc.steps['dt'] = { id: 'dt', stageId: 'ds', name: 'Step', position: 0 };
    doc.cards['decoy-card'] = defaultCard({ id: 'decoy-card', laneId: 'dl', stepId: 'dt', position: 0, failPoint: true, touchpoint: { ...defaultTouchpoint(), expectation: 5, experience: 1 } });
    // Lane and stage positions run backwards from insertion so that no order leaks from it.
    lanes.forEach((l, i) => { doc.lanes[`l${i}`] = { id: `l${i}`, blueprintId: 'bp', name: `Lane ${i}`, kind: l.kind, role: null, hidden: l.hidden, position: lanes.length - i }; });
    const steps: string[] = [];
    stages.forEach((count, s) => {
      doc.stages[`s${s}`] = { id: `s${s}`, blueprintId: 'bp', name: `Stage ${s}`, position: stages.length - s };
      for (let t = 0; t < count; t++) {
        doc.steps[`s${s}t${t}`] = { id: `s${s}t${t}`, stageId: `s${s}`, name: `Step ${t}`, position: count - t };
        steps.push(`s${s}t${t}`);
      }
    });
    if (steps.length === 0) return doc;
    const ids = cards.map((_, i) => `c${i}`);
    const anyCard = (n: number) => (n % (ids.length + 1) === ids.length ? 'decoy-card' : ids[n % (ids.length + 1)]!);
    const built = cards.map((c, i) => defaultCard({
      id: ids[i]!, laneId: `l${c.lane % lanes.length}`, stepId: steps[c.step % steps.length]!, position: c.position,
      owner: c.owner, failPoint: c.failPoint, waitMinutes: c.wait, product: c.product,
      touchpoint: c.tp ? {
        ...defaultTouchpoint(),
        importance: c.tp.importance, sentiment: c.tp.sentiment, expectation: c.tp.expectation, experience: c.tp.experience,
        strategy: c.tp.strategy,
        benchmark: { standard: c.tp.standard, target: c.tp.target, current: c.tp.current, evidence: '' },
        differentiation: { concept: '', brandAttributes: c.tp.brands },
        rootCauses: [...new Set(c.tp.causes.map(anyCard))],
      } : null,
    }));
    // Insert in a drawn order.
    const keyed = built.map((card, i) => ({ card, k: order[i] ?? i }));
    keyed.sort((a, b) => a.k - b.k);
    for (const { card } of keyed) doc.cards[card.id] = card;
    connectors.forEach((k, i) => {
      if (ids.length === 0) return;
      doc.connectors[`k${i}`] = { id: `k${i}`, blueprintId: 'bp', from: ids[k.from % ids.length]!, to: ids[k.to % ids.length]!, kind: k.kind, label: '' };
    });
    return doc;
  });
