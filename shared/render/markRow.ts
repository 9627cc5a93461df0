import { CHANNEL_LABELS } from '../model/labels';
import { experienceGap } from '../model/queries';
import type { Card } from '../model/types';
import { formatMinutes } from './format';
import { sentimentMark, touchpointMark, type MarkName } from './markShapes';

/** The words for sentiment −2…+2, as the canvas, the legend and the exports say them. */
export const SENTIMENT_NAMES: Record<number, string> = {
  [-2]: 'Very negative', [-1]: 'Negative', 0: 'Neutral', 1: 'Positive', 2: 'Very positive',
};

export const sentimentName = (value: number): string => SENTIMENT_NAMES[Math.round(value)] ?? 'Neutral';

/**
 * One item of the row of marks at the foot of a card: a mark with optional text after it, the
 * experience gap ("▼2"), or the product ratings. `label` is what it says in words (the canvas's
 * accessible name), `title` its tooltip.
 */
export type RowItem =
  | { type: 'mark'; mark: MarkName; text?: string; label: string; title: string; role: 'touchpoint' | 'sentiment' | 'strategy' | 'failpoint' | 'wait' }
  | { type: 'gap'; text: string; label: string; title: string }
  | { type: 'ratings'; ratings: { name: string; value: number | null }[]; label: string; title: string };

const RATINGS = [['useful', 'Useful'], ['usable', 'Usable'], ['sensuous', 'Sensuous']] as const;

/**
 * The marks a card shows, in the order the canvas and every export draw them. The row is one
 * card wide: with three or more of gap, strategy, fail point, wait time and product ratings,
 * the channel's name gives way to the rest.
 */
export function markRow(card: Card): RowItem[] {
  const tp = card.touchpoint;
  const gap = tp ? experienceGap(tp) : null;
  const below = gap !== null && gap < 0;
  const crowded = [below, tp !== null && tp.strategy !== 'none', card.failPoint, card.waitMinutes > 0, card.product !== null].filter(Boolean).length >= 3;
  const row: RowItem[] = [];
  if (tp) {
    const channel = CHANNEL_LABELS[tp.channel];
    row.push({
      type: 'mark', role: 'touchpoint', mark: touchpointMark(tp.importance), ...(crowded ? {} : { text: channel }),
      label: `Touchpoint, importance ${tp.importance} of 5.`, title: `Touchpoint · importance ${tp.importance} of 5 · ${channel}`,
    });
    const feeling = sentimentName(tp.sentiment);
    row.push({ type: 'mark', role: 'sentiment', mark: sentimentMark(tp.sentiment), label: `Sentiment: ${feeling}.`, title: `Sentiment: ${feeling}` });
    if (below) {
      row.push({ type: 'gap', text: `▼${-gap}`, label: `Experience below expectation by ${-gap}.`, title: `Experience ${tp.experience} is ${-gap} below expectation ${tp.expectation}` });
    }
    if (tp.strategy === 'benchmark') {
      row.push({ type: 'mark', role: 'strategy', mark: 'benchmark', label: 'Strategy: benchmark.', title: `Benchmark${tp.benchmark.standard ? `: ${tp.benchmark.standard}` : ''}` });
    } else if (tp.strategy === 'differentiate') {
      row.push({ type: 'mark', role: 'strategy', mark: 'differentiate', label: 'Strategy: differentiate.', title: `Differentiate${tp.differentiation.concept ? `: ${tp.differentiation.concept}` : ''}` });
    }
  }
  if (card.failPoint) row.push({ type: 'mark', role: 'failpoint', mark: 'failpoint', label: 'Fail point.', title: 'Fail point' });
  if (card.waitMinutes > 0) {
    const wait = formatMinutes(card.waitMinutes);
    row.push({ type: 'mark', role: 'wait', mark: 'clock', text: wait, label: `Wait time ${wait}.`, title: `Wait: ${card.waitMinutes} min` });
  }
  const product = card.product;
  if (product) {
    row.push({
      type: 'ratings',
      ratings: RATINGS.map(([key, name]) => ({ name, value: product[key] })),
      label: `Product ratings: ${RATINGS.map(([key]) => `${key} ${product[key] ?? 'not set'}`).join(', ')}.`,
      title: 'Product: useful · usable · sensuous',
    });
  }
  return row;
}
