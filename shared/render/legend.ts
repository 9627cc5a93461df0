import { BLUEPRINT_LINES } from '../model/presets';
import { CARD_KINDS, CONNECTOR_KINDS } from '../model/schemas';
import { CARD_KIND_LABELS } from '../model/labels';
import type { Painter } from './displayList';
import { drawConnector } from './connectors';
import { clockIcon, failPointMark, sentimentFace, sentimentLabel, strategyBadge, touchpointMark } from './marks';
import { CARD_KIND_STYLE, CONNECTOR_STYLE, INK, SENTIMENT_STYLE } from './palette';

const ROW = 19;
const HEAD = 18;
export const LEGEND_HEIGHT = HEAD + 5 * ROW + 6;

interface Column { title: string; width: number; draw: (p: Painter) => void }

const label = (p: Painter, x: number, row: number, text: string) =>
  p.text(x, HEAD + row * ROW + 12, text, { size: 10, fill: INK.text });
const rowMid = (row: number) => HEAD + row * ROW + 8.5;

const COLUMNS: Column[] = [
  {
    title: 'Lines', width: 210,
    draw: (p) => BLUEPRINT_LINES.forEach((line, i) => {
      p.line(0, rowMid(i), 34, rowMid(i), INK.line, 1.6, [9, 5]);
      label(p, 44, i, line.label);
    }),
  },
  {
    title: 'Connectors', width: 200,
    draw: (p) => CONNECTOR_KINDS.forEach((kind, i) => {
      drawConnector(p, { id: kind, from: '', to: '', kind, label: '', path: [{ x: 0, y: rowMid(i) }, { x: 34, y: rowMid(i) }], labelBox: null });
      label(p, 44, i, CONNECTOR_STYLE[kind].label);
    }),
  },
  {
    title: 'Touchpoints', width: 190,
    draw: (p) => {
      [1, 3, 5].forEach((importance, i) => touchpointMark(p, 10 + i * 22, rowMid(0) + 2, importance));
      label(p, 78, 0, 'Importance 1–5');
      failPointMark(p, 10, rowMid(2));
      label(p, 24, 2, 'Fail point');
      clockIcon(p, 10, rowMid(3));
      label(p, 24, 3, 'Wait time');
      p.rect(3, rowMid(4) - 6, 14, 12, { radius: 3, fill: INK.paper, stroke: INK.touchpoint, strokeWidth: 1.4 });
      label(p, 24, 4, 'Touchpoint card');
    },
  },
  {
    title: 'Strategy', width: 220,
    draw: (p) => {
      const w = strategyBadge(p, 0, rowMid(0), 'benchmark');
      label(p, w + 8, 0, 'standard to protect');
      const v = strategyBadge(p, 0, rowMid(1), 'differentiate');
      label(p, v + 8, 1, 'on-brand design');
    },
  },
  {
    title: 'Sentiment', width: 160,
    draw: (p) => [2, 1, 0, -1, -2].forEach((s, i) => {
      sentimentFace(p, 8, rowMid(i), s);
      p.text(22, HEAD + i * ROW + 12, sentimentLabel(s), { size: 10, weight: 'bold', fill: SENTIMENT_STYLE[s]!.color });
      label(p, 42, i, SENTIMENT_STYLE[s]!.label);
    }),
  },
  {
    title: 'Card kinds', width: 230,
    draw: (p) => CARD_KINDS.forEach((kind, i) => {
      const col = Math.floor(i / 5);
      const row = i % 5;
      const style = CARD_KIND_STYLE[kind];
      p.rect(col * 115, rowMid(row) - 6, 14, 12, { radius: 2, fill: style.fill, stroke: INK.rule, strokeWidth: 1 });
      p.rect(col * 115, rowMid(row) - 6, 4, 12, { fill: style.accent });
      label(p, col * 115 + 20, row, CARD_KIND_LABELS[kind]);
    }),
  },
];

export const LEGEND_WIDTH = COLUMNS.reduce((w, c) => w + c.width, 0);

export function drawLegend(p: Painter): void {
  let x = 0;
  for (const column of COLUMNS) {
    const c = p.at(x, 0);
    c.text(0, 11, column.title.toUpperCase(), { size: 9, weight: 'bold', fill: INK.muted });
    column.draw(c);
    x += column.width;
  }
}
