import type { Card, Id } from '../model/types';
import type { BlueprintFacts } from './facts';

export interface CurveValue {
  stepId: Id;
  /** Importance-weighted mean sentiment of the step's touchpoints, −2…+2. */
  value: number;
}

/**
 * The experience curve: per step, left to right, the importance-weighted mean sentiment of its
 * touchpoints; steps without touchpoints have no value. The canvas lane, the exports and the
 * report all draw this one definition.
 */
export function sentimentByStep(steps: readonly { id: Id }[], cards: Iterable<Card>): CurveValue[] {
  const sums = new Map<Id, { weighted: number; weight: number }>();
  for (const card of cards) {
    if (!card.touchpoint) continue;
    const sum = sums.get(card.stepId) ?? { weighted: 0, weight: 0 };
    sum.weighted += card.touchpoint.importance * card.touchpoint.sentiment;
    sum.weight += card.touchpoint.importance;
    sums.set(card.stepId, sum);
  }
  const values: CurveValue[] = [];
  for (const step of steps) {
    const sum = sums.get(step.id);
    if (sum && sum.weight > 0) values.push({ stepId: step.id, value: sum.weighted / sum.weight });
  }
  return values;
}

export function experienceCurve(facts: BlueprintFacts): CurveValue[] {
  const steps = facts.stages.flatMap((s) => facts.stepsOfStage.get(s.id)!);
  return sentimentByStep(steps, facts.touchpoints);
}
