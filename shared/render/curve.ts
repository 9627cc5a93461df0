import type { BlueprintLayout } from '../layout/types';
import type { Painter } from './displayList';
import { sentimentFace } from './marks';
import { INK } from './palette';

/** The experience curve: scale rules at +2, 0 and −2, the polyline, and a face per step. */
export function drawCurve(p: Painter, layout: BlueprintLayout): void {
  const curve = layout.curve;
  if (!curve) return;
  const left = layout.laneHeaderWidth;
  const right = layout.width;
  p.line(left, curve.zeroY, right, curve.zeroY, INK.faint, 1, [3, 3]);
  p.line(left, curve.topY, right, curve.topY, INK.hairline, 1);
  p.line(left, curve.bottomY, right, curve.bottomY, INK.hairline, 1);
  p.text(left + 6, curve.topY - 3, '+2', { size: 8, fill: INK.faint });
  p.text(left + 6, curve.zeroY - 3, '0', { size: 8, fill: INK.faint });
  p.text(left + 6, curve.bottomY - 3, '\u22122', { size: 8, fill: INK.faint });
  if (curve.points.length > 1) p.polyline(curve.points, { stroke: INK.touchpoint, strokeWidth: 2.2, fill: 'none' });
  for (const point of curve.points) {
    sentimentFace(p, point.x, point.y, Math.round(point.value), 7.5);
  }
}
