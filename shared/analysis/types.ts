import type { Id } from '../model/types';

/**
 * The analyses of one blueprint, exactly the JSON object of CONTRACT §6: `frontstage analyze
 * --json` prints it as is, so keys, their order and their meaning are fixed.
 */
export interface Analysis {
  blueprint: { id: Id; name: string };
  touchpoints: number;
  keyTouchpoints: number;
  priority: Priority;
  benchmarkCoverage: BenchmarkCoverage;
  ownership: OwnerShare[];
  customerServiceShare: number;
  gapsByStage: StageGap[];
  handoffs: Id[];
  failPoints: Id[];
  waitMinutesByStage: StageWait[];
  brandCoverage: BrandCoverage[];
  rootCauses: RootCause[];
  productLayer: ProductLayer;
}

/** Importance–performance quadrants; every touchpoint is in exactly one list. */
export interface Priority {
  fixFirst: Id[];
  protect: Id[];
  differentiate: Id[];
  monitor: Id[];
  unrated: Id[];
}

export type Quadrant = keyof Priority;

export interface BenchmarkCoverage {
  key: number;
  withStandard: number;
  /** withStandard / key, 0 when there is no key touchpoint. */
  share: number;
  belowTarget: Id[];
}

export interface OwnerShare {
  owner: string;
  touchpoints: number;
  importance: number;
  share: number;
  experience: number | null;
}

export interface StageGap { stage: Id; touchpoints: number; gap: number | null }

export interface StageWait { stage: Id; minutes: number }

export interface BrandCoverage { attribute: Id; touchpoints: Id[] }

export interface RootCause { card: Id; touchpoints: Id[]; weight: number }

export interface ProductLayer { useful: number | null; usable: number | null; sensuous: number | null }
