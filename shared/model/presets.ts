import type { CardKind, LaneKind, LaneRole } from './types';

export interface LanePreset {
  name: string;
  kind: LaneKind;
  role: LaneRole | null;
  /** The kind a new card in this lane starts as. */
  cardKind: CardKind;
}

/** Bitner, Ostrom & Morgan (2008) plus the product layer, top to bottom. */
export const CANONICAL_LANES: readonly LanePreset[] = [
  { name: 'Physical evidence', kind: 'evidence', role: null, cardKind: 'evidence' },
  { name: 'Customer actions', kind: 'customer', role: null, cardKind: 'action' },
  { name: 'Frontstage', kind: 'frontstage', role: null, cardKind: 'action' },
  { name: 'Backstage', kind: 'backstage', role: null, cardKind: 'process' },
  { name: 'Support processes', kind: 'support', role: null, cardKind: 'system' },
  { name: 'Product', kind: 'product', role: null, cardKind: 'product' },
];

export const OPTIONAL_LANES: readonly LanePreset[] = [
  { name: 'Experience curve', kind: 'custom', role: 'experience-curve', cardKind: 'note' },
  { name: 'Pain points', kind: 'custom', role: 'pain-points', cardKind: 'pain-point' },
  { name: 'Ideas & opportunities', kind: 'custom', role: 'ideas', cardKind: 'idea' },
  { name: 'Metrics', kind: 'custom', role: 'metrics', cardKind: 'metric' },
  { name: 'Policies', kind: 'custom', role: 'policies', cardKind: 'note' },
];

export function cardKindForLane(kind: LaneKind, role: LaneRole | null): CardKind {
  const preset = [...CANONICAL_LANES, ...OPTIONAL_LANES].find((p) => p.kind === kind && p.role === role);
  return preset?.cardKind ?? 'note';
}

/**
 * The three lines of a blueprint, each drawn below the lane of `above` kind, when the lanes
 * on either side of it are both visible.
 */
export const BLUEPRINT_LINES = [
  { id: 'interaction', label: 'Line of interaction', above: 'customer', below: 'frontstage' },
  { id: 'visibility', label: 'Line of visibility', above: 'frontstage', below: 'backstage' },
  { id: 'internal', label: 'Line of internal interaction', above: 'backstage', below: 'support' },
] as const satisfies readonly { id: string; label: string; above: LaneKind; below: LaneKind }[];

export interface StagePreset {
  id: string;
  name: string;
  stages: readonly string[];
}

export const STAGE_PRESETS: readonly StagePreset[] = [
  {
    id: 'customer-lifecycle',
    name: 'Customer lifecycle',
    stages: ['Awareness', 'Discovery', 'Attraction', 'Interaction', 'Purchase', 'Use', 'Cultivation', 'Advocacy'],
  },
  { id: 'consumption-process', name: 'Consumption process', stages: ['Pre-purchase', 'Consumption', 'Post-purchase'] },
  { id: 'customers-job', name: "Customer's job", stages: ['Select', 'Get', 'Use'] },
];
