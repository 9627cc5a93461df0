import type { Id, WorkshopDoc } from '../model/types';
import { benchmarkCoverage } from './benchmarkCoverage';
import { brandCoverage } from './brandCoverage';
import { blueprintFacts, isKey } from './facts';
import { failPoints, waitMinutesByStage } from './failPoints';
import { gapsByStage } from './gapsByStage';
import { handoffs } from './handoffs';
import { customerServiceShare, ownership } from './ownership';
import { priority } from './priority';
import { productLayer } from './productLayer';
import { rootCauses } from './rootCauses';
import type { Analysis } from './types';

export type * from './types';
export { blueprintFacts, byPriority, gapOf, isKey, orderedIds, KEY_IMPORTANCE, type BlueprintFacts, type TouchpointCard } from './facts';
export { priority, quadrantOf } from './priority';
export { benchmarkCoverage, hasStandard, isBelowTarget } from './benchmarkCoverage';
export { ownership, customerServiceShare, isCustomerService, ownerKey, CUSTOMER_SERVICE, UNASSIGNED } from './ownership';
export { gapsByStage } from './gapsByStage';
export { handoffs, sideOf, type Side } from './handoffs';
export { failPoints, waitMinutesByStage } from './failPoints';
export { brandCoverage } from './brandCoverage';
export { rootCauses } from './rootCauses';
export { productLayer } from './productLayer';
export { experienceCurve, sentimentByStep, type CurveValue } from './experienceCurve';
export { findings, type Finding } from './findings';
export { cardName, decimal, listOf, percent, plural } from './words';

/**
 * Every analysis of CONTRACT §6 over one blueprint, as the object `frontstage analyze --json`
 * prints. Throws when the blueprint does not exist.
 */
export function analyze(doc: WorkshopDoc, blueprintId: Id): Analysis {
  const facts = blueprintFacts(doc, blueprintId);
  const owners = ownership(facts);
  return {
    blueprint: { id: facts.blueprint.id, name: facts.blueprint.name },
    touchpoints: facts.touchpoints.length,
    keyTouchpoints: facts.touchpoints.filter(isKey).length,
    priority: priority(facts),
    benchmarkCoverage: benchmarkCoverage(facts),
    ownership: owners,
    customerServiceShare: customerServiceShare(owners),
    gapsByStage: gapsByStage(facts),
    handoffs: handoffs(facts),
    failPoints: failPoints(facts),
    waitMinutesByStage: waitMinutesByStage(facts),
    brandCoverage: brandCoverage(facts),
    rootCauses: rootCauses(facts),
    productLayer: productLayer(facts),
  };
}
