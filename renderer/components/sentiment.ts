export const SENTIMENTS = [
  { value: -2, label: 'Very negative', short: '−2' },
  { value: -1, label: 'Negative', short: '−1' },
  { value: 0, label: 'Neutral', short: '0' },
  { value: 1, label: 'Positive', short: '+1' },
  { value: 2, label: 'Very positive', short: '+2' },
] as const;

export function sentimentLabel(value: number): string {
  return SENTIMENTS.find((s) => s.value === value)?.label ?? 'Neutral';
}
