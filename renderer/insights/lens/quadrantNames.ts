import type { Quadrant } from './predicates';

/** How the priority quadrants read everywhere in the app (CONTRACT §6 and PRODUCT.md). */
export const QUADRANT_NAMES: Record<Quadrant, string> = {
  fixFirst: 'Fix first',
  protect: 'Protect with a benchmark',
  differentiate: 'Differentiate',
  monitor: 'Monitor',
  unrated: 'Not rated',
};
