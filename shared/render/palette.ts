import type { CardKind, ConnectorKind, LaneKind } from '../model/types';

/** A calm print palette: ink greys, one accent per meaning, tints for large areas. */
export const INK = {
  text: '#1F2933',
  muted: '#5F6B7A',
  faint: '#8A94A3',
  rule: '#D9DEE5',
  hairline: '#E9ECF0',
  paper: '#FFFFFF',
  laneHeader: '#F3F5F8',
  laneBand: '#FAFBFC',
  stageHeader: '#E6ECF3',
  stageText: '#1D3557',
  line: '#3E5573',
  touchpoint: '#0F766E',
} as const;

export const CARD_KIND_STYLE: Record<CardKind, { accent: string; fill: string }> = {
  action: { accent: '#4C78A8', fill: '#FFFFFF' },
  evidence: { accent: '#9C755F', fill: '#FFFFFF' },
  process: { accent: '#54A24B', fill: '#FFFFFF' },
  system: { accent: '#6C7A96', fill: '#FFFFFF' },
  product: { accent: '#B279A2', fill: '#FFFFFF' },
  'pain-point': { accent: '#D64545', fill: '#FDF2F2' },
  idea: { accent: '#D99A1E', fill: '#FFF8E8' },
  note: { accent: '#A0A7B1', fill: '#FAFAF7' },
  metric: { accent: '#3C9A99', fill: '#FFFFFF' },
  question: { accent: '#8E6CC0', fill: '#F8F5FC' },
};

/** Lanes below the line of visibility are tinted a little darker: what the customer does not see. */
export const LANE_TINT: Record<LaneKind, string> = {
  evidence: '#FFFFFF',
  customer: '#FFFFFF',
  frontstage: '#FAFBFC',
  backstage: '#F6F7F9',
  support: '#F3F5F7',
  product: '#FBF8FB',
  custom: '#FFFFFF',
};

export const SENTIMENT_STYLE: Record<number, { color: string; tint: string; label: string }> = {
  [-2]: { color: '#B42318', tint: '#FDECEA', label: 'Very negative' },
  [-1]: { color: '#C4620A', tint: '#FDF1E6', label: 'Negative' },
  [0]: { color: '#6B7685', tint: '#F1F3F5', label: 'Neutral' },
  [1]: { color: '#3F8F3F', tint: '#EAF5EA', label: 'Positive' },
  [2]: { color: '#1E7A4C', tint: '#E3F3EA', label: 'Very positive' },
};

export const CONNECTOR_STYLE: Record<ConnectorKind, { color: string; width: number; dash?: readonly number[]; label: string }> = {
  flow: { color: '#4A5568', width: 1.5, label: 'Flow' },
  dependency: { color: '#6C7A96', width: 1.3, dash: [6, 4], label: 'Dependency / support' },
  cause: { color: '#B42318', width: 1.5, label: 'Root cause' },
  feedback: { color: '#6D4AA8', width: 1.3, dash: [2, 3], label: 'Feedback' },
};

export const STRATEGY_STYLE = {
  benchmark: { color: '#1D4E89', label: 'Benchmark' },
  differentiate: { color: '#7A3E9D', label: 'Differentiate' },
} as const;

export const FAIL_POINT_COLOR = '#B42318';
