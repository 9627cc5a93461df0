/** The gap as people say it in the room, e.g. "−2: below expectation" (with a true minus sign). */
export function gapWording(gap: number | null): string {
  if (gap === null) return 'Rate expectation and experience to see the gap';
  if (gap === 0) return '0: meets expectation';
  if (gap < 0) return `\u2212${-gap}: below expectation`;
  return `+${gap}: above expectation`;
}

export type GapTone = 'unknown' | 'below' | 'meets' | 'above';

export function gapTone(gap: number | null): GapTone {
  if (gap === null) return 'unknown';
  return gap < 0 ? 'below' : gap === 0 ? 'meets' : 'above';
}
