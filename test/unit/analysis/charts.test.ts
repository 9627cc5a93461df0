import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Quadrant } from '../../../shared/analysis';
import { Painter, type DisplayItem } from '../../../shared/render';
import { barChart } from '../../../shared/render/charts/bars';
import { drawExperienceCurve } from '../../../shared/render/charts/experienceCurve';
import { drawPriorityMatrix, type MatrixPoint } from '../../../shared/render/charts/priorityMatrix';
import { rowChartList } from '../../../shared/render/charts/rows';
import { QUADRANT_STYLE } from '../../../shared/render/charts/style';

const quadrantOf = (importance: number, gap: number): Quadrant => (importance >= 4 ? (gap < 0 ? 'fixFirst' : 'protect') : gap < 0 ? 'monitor' : 'differentiate');
const texts = (items: DisplayItem[]) => items.filter((i): i is Extract<DisplayItem, { type: 'text' }> => i.type === 'text');

describe('charts as display items', () => {
  it('the priority matrix puts every touchpoint, numbered, on the side of both dividers its scores give', () => {
    const point = fc.record({ importance: fc.integer({ min: 1, max: 5 }), gap: fc.integer({ min: -4, max: 4 }) });
    fc.assert(fc.property(fc.array(point, { minLength: 1, maxLength: 40 }), (raw) => {
      const points: MatrixPoint[] = raw.map((p, i) => ({ ...p, label: i + 1, quadrant: quadrantOf(p.importance, p.gap) }));
      const p = new Painter();
      drawPriorityMatrix(p, points, 460, 420);
      const dividers = p.items.filter((i): i is Extract<DisplayItem, { type: 'line' }> => i.type === 'line' && i.strokeWidth === 1.4);
      const vertical = dividers.find((l) => l.x1 === l.x2)!.x1;
      const horizontal = dividers.find((l) => l.y1 === l.y2)!.y1;
      const marks = p.items.filter((i): i is Extract<DisplayItem, { type: 'circle' }> => i.type === 'circle');
      const labels = texts(p.items);
      for (const point of points) {
        const label = labels.find((t) => t.text === String(point.label) && t.weight === 'bold' && t.fill === '#FFFFFF');
        expect(label, `mark ${point.label}`).toBeDefined();
        const mark = marks.find((m) => Math.abs(m.cx - label!.x) < 0.01 && m.cy > label!.y - 10 && m.cy < label!.y + 2)!;
        expect(mark.fill).toBe(QUADRANT_STYLE[point.quadrant].color);
        expect(mark.cx < vertical).toBe(point.gap < 0);
        expect(mark.cy < horizontal).toBe(point.importance >= 4);
      }
    }), { numRuns: 60 });
  });

  it('the priority matrix shows "+N" for what a crowded cell cannot hold', () => {
    const points: MatrixPoint[] = Array.from({ length: 60 }, (_, i) => ({ label: i + 1, importance: 5, gap: -2, quadrant: 'fixFirst' }));
    const p = new Painter();
    drawPriorityMatrix(p, points, 460, 420);
    const shown = texts(p.items).filter((t) => /^\d+$/.test(t.text) && t.fill === '#FFFFFF').length;
    const more = texts(p.items).find((t) => /^\+\d+$/.test(t.text) && t.weight === 'bold');
    expect(more).toBeDefined();
    expect(shown + Number(more!.text.slice(1))).toBe(60);
  });

  it('the experience curve runs through one point per valued step, higher for better sentiment', () => {
    const stages = [{ name: 'A', steps: [{ id: 'a', name: 'One' }, { id: 'b', name: 'Two' }] }, { name: 'B', steps: [{ id: 'c', name: 'Three' }] }];
    const p = new Painter();
    drawExperienceCurve(p, { stages, values: [{ stepId: 'a', value: 1.5 }, { stepId: 'c', value: -2 }] }, 600, 260);
    const line = p.items.find((i): i is Extract<DisplayItem, { type: 'path' }> => i.type === 'path' && i.fill === 'none' && i.strokeWidth === 2)!;
    const ys = [...line.d.matchAll(/[ML][\d.-]+ ([\d.-]+)/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(2);
    expect(ys[0]!).toBeLessThan(ys[1]!);
    expect(texts(p.items).map((t) => t.text)).toEqual(expect.arrayContaining(['+1.5', '\u22122', 'One', 'Two', 'Three']));
  });

  it('bars are as long as their values, on a nice scale, labelled with their numbers', () => {
    const chart = barChart({
      width: 700, labelWidth: 150, barWidth: 300, domain: [0, 7], tickFormat: String, axisTitle: 'Count',
      rows: [{ label: 'Seven', value: 7, fill: '#111111', valueText: '7' }, { label: 'Three', value: 3, fill: '#111111', valueText: '3' }, { label: 'None', value: null, fill: '#111111', valueText: '' }],
    });
    const list = rowChartList(chart, 700, 'Counts');
    const bars = list.items.filter((i): i is Extract<DisplayItem, { type: 'rect' }> => i.type === 'rect' && i.fill === '#111111');
    expect(bars).toHaveLength(2);
    expect(bars[0]!.width / bars[1]!.width).toBeCloseTo(7 / 3, 5);
    expect(texts(list.items).map((t) => t.text)).toEqual(expect.arrayContaining(['Seven', '7', 'Three', '3', 'not rated', '0']));
  });
});
