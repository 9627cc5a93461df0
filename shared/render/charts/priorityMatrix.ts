import { scaleBand } from 'd3-scale';
import type { Quadrant } from '../../analysis/types';
import { measureText } from '../../layout/text';
import type { Painter } from '../displayList';
import { INK } from '../palette';
import { CHART, QUADRANT_STYLE } from './style';

export interface MatrixPoint {
  /** The number the mark shows and the key repeats. */
  label: number;
  importance: number;
  gap: number;
  quadrant: Quadrant;
}

const GAPS = [-4, -3, -2, -1, 0, 1, 2, 3, 4];
const IMPORTANCE = [5, 4, 3, 2, 1];
const AXIS_LEFT = 62;
const AXIS_BOTTOM = 46;
const TOP = 30;
const GUTTER = 2;

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0');

/**
 * Importance × gap, with the four quadrants of CONTRACT §6: key touchpoints (importance 4 and 5)
 * above the horizontal divide, gaps below zero left of the vertical one. Scores are whole
 * numbers, so every cell of the grid holds its touchpoints as numbered marks side by side; a
 * cell with more than fit shows "+N" for the rest (the key lists them all).
 */
export function drawPriorityMatrix(p: Painter, points: readonly MatrixPoint[], width: number, height: number): void {
  const x = scaleBand<number>().domain(GAPS).range([AXIS_LEFT, width]);
  const y = scaleBand<number>().domain(IMPORTANCE).range([TOP, height - AXIS_BOTTOM]);
  const bw = x.bandwidth();
  const bh = y.bandwidth();
  const midX = x(0)!;
  const midY = y(3)!;
  const [left, right, top, bottom] = [AXIS_LEFT, width, TOP, height - AXIS_BOTTOM];

  const regions: [Quadrant, number, number, number, number][] = [
    ['fixFirst', left, top, midX, midY], ['protect', midX, top, right, midY],
    ['monitor', left, midY, midX, bottom], ['differentiate', midX, midY, right, bottom],
  ];
  for (const [q, x1, y1, x2, y2] of regions) p.rect(x1, y1, x2 - x1, y2 - y1, { fill: QUADRANT_STYLE[q].tint });
  for (const g of GAPS.slice(1)) p.line(x(g)!, top, x(g)!, bottom, INK.paper, 1);
  for (const i of IMPORTANCE.slice(1)) p.line(left, y(i)!, right, y(i)!, INK.paper, 1);
  p.line(midX, top - 6, midX, bottom, INK.line, 1.4);
  p.line(left, midY, right, midY, INK.line, 1.4);
  p.rect(left, top, right - left, bottom - top, { stroke: INK.rule, strokeWidth: 1 });

  // Quadrant names outside the plot, beside the corner they name, so no mark ever hides them.
  const name = (q: Quadrant, tx: number, ty: number, anchor: 'start' | 'end') => {
    const style = QUADRANT_STYLE[q];
    const label = style.label.toUpperCase();
    const gap = 6;
    if (anchor === 'start') {
      p.text(tx, ty, label, { size: 9, weight: 'bold', fill: style.color });
      p.text(tx + measureText(label, 9, 'bold') + gap, ty, style.meaning, { size: CHART.small, fill: style.color });
    } else {
      p.text(tx, ty, style.meaning, { size: CHART.small, fill: style.color, anchor: 'end' });
      p.text(tx - measureText(style.meaning, CHART.small) - gap, ty, label, { size: 9, weight: 'bold', fill: style.color, anchor: 'end' });
    }
  };
  name('fixFirst', left, top - 8, 'start');
  name('protect', right, top - 8, 'end');
  name('monitor', left, bottom + 27, 'start');
  name('differentiate', right, bottom + 27, 'end');

  for (const g of GAPS) p.text(x(g)! + bw / 2, bottom + 12, signed(g), { size: CHART.font, fill: INK.muted, anchor: 'middle' });
  for (const i of IMPORTANCE) p.text(left - 8, y(i)! + bh / 2 + 3, String(i), { size: CHART.font, fill: INK.muted, anchor: 'end' });
  p.text(left - 8, top - 8, 'Importance', { size: CHART.font, weight: 'bold', fill: INK.text, anchor: 'end' });
  p.text((left + right) / 2, bottom + 41, 'Gap: experience \u2212 expectation (\u2190 below expectation \u00B7 meets or beats it \u2192)', { size: CHART.font, weight: 'bold', fill: INK.text, anchor: 'middle' });

  const cells = new Map<string, MatrixPoint[]>();
  for (const point of points) {
    const key = `${point.gap}|${point.importance}`;
    const list = cells.get(key);
    if (list) list.push(point);
    else cells.set(key, [point]);
  }
  const r = markRadius(Math.max(0, ...[...cells.values()].map((l) => l.length)), bw, bh);
  for (const list of cells.values()) {
    const first = list[0]!;
    drawCell(p, list, x(first.gap)!, y(first.importance)!, bw, bh, r);
  }
}

/** The largest mark (7.5 pt down to 5.5 pt) that lets the fullest cell show every touchpoint, if any does. */
function markRadius(most: number, bw: number, bh: number): number {
  for (let r = 7.5; r > 5.5; r -= 0.5) if (capacity(bw, bh, r).cols * capacity(bw, bh, r).rows >= most) return r;
  return 5.5;
}

function capacity(bw: number, bh: number, r: number): { cols: number; rows: number } {
  const step = 2 * r + GUTTER;
  return { cols: Math.max(1, Math.floor((bw - 4) / step)), rows: Math.max(1, Math.floor((bh - 4) / step)) };
}

function drawCell(p: Painter, list: MatrixPoint[], cx: number, cy: number, bw: number, bh: number, r: number): void {
  const { cols, rows } = capacity(bw, bh, r);
  const room = cols * rows;
  const shown = list.length > room ? list.slice(0, room - 1) : list;
  const used = Math.min(list.length, room);
  const usedCols = Math.min(cols, used);
  const usedRows = Math.ceil(used / cols);
  const step = 2 * r + GUTTER;
  const x0 = cx + (bw - usedCols * step + GUTTER) / 2 + r;
  const y0 = cy + (bh - usedRows * step + GUTTER) / 2 + r;
  shown.forEach((point, i) => {
    const mx = x0 + (i % cols) * step;
    const my = y0 + Math.floor(i / cols) * step;
    const label = String(point.label);
    p.circle(mx, my, r, { fill: QUADRANT_STYLE[point.quadrant].color, stroke: INK.paper, strokeWidth: 0.8 });
    p.text(mx, my + r * 0.36, label, { size: label.length > 2 ? r * 0.78 : r * 0.95, weight: 'bold', fill: INK.paper, anchor: 'middle' });
  });
  if (shown.length < list.length) {
    const i = shown.length;
    p.text(x0 + (i % cols) * step, y0 + Math.floor(i / cols) * step + 3, `+${list.length - shown.length}`, { size: CHART.small, weight: 'bold', fill: INK.text, anchor: 'middle' });
  }
}
