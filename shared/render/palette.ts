import type { BlueprintLineId } from '../layout/types';
import type { CardKind, ConnectorKind, LaneKind } from '../model/types';

/*
 * The colours of every export: the canvas's light theme (renderer/styles/theme.css), so a
 * printed blueprint looks like the screen. A unit test holds the two together.
 */

/** Ink and paper: text, rules and surfaces. */
export const INK = {
  text: '#1f2328',
  muted: '#5c6570',
  faint: '#8d8a80',
  /** Borders of cards and lanes (--fs-border), and the stronger rule between stages (--fs-border-strong). */
  rule: '#dedad2',
  ruleStrong: '#bdb7ab',
  hairline: '#dedad2',
  paper: '#FFFFFF',
  /** Step headers and small chips (--fs-surface-2). */
  surface2: '#f8f7f4',
  laneHeader: '#ffffff',
  stageHeader: '#ffffff',
  stageText: '#1f2328',
  /** The touchpoint ring. */
  touchpoint: '#1f2328',
  /** The curve of the experience lane (--fs-accent). */
  accent: '#2f5fd0',
  /** Alternate rows and bands of charts and tables (--fs-surface-2). */
  laneBand: '#f8f7f4',
  /** Dividers and axes of charts (the flow connectors' ink). */
  line: '#4a5561',
} as const;

/** Each card kind's stripe along the card's top edge. */
export const CARD_KIND_COLOR: Record<CardKind, string> = {
  action: '#3b6fd8',
  evidence: '#c08a2a',
  process: '#7b5cc4',
  system: '#6b7580',
  product: '#d0603d',
  'pain-point': '#c2412d',
  idea: '#d6a400',
  note: '#8d8a80',
  metric: '#198a8a',
  question: '#b0489b',
};

/** Lane bands, one tint per lane kind. */
export const LANE_TINT: Record<LaneKind, string> = {
  evidence: '#f6efe2',
  customer: '#eaf1fb',
  frontstage: '#eaf5ef',
  backstage: '#f1eef8',
  support: '#f0f0ee',
  product: '#fbeeea',
  custom: '#f7f6f2',
};

/**
 * The three lines, told apart by their pattern as well as their colour: interaction solid,
 * visibility dashed, internal interaction dotted.
 */
export const LINE_STYLE: Record<BlueprintLineId, { color: string; width: number; dash?: readonly number[]; round?: boolean }> = {
  interaction: { color: '#3b6fd8', width: 2 },
  visibility: { color: '#b7502f', width: 2, dash: [7, 5] },
  internal: { color: '#6b6f76', width: 2, dash: [0.01, 4], round: true },
};

/** Sentiment −2…+2 (keys of the theme's --fs-sentiment-*), always with a face too. */
export const SENTIMENT_COLOR: Record<'n2' | 'n1' | '0' | 'p1' | 'p2', string> = {
  n2: '#c2412d',
  n1: '#d9822b',
  0: '#7a838c',
  p1: '#4c9a4c',
  p2: '#1f7a43',
};

export const STRATEGY_COLOR = { benchmark: '#1f5fbf', differentiate: '#a1379e' } as const;

export const FAIL_POINT_COLOR = '#c2412d';

/** The experience gap "▼2" is written in the most negative sentiment's colour. */
export const GAP_COLOR = SENTIMENT_COLOR.n2;

export const CONNECTOR_COLOR: Record<ConnectorKind, string> = {
  flow: '#4a5561',
  dependency: '#7b5cc4',
  cause: '#c2412d',
  feedback: '#198a8a',
};
