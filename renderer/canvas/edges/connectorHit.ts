import type { ConnectorBox, Point } from '../../../shared/layout';
import { labelBox } from './connectorPath';

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2)) : 0;
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * The connector under blueprint point `p`: its label, else the line nearest to `p` within
 * `tolerance` blueprint units. Connectors are drawn on a canvas, so picking one is geometry on
 * the layout's routes rather than DOM hit testing (which would also slow every wheel event).
 */
export function connectorAt(connectors: readonly ConnectorBox[], p: Point, tolerance: number): string | null {
  let best: string | null = null;
  let nearest = tolerance;
  for (const c of connectors) {
    const label = labelBox(c);
    if (label && p.x >= label.x && p.x <= label.x + label.width && p.y >= label.y && p.y <= label.y + label.height) return c.id;
    for (let i = 1; i < c.path.length; i++) {
      const d = distanceToSegment(p, c.path[i - 1] as Point, c.path[i] as Point);
      if (d <= nearest) {
        nearest = d;
        best = c.id;
      }
    }
  }
  return best;
}
