import { clampLines, wrapText, type FontWeight } from '../layout/text';
import type { Painter } from '../render/displayList';
import { INK } from '../render/palette';
import type { Flow } from './flow';
import { lineHeight, TYPE } from './text';

export interface Column<T> {
  title: string;
  /** Share of the table's width; the shares of all columns add up to 1. */
  share: number;
  /** Cell text; several paragraphs each start on a new line. */
  text?: (row: T) => string | { text: string; weight?: FontWeight; fill?: string; size?: number }[];
  align?: 'start' | 'end';
  /** A drawn cell (a small chart) of fixed height instead of text. */
  draw?: { height: number; paint: (p: Painter, row: T, width: number) => void };
}

const PAD = 4;
const HEAD = lineHeight(TYPE.small) + 2 * PAD;

/**
 * A table that breaks between rows across pages and repeats its header on each. Every cell is
 * wrapped text; a row taller than a page is cut with "…" (only pathological text gets there).
 */
export function table<T>(flow: Flow, columns: Column<T>[], rows: readonly T[]): void {
  const widths = columns.map((c) => c.share * flow.width);
  const xs = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  const header = () => flow.block(HEAD, (p) => {
    p.rect(0, 0, flow.width, HEAD, { fill: INK.laneHeader });
    columns.forEach((c, i) => {
      const x = c.align === 'end' ? xs[i]! + widths[i]! - PAD : xs[i]! + PAD;
      p.text(x, PAD + TYPE.small, c.title, { size: TYPE.small, weight: 'bold', fill: INK.muted, anchor: c.align === 'end' ? 'end' : 'start' });
    });
  });
  flow.ensure(HEAD + 30);
  header();
  const maxHeight = flow.height - HEAD;
  rows.forEach((row, r) => {
    const cells = columns.map((c, i) => cellLines(c, row, widths[i]! - 2 * PAD, maxHeight - 2 * PAD));
    const height = Math.max(...cells.map((lines, i) => columns[i]!.draw?.height ?? lines.reduce((h, l) => h + lineHeight(l.size), 0))) + 2 * PAD;
    if (flow.ensure(height)) header();
    flow.block(height, (p) => {
      if (r % 2 === 1) p.rect(0, 0, flow.width, height, { fill: INK.laneBand });
      columns.forEach((c, i) => {
        if (c.draw) {
          c.draw.paint(p.at(xs[i]! + PAD, PAD), row, widths[i]! - 2 * PAD);
          return;
        }
        let y = PAD;
        for (const l of cells[i]!) {
          const x = c.align === 'end' ? xs[i]! + widths[i]! - PAD : xs[i]! + PAD;
          p.text(x, y + l.size, l.text, { size: l.size, weight: l.weight, fill: l.fill, anchor: c.align === 'end' ? 'end' : 'start' });
          y += lineHeight(l.size);
        }
      });
      p.line(0, height, flow.width, height, INK.hairline, 0.6);
    });
  });
}

interface Line { text: string; size: number; weight: FontWeight; fill: string }

function cellLines<T>(column: Column<T>, row: T, width: number, maxHeight: number): Line[] {
  if (!column.text) return [];
  const value = column.text(row);
  const parts = typeof value === 'string' ? [{ text: value }] : value;
  const lines: Line[] = [];
  let height = 0;
  for (const part of parts) {
    const size = 'size' in part && part.size ? part.size : TYPE.table;
    const weight = ('weight' in part && part.weight) || 'normal';
    const fill = ('fill' in part && part.fill) || INK.text;
    const room = Math.floor((maxHeight - height) / lineHeight(size));
    if (room <= 0 || !part.text) continue;
    const wrapped = clampLines(wrapText(part.text, size, width, weight), room, size, width, weight);
    for (const text of wrapped) lines.push({ text, size, weight, fill });
    height += wrapped.length * lineHeight(size);
  }
  return lines;
}
