import { gapOf, type BlueprintFacts } from './facts';
import type { StageGap } from './types';

/**
 * Per stage, in order: how many touchpoints it has, and the importance-weighted mean gap of those
 * rated (null when none is): where the promise and the reality drift apart along the journey.
 */
export function gapsByStage(facts: BlueprintFacts): StageGap[] {
  const sums = new Map(facts.stages.map((s) => [s.id, { touchpoints: 0, weighted: 0, weight: 0 }]));
  for (const card of facts.touchpoints) {
    const sum = sums.get(facts.stageOfStep.get(card.stepId) ?? '');
    if (!sum) continue;
    sum.touchpoints += 1;
    const gap = gapOf(card);
    if (gap === null) continue;
    sum.weighted += card.touchpoint.importance * gap;
    sum.weight += card.touchpoint.importance;
  }
  return facts.stages.map((stage) => {
    const sum = sums.get(stage.id)!;
    return { stage: stage.id, touchpoints: sum.touchpoints, gap: sum.weight === 0 ? null : sum.weighted / sum.weight };
  });
}
