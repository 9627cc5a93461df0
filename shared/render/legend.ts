import { measureText } from '../layout/text';
import { drawConnector } from './connectors';
import type { Painter } from './displayList';
import { LEGEND, type LegendEntry, type LegendGroup, type LegendSample } from './legendModel';
import { drawMark, notePill } from './marks';
import { MARK_SHAPES } from './markShapes';
import { CARD_KIND_COLOR, GAP_COLOR, INK, LINE_STYLE } from './palette';

const ROW = 20;
const HEAD = 18;
const NAME_SIZE = 10.5;
const SAMPLE_GAP = 8;
const COLUMN_GAP = 16;
const GROUP_GAP = 32;


function sampleWidth(sample: LegendSample): number {
  switch (sample.type) {
    case 'marks': return sample.marks.reduce((w, m) => w + MARK_SHAPES[m].size[0], 0) + 2 * (sample.marks.length - 1);
    case 'gap': return measureText(sample.text, NAME_SIZE, 'bold');
    case 'line':
    case 'connector': return 36;
    case 'kind': return 16;
    case 'note': return 13;
  }
}

const entryWidth = (e: LegendEntry) => sampleWidth(e.sample) + SAMPLE_GAP + measureText(e.name, NAME_SIZE);
const rows = (g: LegendGroup) => Math.ceil(g.entries.length / g.columns);

/** Each group's columns: the entries of column c are those from c × rows on. */
function columnWidths(g: LegendGroup): number[] {
  const n = rows(g);
  return Array.from({ length: g.columns }, (_, c) => Math.max(0, ...g.entries.slice(c * n, (c + 1) * n).map(entryWidth)));
}

const groupWidth = (g: LegendGroup) => {
  const widths = columnWidths(g).filter((w) => w > 0);
  return Math.max(measureText(g.title.toUpperCase(), 9, 'bold'), widths.reduce((a, b) => a + b, 0) + COLUMN_GAP * (widths.length - 1));
};

export const LEGEND_WIDTH = LEGEND.reduce((w, g) => w + groupWidth(g), 0) + GROUP_GAP * (LEGEND.length - 1);
export const LEGEND_HEIGHT = HEAD + Math.max(...LEGEND.map(rows)) * ROW;

function drawSample(p: Painter, sample: LegendSample, cy: number): void {
  switch (sample.type) {
    case 'marks': {
      let x = 0;
      for (const m of sample.marks) x += drawMark(p, m, x, cy) + 2;
      return;
    }
    case 'gap':
      p.text(0, cy + 3.7, sample.text, { size: NAME_SIZE, weight: 'bold', fill: GAP_COLOR });
      return;
    case 'line': {
      const style = LINE_STYLE[sample.line];
      p.line(0, cy, 36, cy, style.color, style.width, style.dash, style.round ? 'round' : undefined);
      return;
    }
    case 'connector':
      drawConnector(p, { id: sample.kind, from: '', to: '', kind: sample.kind, label: '', path: [{ x: 1, y: cy }, { x: 36, y: cy }], labelBox: null });
      return;
    case 'kind':
      drawCardSwatch(p, 0, cy - 6, 16, 12, CARD_KIND_COLOR[sample.kind]);
      return;
    case 'note':
      notePill(p, 0, cy, 1, 'benchmark');
  }
}

/** A tiny card: white, bordered, its kind's stripe along the top, as on the canvas. */
export function drawCardSwatch(p: Painter, x: number, y: number, w: number, h: number, stripe: string): void {
  p.rect(x, y, w, h, { radius: 2.5, fill: stripe });
  p.rect(x, y + 3, w, h - 3, { radius: 2.5, fill: INK.paper });
  p.rect(x, y, w, h, { radius: 2.5, fill: 'none', stroke: INK.ruleStrong, strokeWidth: 1 });
}

/** The canvas's legend, group by group, with what only paper has (the notes' numbers). */
export function drawLegend(p: Painter): void {
  let x = 0;
  for (const group of LEGEND) {
    const g = p.at(x, 0);
    g.text(0, 11, group.title.toUpperCase(), { size: 9, weight: 'bold', fill: INK.muted });
    const n = rows(group);
    let cx = 0;
    columnWidths(group).forEach((width, c) => {
      group.entries.slice(c * n, (c + 1) * n).forEach((entry, r) => {
        const cy = HEAD + r * ROW + ROW / 2;
        const e = g.at(cx, 0);
        drawSample(e, entry.sample, cy);
        e.text(sampleWidth(entry.sample) + SAMPLE_GAP, cy + 3.7, entry.name, { size: NAME_SIZE, fill: INK.text });
      });
      cx += width + COLUMN_GAP;
    });
    x += groupWidth(group) + GROUP_GAP;
  }
}
