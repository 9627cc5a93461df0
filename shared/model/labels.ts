import type { CardKind } from './types';

/** The names people read for card kinds: in the inspector, on the canvas and in every export. */
export const CARD_KIND_LABELS: Record<CardKind, string> = {
  action: 'Action', evidence: 'Evidence', process: 'Process', system: 'System', product: 'Product',
  'pain-point': 'Pain point', idea: 'Idea', note: 'Note', metric: 'Metric', question: 'Question',
};
