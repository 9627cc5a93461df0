import type { MarkName } from './markShapes';
import { FAIL_POINT_COLOR, INK, SENTIMENT_COLOR, STRATEGY_COLOR } from './palette';

/** The colour a mark is painted in (the canvas's --fs-icon-colour for it, light theme). */
export function markColor(name: MarkName): string {
  if (name.startsWith('touchpoint')) return INK.touchpoint;
  if (name.startsWith('sentiment-')) return SENTIMENT_COLOR[name.slice('sentiment-'.length) as keyof typeof SENTIMENT_COLOR];
  if (name === 'benchmark' || name === 'differentiate') return STRATEGY_COLOR[name];
  if (name === 'failpoint') return FAIL_POINT_COLOR;
  return INK.muted;
}
