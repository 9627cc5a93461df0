import type { BlueprintLayout } from '../layout/types';
import type { Painter } from './displayList';
import { drawMark } from './marks';
import { sentimentMark } from './markShapes';
import { INK } from './palette';

/** The experience curve: its scale (+2, 0, −2), the line, and each step's sentiment face, the cards' own mark. */
export function drawCurve(p: Painter, layout: BlueprintLayout): void {
  const curve = layout.curve;
  if (!curve) return;
  const left = layout.laneHeaderWidth;
  const right = layout.width;
  p.line(left, curve.zeroY, right, curve.zeroY, INK.ruleStrong, 1, [4, 4]);
  p.line(left, curve.topY, right, curve.topY, INK.rule, 1);
  p.line(left, curve.bottomY, right, curve.bottomY, INK.rule, 1);
  p.text(left + 6, curve.topY - 3, '+2', { size: 8, fill: INK.muted });
  p.text(left + 6, curve.zeroY - 3, '0', { size: 8, fill: INK.muted });
  p.text(left + 6, curve.bottomY - 3, '\u22122', { size: 8, fill: INK.muted });
  if (curve.points.length > 1) p.polyline(curve.points, { stroke: INK.accent, strokeWidth: 2.5, fill: 'none' });
  for (const point of curve.points) {
    p.circle(point.x, point.y, 8.5, { fill: INK.paper });
    drawMark(p, sentimentMark(point.value), point.x - 8, point.y, 16);
  }
}
