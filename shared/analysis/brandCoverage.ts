import { sorted } from '../model/queries';
import { orderedIds, type BlueprintFacts } from './facts';
import type { BrandCoverage } from './types';

/**
 * Per brand attribute of the workshop, in order: the touchpoints whose strategy is differentiate
 * and whose concept names it. An attribute with none is a promise nothing in this blueprint keeps.
 */
export function brandCoverage(facts: BlueprintFacts): BrandCoverage[] {
  const differentiated = facts.touchpoints.filter((c) => c.touchpoint.strategy === 'differentiate');
  return sorted(Object.values(facts.doc.brandAttributes)).map((attribute) => ({
    attribute: attribute.id,
    touchpoints: orderedIds(facts, differentiated.filter((c) => c.touchpoint.differentiation.brandAttributes.includes(attribute.id))),
  }));
}
