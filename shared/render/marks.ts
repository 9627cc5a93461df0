import { LAYOUT } from '../layout/constants';
import { measureText } from '../layout/text';
import type { CardBox } from '../layout/types';
import type { Card, Channel, Strategy } from '../model/types';
import type { Painter } from './displayList';
import { FAIL_POINT_COLOR, INK, SENTIMENT_STYLE, STRATEGY_STYLE } from './palette';
import { formatMinutes } from './format';

const MARK_FONT = 9;

/** Touchpoint mark: a disc whose size grows with importance, with the importance written in it. */
export function touchpointMark(p: Painter, cx: number, cy: number, importance: number): number {
  const r = touchpointRadius(importance);
  p.circle(cx, cy, r, { fill: INK.touchpoint, stroke: INK.paper, strokeWidth: 1 });
  p.text(cx, cy + 3, String(importance), { size: 8, weight: 'bold', fill: INK.paper, anchor: 'middle' });
  return r;
}

export const touchpointRadius = (importance: number) => 4.5 + importance;

/** Sentiment as a face (mouth shape) in the sentiment colour, so it never relies on colour alone. */
export function sentimentFace(p: Painter, cx: number, cy: number, sentiment: number, r = 7): void {
  const style = SENTIMENT_STYLE[sentiment] ?? (SENTIMENT_STYLE[0] as (typeof SENTIMENT_STYLE)[0]);
  p.circle(cx, cy, r, { fill: style.tint, stroke: style.color, strokeWidth: 1.3 });
  p.circle(cx - r * 0.35, cy - r * 0.25, r * 0.12, { fill: style.color });
  p.circle(cx + r * 0.35, cy - r * 0.25, r * 0.12, { fill: style.color });
  const mouthY = cy + r * 0.35;
  const bend = sentiment * r * 0.22;
  p.curve({ x: cx - r * 0.45, y: mouthY - bend / 2 }, { x: cx, y: mouthY + bend }, { x: cx + r * 0.45, y: mouthY - bend / 2 }, {
    stroke: style.color, strokeWidth: 1.2, fill: 'none',
  });
}

export function sentimentLabel(sentiment: number): string {
  return sentiment > 0 ? `+${sentiment}` : sentiment < 0 ? `\u2212${-sentiment}` : '0';
}

/** Benchmark is an outlined pill, differentiate a filled one: told apart by shape as well as colour. */
export function strategyBadge(p: Painter, x: number, cy: number, strategy: Exclude<Strategy, 'none'>): number {
  const style = STRATEGY_STYLE[strategy];
  const width = strategyBadgeWidth(strategy);
  const filled = strategy === 'differentiate';
  p.rect(x, cy - 7, width, 14, { radius: 7, fill: filled ? style.color : INK.paper, stroke: style.color, strokeWidth: 1 });
  p.text(x + width / 2, cy + 3, style.label, { size: MARK_FONT - 1, weight: 'bold', fill: filled ? INK.paper : style.color, anchor: 'middle' });
  return width;
}

export const strategyBadgeWidth = (strategy: Exclude<Strategy, 'none'>) =>
  Math.ceil(measureText(STRATEGY_STYLE[strategy].label, MARK_FONT - 1, 'bold')) + 12;

/** The classic blueprint fail point: a circled F. */
export function failPointMark(p: Painter, cx: number, cy: number): void {
  p.circle(cx, cy, 7, { fill: FAIL_POINT_COLOR });
  p.text(cx, cy + 3.5, 'F', { size: 9, weight: 'bold', fill: INK.paper, anchor: 'middle' });
}

export function clockIcon(p: Painter, cx: number, cy: number): void {
  p.circle(cx, cy, 5, { fill: 'none', stroke: INK.muted, strokeWidth: 1 });
  p.polyline([{ x: cx, y: cy - 3 }, { x: cx, y: cy }, { x: cx + 2.5, y: cy + 1 }], { stroke: INK.muted, strokeWidth: 1, fill: 'none' });
}

export const CHANNEL_LABEL: Record<Channel, string> = {
  'in-person': 'in person', phone: 'phone', web: 'web', app: 'app', email: 'email',
  chat: 'chat', social: 'social', mail: 'mail', other: 'other',
};

/** The marks row at the foot of a card; items that would collide are left out rather than overlap. */
export function cardMarks(p: Painter, card: Card, box: CardBox): void {
  if (box.footerY === undefined) return;
  const cy = box.footerY + LAYOUT.footerHeight / 2;
  let left = box.x + LAYOUT.cardPadding;
  let right = box.x + box.width - LAYOUT.cardPadding;

  if (card.failPoint) {
    failPointMark(p, right - 7, cy);
    right -= 18;
  }
  if (card.waitMinutes > 0) {
    const label = `${formatMinutes(card.waitMinutes)}`;
    const w = measureText(label, MARK_FONT) + 14;
    if (right - w > left) {
      clockIcon(p, right - w + 5, cy);
      p.text(right, cy + 3, label, { size: MARK_FONT, fill: INK.muted, anchor: 'end' });
      right -= w + 6;
    }
  }
  const tp = card.touchpoint;
  if (tp) {
    const r = touchpointRadius(tp.importance);
    touchpointMark(p, left + r, cy, tp.importance);
    left += 2 * r + 5;
    sentimentFace(p, left + 7, cy, tp.sentiment);
    left += 17;
    const sl = sentimentLabel(tp.sentiment);
    const sentimentColor = (SENTIMENT_STYLE[tp.sentiment] ?? SENTIMENT_STYLE[0])!.color;
    p.text(left, cy + 3, sl, { size: MARK_FONT, weight: 'bold', fill: sentimentColor });
    left += measureText(sl, MARK_FONT, 'bold') + 6;
    if (tp.strategy !== 'none' && left + strategyBadgeWidth(tp.strategy) <= right) {
      left += strategyBadge(p, left, cy, tp.strategy) + 6;
    }
    const channel = CHANNEL_LABEL[tp.channel];
    if (left + measureText(channel, MARK_FONT) <= right) {
      p.text(left, cy + 3, channel, { size: MARK_FONT, fill: INK.muted });
      left += measureText(channel, MARK_FONT) + 6;
    }
  }
  const product = card.product;
  if (product) {
    const parts = ([['Useful', product.useful], ['Usable', product.usable], ['Sensuous', product.sensuous]] as const)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `${k} ${v}`);
    const label = parts.join(' · ');
    if (label && left + measureText(label, MARK_FONT) <= right) p.text(left, cy + 3, label, { size: MARK_FONT, fill: INK.muted });
  }
}

