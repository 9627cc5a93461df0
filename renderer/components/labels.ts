import type { ResponseType, Strategy } from '../../shared/model/types';

// The canvas, the legend and the exports share these names.
export { CHANNEL_LABELS, CONNECTOR_KIND_LABELS } from '../../shared/model/labels';

export const RESPONSE_LABELS: Record<ResponseType, { label: string; hint: string }> = {
  cognitive: { label: 'Cognitive', hint: 'what they think' },
  affective: { label: 'Affective', hint: 'what they feel' },
  sensory: { label: 'Sensory', hint: 'what they sense' },
  behavioral: { label: 'Behavioral', hint: 'what they do' },
};

export const STRATEGY_LABELS: Record<Strategy, { label: string; hint: string }> = {
  none: { label: 'None', hint: 'No decision yet' },
  benchmark: { label: 'Benchmark', hint: 'Set and protect a standard level of experience' },
  differentiate: { label: 'Differentiate', hint: 'Design it beyond the standard, on-brand' },
};
