import type { ScoreField, Scores } from '../../../shared/compare';
import type { Strategy } from '../../../shared/model';

export const FIELD_NAMES: Record<ScoreField, string> = {
  importance: 'Importance', expectation: 'Expectation', experience: 'Experience', gap: 'Gap', sentiment: 'Sentiment', strategy: 'Strategy',
};

const STRATEGY_NAMES: Record<Strategy, string> = { none: 'none', benchmark: 'benchmark', differentiate: 'differentiate' };

/** Scores where more is better for the customer; the others are neither better nor worse. */
const BETTER_UP: ReadonlySet<ScoreField> = new Set(['experience', 'gap', 'sentiment']);

/** A minus sign, not a hyphen, so "−2" reads as a number (as on the cards). */
export const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

export function valueText(field: ScoreField, scores: Scores | null): string {
  if (!scores) return 'no touchpoint';
  const v = scores[field];
  if (v === null) return 'not set';
  if (field === 'strategy') return STRATEGY_NAMES[v as Strategy];
  return field === 'gap' || field === 'sentiment' ? signed(v as number) : String(v);
}

export type Direction = 'better' | 'worse' | null;

export function direction(field: ScoreField, before: Scores | null, after: Scores | null): Direction {
  if (!BETTER_UP.has(field)) return null;
  const a = before?.[field];
  const b = after?.[field];
  if (typeof a !== 'number' || typeof b !== 'number' || a === b) return null;
  return b > a ? 'better' : 'worse';
}
