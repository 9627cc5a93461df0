import { describe, expect, it } from 'vitest';
import { listTemplates, loadTemplate, TemplateError } from '../../../main/templates';
import {
  CANONICAL_LANES, CONNECTOR_KINDS, RESPONSE_TYPES, STAGE_PRESETS, blueprintsOf, columnsOf, lanesOf, stagesOf, validateDoc,
} from '../../../shared/model';

const SAMPLES = ['agricultural-supplier', 'bank-branch', 'dental-root-canal', 'home-espresso', 'resort-smoking', 'streaming-subscription'];

describe('templates', () => {
  it('lists blank, the three stage presets and the samples', () => {
    expect(listTemplates().map((t) => t.id)).toEqual(['blank', ...STAGE_PRESETS.map((p) => p.id), ...SAMPLES]);
    for (const t of listTemplates()) expect(t.name.length * t.description.length).toBeGreaterThan(0);
  });

  it('give a valid workshop with fresh ids on every load, and the title asked for', () => {
    for (const { id } of listTemplates()) {
      const a = loadTemplate(id);
      const b = loadTemplate(id, 'Our workshop');
      expect(validateDoc(a).problems).toEqual([]);
      expect(b.workshop.title).toBe('Our workshop');
      const idsOf = (doc: typeof a) => [...Object.keys(doc.blueprints), ...Object.keys(doc.lanes), ...Object.keys(doc.cards)];
      expect(idsOf(a).filter((x) => idsOf(b).includes(x))).toEqual([]);
    }
  });

  it('lay out the canonical lanes in order and the stages of their preset', () => {
    for (const preset of STAGE_PRESETS) {
      const doc = loadTemplate(preset.id);
      const [blueprint] = blueprintsOf(doc);
      expect(lanesOf(doc, blueprint!.id).map((l) => l.kind)).toEqual(CANONICAL_LANES.map((l) => l.kind));
      expect(stagesOf(doc, blueprint!.id).map((s) => s.name)).toEqual(preset.stages);
    }
  });

  it('refuse an unknown name and say which exist', () => {
    expect(() => loadTemplate('nope')).toThrow(TemplateError);
    expect(() => loadTemplate('nope')).toThrow(/no template "nope".*home-espresso/);
  });
});

describe('the home-espresso sample shows the whole method', () => {
  const doc = loadTemplate('home-espresso');
  const [blueprint] = blueprintsOf(doc);
  // The current state; the sample's future state is a changed copy of it.
  const cards = Object.values(doc.cards).filter((c) => doc.lanes[c.laneId]?.blueprintId === blueprint!.id);
  const touchpoints = cards.flatMap((c) => (c.touchpoint ? [c.touchpoint] : []));

  it('has every canonical lane, optional lanes, 4–6 stages, 12–16 steps and 60–90 cards', () => {
    const lanes = lanesOf(doc, blueprint!.id);
    for (const preset of CANONICAL_LANES) expect(lanes.some((l) => l.kind === preset.kind)).toBe(true);
    expect(lanes.filter((l) => l.role !== null).length).toBeGreaterThanOrEqual(3);
    expect(stagesOf(doc, blueprint!.id).length).toBeGreaterThanOrEqual(4);
    expect(stagesOf(doc, blueprint!.id).length).toBeLessThanOrEqual(6);
    expect(columnsOf(doc, blueprint!.id).length).toBeGreaterThanOrEqual(12);
    expect(columnsOf(doc, blueprint!.id).length).toBeLessThanOrEqual(16);
    expect(cards.length).toBeGreaterThanOrEqual(60);
    expect(cards.length).toBeLessThanOrEqual(90);
    for (const lane of lanes.filter((l) => l.role !== 'experience-curve')) expect(cards.some((c) => c.laneId === lane.id), lane.name).toBe(true);
  });

  it('uses every touchpoint attribute and both strategies, fully filled in', () => {
    expect(new Set(touchpoints.map((t) => t.channel)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(touchpoints.map((t) => t.importance))).toEqual(new Set([2, 3, 4, 5]));
    expect(new Set(touchpoints.map((t) => t.sentiment)).size).toBe(5);
    expect(touchpoints.some((t) => t.expectation! > t.experience!)).toBe(true);
    expect(touchpoints.some((t) => t.expectation! < t.experience!)).toBe(true);
    expect(new Set(touchpoints.flatMap((t) => t.responses))).toEqual(new Set(RESPONSE_TYPES));
    expect(touchpoints.some((t) => t.quotes.length > 0 && t.rootCauses.length > 0)).toBe(true);
    const benchmarks = touchpoints.filter((t) => t.strategy === 'benchmark');
    const differentiated = touchpoints.filter((t) => t.strategy === 'differentiate');
    expect(benchmarks.length).toBeGreaterThanOrEqual(3);
    expect(differentiated.length).toBeGreaterThanOrEqual(2);
    for (const t of benchmarks) expect(t.benchmark.standard && t.benchmark.evidence && t.benchmark.target && t.benchmark.current).toBeTruthy();
    for (const t of differentiated) expect(t.differentiation.concept && t.differentiation.brandAttributes.length).toBeTruthy();
  });

  it('rates products, marks fail points and waits, and joins cards with every kind of labelled connector', () => {
    expect(cards.filter((c) => c.product).length).toBeGreaterThanOrEqual(4);
    expect(cards.some((c) => c.failPoint)).toBe(true);
    expect(cards.some((c) => c.waitMinutes > 0)).toBe(true);
    const connectors = Object.values(doc.connectors);
    for (const kind of CONNECTOR_KINDS) expect(connectors.some((c) => c.kind === kind && c.label !== ''), kind).toBe(true);
  });

  it('has people from several departments, brand attributes and one best-customer segment', () => {
    expect(new Set(Object.values(doc.participants).map((p) => p.department)).size).toBeGreaterThanOrEqual(5);
    expect(Object.keys(doc.brandAttributes).length).toBeGreaterThanOrEqual(3);
    expect(Object.values(doc.segments).filter((s) => s.bestCustomers)).toHaveLength(1);
  });
});

describe.each(SAMPLES)('the %s sample', (id) => {
  const doc = loadTemplate(id);
  const [blueprint] = blueprintsOf(doc);
  const cards = Object.values(doc.cards);
  const touchpoints = cards.flatMap((c) => (c.touchpoint ? [c.touchpoint] : []));

  it('puts cards in every canonical lane', () => {
    for (const preset of CANONICAL_LANES) {
      const lane = lanesOf(doc, blueprint!.id).find((l) => l.kind === preset.kind);
      expect(cards.some((c) => c.laneId === lane?.id), preset.name).toBe(true);
    }
  });

  it('shows both strategies, fully filled in, and rated products', () => {
    const benchmarks = touchpoints.filter((t) => t.strategy === 'benchmark');
    const differentiated = touchpoints.filter((t) => t.strategy === 'differentiate');
    expect(benchmarks.length * differentiated.length).toBeGreaterThan(0);
    for (const t of benchmarks) expect(t.benchmark.standard && t.benchmark.evidence && t.benchmark.target && t.benchmark.current).toBeTruthy();
    for (const t of differentiated) expect(t.differentiation.concept && t.differentiation.brandAttributes.length).toBeTruthy();
    expect(new Set(touchpoints.flatMap((t) => t.responses))).toEqual(new Set(RESPONSE_TYPES));
    expect(cards.some((c) => c.product?.sensuous)).toBe(true);
    expect(Object.values(doc.segments).filter((s) => s.bestCustomers)).toHaveLength(1);
  });
});
