import type { BlueprintFacts } from './facts';
import type { ProductLayer } from './types';

const RATINGS = ['useful', 'usable', 'sensuous'] as const;

/** The mean of each product rating over the cards that have it set; null when none has. */
export function productLayer(facts: BlueprintFacts): ProductLayer {
  const result: ProductLayer = { useful: null, usable: null, sensuous: null };
  for (const rating of RATINGS) {
    let sum = 0;
    let count = 0;
    for (const card of facts.cards) {
      const value = card.product?.[rating];
      if (value === null || value === undefined) continue;
      sum += value;
      count += 1;
    }
    result[rating] = count === 0 ? null : sum / count;
  }
  return result;
}
