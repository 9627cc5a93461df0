import type { CardKind, Channel, ConnectorKind } from './types';

/** The names people read for card kinds: in the inspector, on the canvas and in every export. */
export const CARD_KIND_LABELS: Record<CardKind, string> = {
  action: 'Action', evidence: 'Evidence', process: 'Process', system: 'System', product: 'Product',
  'pain-point': 'Pain point', idea: 'Idea', note: 'Note', metric: 'Metric', question: 'Question',
};

/** Each connector kind's name, and what it says about the card it leaves and the card it reaches. */
export const CONNECTOR_KIND_LABELS: Record<ConnectorKind, { label: string; hint: string }> = {
  flow: { label: 'Flow', hint: 'Sequence: this card comes before the other.' },
  dependency: { label: 'Dependency', hint: 'Support: one relies on the other.' },
  cause: { label: 'Cause', hint: 'Root cause → symptom: this card causes the other.' },
  feedback: { label: 'Feedback', hint: 'What was learned flows back to the other card.' },
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  'in-person': 'In person', phone: 'Phone', web: 'Web', app: 'App', email: 'Email',
  chat: 'Chat', social: 'Social', mail: 'Mail / physical', other: 'Other',
};
