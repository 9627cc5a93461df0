import type { JSX } from 'react';
import type { Touchpoint } from '../../shared/model/types';
import { experienceGap } from '../../shared/model';
import { gapTone, gapWording } from './gap';

const MARKS = { unknown: '?', below: '▼', meets: '=', above: '▲' } as const;

/** The derived gap between promise and reality, in words and a shape as well as colour. */
export function GapLine({ tp }: { tp: Touchpoint }): JSX.Element {
  const gap = experienceGap(tp);
  const tone = gapTone(gap);
  return (
    <p className={`fs-gap fs-gap-${tone}`} aria-live="polite">
      <span className="fs-gap-mark" aria-hidden="true">{MARKS[tone]}</span>
      <span><span className="fs-gap-label">Gap </span>{gapWording(gap)}</span>
    </p>
  );
}
