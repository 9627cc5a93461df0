import { sentimentByStep } from '../analysis/experienceCurve';
import type { Card } from '../model/types';
import { LAYOUT } from './constants';
import type { ExperienceCurve, LaneBox, StepBox } from './types';

/**
 * The experience curve lane: the values of the analysis (shared/analysis/experienceCurve.ts),
 * plotted from +2 at the top of the lane to −2 at the bottom.
 */
export function experienceCurve(lane: LaneBox, steps: StepBox[], cards: Card[]): ExperienceCurve {
  const pad = LAYOUT.cellPaddingY + 6;
  const topY = lane.y + pad;
  const bottomY = lane.y + lane.height - pad;
  const zeroY = (topY + bottomY) / 2;
  const x = new Map(steps.map((s) => [s.id, s.x + s.width / 2]));
  const points = sentimentByStep(steps, cards).map(({ stepId, value }) => ({
    stepId, value, x: x.get(stepId)!, y: zeroY - (value / 2) * (zeroY - topY),
  }));
  return { laneId: lane.id, zeroY, topY, bottomY, points };
}
