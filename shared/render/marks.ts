import { LAYOUT } from '../layout/constants';
import { measureText } from '../layout/text';
import type { CardBox } from '../layout/types';
import type { Card, Strategy } from '../model/types';
import type { Painter } from './displayList';
import { markRow, type RowItem } from './markRow';
import { MARK_SHAPES, sentimentMark, type MarkName } from './markShapes';
import { GAP_COLOR, INK, STRATEGY_COLOR } from './palette';

/** Text in the marks row and on the owner line, as the canvas sets it (canvas.css .fs-card-marks). */
const ROW_FONT = 10.5;
const ROW_GAP = 6;
/** The row's content sits under its top rule and 3 px of padding. */
const ROW_CENTRE = 13;

/**
 * Draws a mark with its left edge at `x`, centred on `cy`, `height` px tall (its size on a card
 * unless told), in its colour; the parts cut out of it are painted in paper, which is what a
 * hole shows on a card. Each mark is one symbol of the picture, placed wherever it appears.
 * Returns the width drawn.
 */
export function drawMark(p: Painter, name: MarkName, x: number, cy: number, height?: number): number {
  const shape = MARK_SHAPES[name];
  const h = height ?? shape.size[1];
  const width = (shape.width * h) / shape.height;
  p.use(`mark-${name}`, x, cy - h / 2, width, h);
  return width;
}

/** A sentiment's face (the cards' mark) centred on (cx, cy), `r` px in radius: for charts. */
export function sentimentFace(p: Painter, cx: number, cy: number, sentiment: number, r = 8): void {
  drawMark(p, sentimentMark(sentiment), cx - r, cy, 2 * r);
}

/** A note's number in a small pill in its strategy's colour: on the card, and before the note beside the blueprint. */
export function notePill(p: Painter, x: number, cy: number, number: number, strategy: Exclude<Strategy, 'none'>): number {
  const text = String(number);
  const width = Math.max(13, measureText(text, 8.5, 'bold') + 8);
  p.rect(x, cy - 6.5, width, 13, { radius: 6.5, fill: INK.paper, stroke: STRATEGY_COLOR[strategy], strokeWidth: 1 });
  p.text(x + width / 2, cy + 3, text, { size: 8.5, weight: 'bold', fill: STRATEGY_COLOR[strategy], anchor: 'middle' });
  return width;
}

/** A sentiment as a signed number: "+2", "0", "−1" (with a real minus sign). */
export function sentimentLabel(sentiment: number): string {
  return sentiment > 0 ? `+${sentiment}` : sentiment < 0 ? `\u2212${-sentiment}` : '0';
}

/** The owner line: a person mark and the department, muted, as on the canvas. */
export function drawOwner(p: Painter, box: CardBox): void {
  if (!box.owner) return;
  const cy = box.owner.y + LAYOUT.ownerLineHeight / 2;
  const left = box.x + LAYOUT.cardPadding;
  const w = drawMark(p, 'owner', left, cy);
  p.text(left + w + 4, cy + 3.7, box.owner.text, { size: LAYOUT.ownerFontSize, fill: INK.muted });
}

/**
 * The row of marks at the foot of a card, the canvas's row item for item (markRow): a rule on
 * top, marks and their words from the left, product ratings at the right end. A strategy with a
 * note beside the blueprint gets the note's number. What would not fit is left out.
 */
export function drawMarkRow(p: Painter, card: Card, box: CardBox, note?: number): void {
  if (box.footerY === undefined) return;
  const left = box.x + LAYOUT.cardPadding;
  const right = box.x + box.width - LAYOUT.cardPadding;
  p.line(left, box.footerY + 0.5, right, box.footerY + 0.5, INK.rule, 1);
  const cy = box.footerY + ROW_CENTRE;
  let x = left;
  let end = right;
  const items = markRow(card);
  const ratings = items.find((i): i is Extract<RowItem, { type: 'ratings' }> => i.type === 'ratings');
  if (ratings) end = drawRatings(p, ratings, right, cy, left);
  for (const item of items) {
    if (item.type === 'ratings') continue;
    const width = itemWidth(item, note);
    if (x + width > end) continue;
    if (item.type === 'gap') {
      p.text(x, cy + 3.7, item.text, { size: ROW_FONT, weight: 'bold', fill: GAP_COLOR });
    } else {
      const at = x + drawMark(p, item.mark, x, cy);
      if (item.text) p.text(at + 3, cy + 3.7, item.text, { size: ROW_FONT, fill: INK.muted });
      if (item.role === 'strategy' && note !== undefined) notePill(p, at + 3, cy, note, item.mark as 'benchmark' | 'differentiate');
    }
    x += width + ROW_GAP;
  }
}

function itemWidth(item: Exclude<RowItem, { type: 'ratings' }>, note: number | undefined): number {
  if (item.type === 'gap') return measureText(item.text, ROW_FONT, 'bold');
  const shape = MARK_SHAPES[item.mark];
  let width = shape.size[0];
  if (item.text) width += 3 + measureText(item.text, ROW_FONT);
  if (item.role === 'strategy' && note !== undefined) width += 3 + Math.max(13, measureText(String(note), 8.5, 'bold') + 8);
  return width;
}

/** Product ratings as chips ("Useful 4") from the right end; returns where they begin. */
function drawRatings(p: Painter, item: Extract<RowItem, { type: 'ratings' }>, right: number, cy: number, left: number): number {
  const chips = item.ratings.map((r) => ({ name: `${r.name} `, value: r.value === null ? '–' : String(r.value) }));
  const widths = chips.map((c) => measureText(c.name, ROW_FONT - 1) + measureText(c.value, ROW_FONT - 1, 'bold') + 6);
  const total = widths.reduce((a, b) => a + b, 0) + 4 * (chips.length - 1);
  let x = right - total;
  if (x < left) return right;
  const start = x;
  chips.forEach((c, i) => {
    p.rect(x, cy - 7, widths[i]!, 14, { radius: 3, fill: INK.surface2 });
    p.text(x + 3, cy + 3.4, c.name, { size: ROW_FONT - 1, fill: INK.muted });
    p.text(x + 3 + measureText(c.name, ROW_FONT - 1), cy + 3.4, c.value, { size: ROW_FONT - 1, weight: 'bold', fill: INK.text });
    x += widths[i]! + 4;
  });
  return start - ROW_GAP;
}
