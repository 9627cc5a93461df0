import { scaleLinear } from 'd3-scale';
import { clampLines, measureText, wrapText } from '../../layout/text';
import type { Painter } from '../displayList';
import { INK } from '../palette';
import type { ChartRow, RowChart } from './rows';
import { CHART } from './style';

export interface BarRow {
  label: string;
  /** A smaller line under the label: counts, lane, owner. */
  sublabel?: string;
  /** null draws no bar, and `empty` in its place. */
  value: number | null;
  empty?: string;
  fill: string;
  valueText: string;
  /** Text right of the bars, wrapped: what the row is made of. */
  note?: string;
  /** A row that must stand out (customer service, an unexpressed brand attribute): bold label and a tag. */
  tag?: string;
  tagColor?: string;
}

export interface BarChartSpec {
  width: number;
  labelWidth: number;
  barWidth: number;
  /** Linear domain of the bars, rounded out to nice ticks unless `ticks` are given; a domain around zero draws bars both ways. */
  domain: [number, number];
  ticks?: number[];
  tickFormat: (n: number) => string;
  axisTitle: string;
  rows: BarRow[];
  noteTitle?: string;
}

const LINE = 10.5;
const PAD = 5;
const HEADER = 24;
const VALUE_ROOM = 58;

/**
 * Horizontal bars, one row per thing measured, labelled in words and numbers so that nothing
 * depends on colour. Rows are drawn one by one, so a long chart continues on the next page.
 */
export function barChart(spec: BarChartSpec): RowChart {
  const x0 = spec.labelWidth + 8;
  // Bars that run left leave room for their value between the labels and the bar.
  const x = scaleLinear().domain(spec.domain).range([x0 + (spec.domain[0] < 0 ? 34 : 0), x0 + spec.barWidth]);
  if (!spec.ticks) x.nice(5);
  const ticks = spec.ticks ?? x.ticks(5);
  const [low, high] = x.domain() as [number, number];
  const noteX = x0 + spec.barWidth + VALUE_ROOM;
  const noteWidth = Math.max(0, spec.width - noteX);
  const grid = (p: Painter, height: number) => {
    for (const t of ticks) p.line(x(t), 0, x(t), height, t === 0 ? INK.faint : INK.hairline, t === 0 ? 1 : 0.8);
  };
  const header: ChartRow = {
    height: HEADER,
    draw: (p) => {
      p.text(x0, 9, spec.axisTitle, { size: CHART.small, weight: 'bold', fill: INK.muted });
      // A tick label that would touch the one before it is left out.
      let free = -Infinity;
      for (const t of ticks) {
        const label = spec.tickFormat(t);
        const half = measureText(label, CHART.small) / 2;
        if (x(t) - half < free + 4) continue;
        p.text(x(t), HEADER - 4, label, { size: CHART.small, fill: INK.muted, anchor: 'middle' });
        free = x(t) + half;
      }
      if (spec.noteTitle && noteWidth > 40) {
        const title = clampLines(wrapText(spec.noteTitle, CHART.small, noteWidth, 'bold'), 1, CHART.small, noteWidth, 'bold')[0] ?? '';
        p.text(noteX, HEADER - 4, title, { size: CHART.small, weight: 'bold', fill: INK.muted });
      }
      p.line(0, HEADER, spec.width, HEADER, INK.rule, 0.8);
    },
  };
  const rows = spec.rows.map((row): ChartRow => {
    const weight = row.tag ? 'bold' : 'normal';
    const label = clampLines(wrapText(row.label, CHART.font, spec.labelWidth, weight), 2, CHART.font, spec.labelWidth, weight);
    const sub = row.sublabel ? clampLines(wrapText(row.sublabel, CHART.small, spec.labelWidth), 2, CHART.small, spec.labelWidth) : [];
    const tag = row.tag ? [row.tag] : [];
    const note = row.note && noteWidth > 40 ? clampLines(wrapText(row.note, CHART.small, noteWidth), 4, CHART.small, noteWidth) : [];
    const height = Math.max((label.length + sub.length + tag.length) * LINE, note.length * 9.5, 16) + 2 * PAD;
    return {
      height,
      draw: (p) => {
        grid(p, height);
        let ty = PAD + 8;
        for (const l of label) { p.text(0, ty, l, { size: CHART.font, weight, fill: INK.text }); ty += LINE; }
        for (const l of sub) { p.text(0, ty, l, { size: CHART.small, fill: INK.muted }); ty += LINE; }
        if (row.tag) p.text(0, ty, row.tag, { size: CHART.small, weight: 'bold', fill: row.tagColor ?? INK.text });
        const mid = PAD + 9;
        if (row.value === null) {
          p.text(x0 + 4, mid + 3, row.empty ?? 'not rated', { size: CHART.small, fill: INK.muted });
        } else {
          const start = x(Math.max(low, Math.min(0, high)));
          const end = x(Math.max(low, Math.min(high, row.value)));
          p.rect(Math.min(start, end), mid - 6, Math.max(Math.abs(end - start), row.value === 0 ? 0 : 1), 12, { fill: row.fill, radius: 1.5 });
          const after = row.value < 0 ? Math.min(start, end) - 4 : Math.max(start, end) + 4;
          p.text(after, mid + 3, row.valueText, { size: CHART.font, weight: 'bold', fill: INK.text, anchor: row.value < 0 ? 'end' : 'start' });
        }
        note.forEach((l, i) => p.text(noteX, PAD + 8 + i * 9.5, l, { size: CHART.small, fill: INK.muted }));
        p.line(0, height, spec.width, height, INK.hairline, 0.6);
      },
    };
  });
  return { header, rows };
}
