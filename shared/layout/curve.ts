import type { Card, Id } from '../model/types';
import { LAYOUT } from './constants';
import type { ExperienceCurve, LaneBox, StepBox } from './types';

/**
 * The experience curve lane: per step, the importance-weighted mean sentiment of the
 * blueprint's touchpoints, plotted from +2 at the top of the lane to −2 at the bottom.
 */
export function experienceCurve(lane: LaneBox, steps: StepBox[], cards: Card[]): ExperienceCurve {
  const pad = LAYOUT.cellPaddingY + 6;
  const topY = lane.y + pad;
  const bottomY = lane.y + lane.height - pad;
  const zeroY = (topY + bottomY) / 2;
  const sums = new Map<Id, { weighted: number; weight: number }>();
  for (const card of cards) {
    if (!card.touchpoint) continue;
    const sum = sums.get(card.stepId) ?? { weighted: 0, weight: 0 };
    sum.weighted += card.touchpoint.importance * card.touchpoint.sentiment;
    sum.weight += card.touchpoint.importance;
    sums.set(card.stepId, sum);
  }
  const points = [];
  for (const step of steps) {
    const sum = sums.get(step.id);
    if (!sum || sum.weight === 0) continue;
    const value = sum.weighted / sum.weight;
    points.push({ stepId: step.id, value, x: step.x + step.width / 2, y: zeroY - (value / 2) * (zeroY - topY) });
  }
  return { laneId: lane.id, zeroY, topY, bottomY, points };
}
