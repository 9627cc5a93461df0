import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutMatrix, LABEL_FONT, MAX_LABELS, type MatrixItem } from '../../../renderer/insights/views/matrixLayout';
import { measureText } from '../../../shared/layout/text';
import { rootCauseHighlight, handoffsHighlight } from '../../../renderer/insights/highlights';
import { defaultPair, pairToShow } from '../../../renderer/insights/compare/defaultPair';
import { overlayCurves } from '../../../shared/compare';
import { duplicateAsFutureState, idsToDuplicate, deleteBlueprint, run } from '../../../shared/commands';
import { richDoc, apply } from '../commands/fixture';

const QUADRANT = (importance: number, gap: number): MatrixItem['quadrant'] => (importance >= 4 ? (gap < 0 ? 'fixFirst' : 'protect') : gap < 0 ? 'monitor' : 'differentiate');
const item = fc.record({ importance: fc.integer({ min: 1, max: 5 }), gap: fc.integer({ min: -4, max: 4 }), title: fc.string({ maxLength: 40 }) });

describe('the priority matrix layout', () => {
  it('places every touchpoint in its quadrant, or counts it in its full cell, and no title covers another', () => {
    fc.assert(fc.property(fc.array(item, { maxLength: 200 }), (raw) => {
      const items = raw.map((r, i) => ({ ...r, id: `t${i}`, quadrant: QUADRANT(r.importance, r.gap) }));
      const g = layoutMatrix(items, 388, 292);
      expect(g.marks.length + g.overflow.reduce((n, o) => n + o.count, 0)).toBe(items.length);
      for (const m of g.marks) {
        expect(m.x < g.divideX).toBe(m.gap < 0);
        expect(m.y < g.divideY).toBe(m.importance >= 4);
        expect(m.x).toBeGreaterThan(g.plot.left);
        expect(m.x).toBeLessThan(g.plot.right);
      }
      const labels = g.marks.filter((m) => m.label);
      expect(labels.length).toBeLessThanOrEqual(MAX_LABELS);
      const h = LABEL_FONT + 3;
      const rects = labels.map((m) => {
        const w = measureText(m.label!.text, LABEL_FONT);
        const x0 = m.label!.anchor === 'start' ? m.label!.x : m.label!.x - w;
        return { id: m.id, x0, x1: x0 + w, y0: m.label!.y - h / 2, y1: m.label!.y + h / 2 };
      });
      const apart = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) => a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
      for (const [i, a] of rects.entries()) {
        for (const b of rects.slice(i + 1)) expect(apart(a, b)).toBe(true);
        for (const m of g.marks) if (m.id !== a.id) expect(apart(a, { x0: m.x - 7, x1: m.x + 7, y0: m.y - 7, y1: m.y + 7 })).toBe(true);
      }
    }), { numRuns: 60 });
  });

  it('gives the most urgent marks their titles first, to the right of the mark when there is room', () => {
    const items: MatrixItem[] = [
      { id: 'a', title: 'Courier delivers late', importance: 5, gap: -2, quadrant: 'fixFirst' },
      { id: 'b', title: 'Welcome sleeve', importance: 2, gap: 2, quadrant: 'differentiate' },
    ];
    const g = layoutMatrix(items, 388, 292);
    const a = g.marks.find((m) => m.id === 'a')!;
    expect(a.label).toMatchObject({ anchor: 'start', text: 'Courier delivers late', leader: false });
    expect(a.label!.x).toBeGreaterThan(a.x);
    expect(g.gaps.map((t) => t.value)).toEqual([-2, -1, 0, 1, 2]);
    expect(layoutMatrix([{ ...items[0]!, gap: -4 }], 388, 292).gaps[0]!.value).toBe(-4);
  });
});

describe('what a click shows on the canvas', () => {
  it('a root cause: the cause, its touchpoints, its cause connectors, and a line where none joins them', () => {
    const doc = structuredClone(richDoc());
    doc.connectors.kc = { id: 'kc', blueprintId: 'bp1', from: 'card3', to: 'card1', kind: 'cause', label: '' };
    const h = rootCauseHighlight(doc, { card: 'card3', touchpoints: ['card1', 'card2'], weight: 4 });
    expect(h.cardIds).toEqual(['card3', 'card1', 'card2']);
    expect(h.connectorIds).toEqual(['kc']);
    expect(h.links).toEqual([['card3', 'card2']]);
    expect(h.focusId).toBe('card3');
    expect(h.label).toMatch(/and the 2 touchpoints it drags down$/);
  });

  it('handoffs: the connectors with the cards at both ends', () => {
    const doc = richDoc();
    const [first] = Object.values(doc.connectors);
    const h = handoffsHighlight(doc, [first!.id]);
    expect(new Set(h.cardIds)).toEqual(new Set([first!.from, first!.to]));
    expect(h.label).toBe('1 handoff across the line of visibility');
  });
});

describe('the compare view', () => {
  it('pairs the blueprint on screen with the one it was duplicated from, either way round', () => {
    const doc = richDoc();
    const ids = Object.fromEntries(idsToDuplicate(doc, 'bp1').map((old) => [old, `f-${old}`]));
    const next = apply(doc, duplicateAsFutureState, { blueprintId: 'bp1', id: 'fut', ids });
    expect(defaultPair(next, 'fut')).toEqual({ before: 'bp1', after: 'fut' });
    expect(defaultPair(next, 'bp1')).toEqual({ before: 'bp1', after: 'fut' });
    // No lineage between them: the first two in order.
    expect(defaultPair(doc, 'bp2')).toEqual({ before: 'bp1', after: 'bp2' });
    const alone = run(doc, deleteBlueprint, { blueprintId: 'bp2' }).doc;
    expect(defaultPair(alone, 'bp1')).toBeNull();
    expect(pairToShow(next, { before: 'bp1', after: 'gone' }, 'fut')).toEqual({ before: 'bp1', after: 'fut' });
    expect(pairToShow(next, { before: 'bp2', after: 'fut' }, 'fut')).toEqual({ before: 'bp2', after: 'fut' });
  });

  it('lines the two curves up by step name, a step of one blueprint only on a column of its own', () => {
    const steps = (...names: string[]) => names.map((name, i) => ({ id: `${name}${i}`, name }));
    const before = steps('Walk in', 'Order', 'Pay', 'Leave');
    const after = steps('Walk in', 'Order at the app', 'pay ', 'Leave');
    const columns = overlayCurves(before, [{ stepId: 'Pay2', value: -1 }, { stepId: 'Walk in0', value: 1 }], after, [{ stepId: 'pay 2', value: 1 }]);
    expect(columns.map((c) => c.name)).toEqual(['Walk in', 'Order', 'Order at the app', 'pay ', 'Leave']);
    expect(columns[0]).toEqual({ name: 'Walk in', before: 1, after: null });
    expect(columns[3]).toEqual({ name: 'pay ', before: -1, after: 1 });
  });
});
