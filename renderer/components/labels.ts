import type { Channel, ConnectorKind, ResponseType, Strategy } from '../../shared/model/types';

export const CHANNEL_LABELS: Record<Channel, string> = {
  'in-person': 'In person', phone: 'Phone', web: 'Web', app: 'App', email: 'Email',
  chat: 'Chat', social: 'Social', mail: 'Mail / physical', other: 'Other',
};

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

/** Each kind's name, and what it says about the card it leaves (this one) and the card it reaches. */
export const CONNECTOR_KIND_LABELS: Record<ConnectorKind, { label: string; hint: string }> = {
  flow: { label: 'Flow', hint: 'Sequence: this card comes before the other.' },
  dependency: { label: 'Dependency', hint: 'Support: one relies on the other.' },
  cause: { label: 'Cause', hint: 'Root cause → symptom: this card causes the other.' },
  feedback: { label: 'Feedback', hint: 'What was learned flows back to the other card.' },
};
