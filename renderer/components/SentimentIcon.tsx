import type { JSX } from 'react';

/** Faces drawn as SVG so sentiment reads without colour and without an emoji font. */
const MOUTHS: Record<number, string> = {
  [-2]: 'M7 16.5 Q12 11.5 17 16.5',
  [-1]: 'M8 16 Q12 13.5 16 16',
  0: 'M8 15 L16 15',
  1: 'M8 14 Q12 16.5 16 14',
  2: 'M7 13.5 Q12 18.5 17 13.5',
};

export function SentimentIcon({ value, size = 20 }: { value: number; size?: number }): JSX.Element {
  const mouth = MOUTHS[value] ?? MOUTHS[0];
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="fs-sentiment-icon">
      <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <circle cx="8.5" cy="9.5" r="1.3" fill="currentColor" />
      <circle cx="15.5" cy="9.5" r="1.3" fill="currentColor" />
      {value <= -2 && <path d="M6.5 7 L10 8 M17.5 7 L14 8" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />}
      <path d={mouth} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
