import type { Id } from '../model/types';
import { orderedIds, type BlueprintFacts } from './facts';
import type { StageWait } from './types';

/** Every card flagged as a fail point, touchpoint or not, in the order of every card id list. */
export function failPoints(facts: BlueprintFacts): Id[] {
  return orderedIds(facts, facts.cards.filter((c) => c.failPoint));
}

/** Per stage, in order: the minutes of waiting its cards carry, summed. */
export function waitMinutesByStage(facts: BlueprintFacts): StageWait[] {
  const minutes = new Map(facts.stages.map((s) => [s.id, 0]));
  for (const card of facts.cards) {
    const stage = facts.stageOfStep.get(card.stepId);
    if (stage !== undefined && card.waitMinutes > 0) minutes.set(stage, minutes.get(stage)! + card.waitMinutes);
  }
  return facts.stages.map((s) => ({ stage: s.id, minutes: minutes.get(s.id)! }));
}
