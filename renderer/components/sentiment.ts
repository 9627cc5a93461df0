export const SENTIMENTS = [
  { value: -2, label: 'Very negative', short: '−2' },
  { value: -1, label: 'Negative', short: '−1' },
  { value: 0, label: 'Neutral', short: '0' },
  { value: 1, label: 'Positive', short: '+1' },
  { value: 2, label: 'Very positive', short: '+2' },
] as const;

/** The word for a sentiment ("Very negative" … "Very positive"). */
export function sentimentName(value: number): string {
  return SENTIMENTS.find((s) => s.value === value)?.label ?? 'Neutral';
}

/** The suffix of the theme's `--fs-sentiment-*` colour for a sentiment, rounded to the scale. */
export function sentimentVar(value: number): string {
  const v = Math.round(value);
  return v <= -2 ? 'n2' : v === -1 ? 'n1' : v === 0 ? '0' : v === 1 ? 'p1' : 'p2';
}
