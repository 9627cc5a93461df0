import type { JSX } from 'react';
import { sentimentVar } from './sentiment';

export type MarkName = 'benchmark' | 'differentiate' | 'failpoint' | 'clock' | `touchpoint-${1 | 2 | 3 | 4 | 5}` | `sentiment-${'n2' | 'n1' | '0' | 'p1' | 'p2'}`;

/** The mark a touchpoint of this importance (1…5) shows: the ring grows with it. */
export const touchpointMark = (importance: number): MarkName => `touchpoint-${Math.min(5, Math.max(1, Math.round(importance))) as 1 | 2 | 3 | 4 | 5}`;
/** The face a sentiment (−2…+2) shows. */
export const sentimentMark = (value: number): MarkName => `sentiment-${sentimentVar(value) as 'n2' | 'n1' | '0' | 'p1' | 'p2'}`;

/** One mark (see styles/marks.css), decorative: whatever shows it names it in words. */
export function MarkIcon({ name, size }: { name: MarkName; size?: number }): JSX.Element {
  return <span className={`fs-icon fs-icon-${name}`} aria-hidden="true" style={size ? { width: size, height: size } : undefined} />;
}
