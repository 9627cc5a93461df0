import type { BlueprintLineId } from '../layout/types';
import { CARD_KIND_LABELS, CONNECTOR_KIND_LABELS } from '../model/labels';
import { BLUEPRINT_LINES } from '../model/presets';
import { CARD_KINDS, CONNECTOR_KINDS } from '../model/schemas';
import type { CardKind, ConnectorKind } from '../model/types';
import type { MarkName } from './markShapes';

/** What a legend entry shows before its name. */
export type LegendSample =
  | { type: 'marks'; marks: MarkName[] }
  | { type: 'gap'; text: string }
  | { type: 'line'; line: BlueprintLineId }
  | { type: 'connector'; kind: ConnectorKind }
  | { type: 'kind'; kind: CardKind }
  | { type: 'note' };

export interface LegendEntry {
  sample: LegendSample;
  name: string;
  /** Only exports have it (the numbered notes beside a printed blueprint). */
  exportOnly?: boolean;
}

export interface LegendGroup { title: string; columns: number; entries: LegendEntry[] }

/**
 * The legend of the canvas and of every export: the same groups, samples and names, so a
 * printed blueprint reads the way the screen does.
 */
export const LEGEND: readonly LegendGroup[] = [
  {
    title: 'Lines', columns: 1,
    entries: BLUEPRINT_LINES.map((line) => ({ sample: { type: 'line', line: line.id }, name: line.label })),
  },
  {
    title: 'Connectors', columns: 2,
    entries: CONNECTOR_KINDS.map((kind) => ({ sample: { type: 'connector', kind }, name: CONNECTOR_KIND_LABELS[kind].label })),
  },
  {
    title: 'Touchpoints', columns: 1,
    entries: [
      { sample: { type: 'marks', marks: ['touchpoint-1', 'touchpoint-3', 'touchpoint-5'] }, name: 'Touchpoint, ring grows with importance' },
      { sample: { type: 'marks', marks: ['sentiment-n2', 'sentiment-n1', 'sentiment-0', 'sentiment-p1', 'sentiment-p2'] }, name: 'Sentiment −2 … +2' },
      { sample: { type: 'gap', text: '▼2' }, name: 'Experience below expectation' },
    ],
  },
  {
    title: 'Strategy', columns: 1,
    entries: [
      { sample: { type: 'marks', marks: ['benchmark'] }, name: 'Benchmark: a standard to protect' },
      { sample: { type: 'marks', marks: ['differentiate'] }, name: 'Differentiate: on-brand design' },
      { sample: { type: 'note' }, name: 'Note: standard, target and current, or concept', exportOnly: true },
    ],
  },
  {
    title: 'On cards', columns: 1,
    entries: [
      { sample: { type: 'marks', marks: ['failpoint'] }, name: 'Fail point' },
      { sample: { type: 'marks', marks: ['clock'] }, name: 'Wait time' },
      { sample: { type: 'marks', marks: ['owner'] }, name: 'Owner' },
    ],
  },
  {
    title: 'Card kinds', columns: 4,
    entries: CARD_KINDS.map((kind) => ({ sample: { type: 'kind', kind }, name: CARD_KIND_LABELS[kind] })),
  },
];
