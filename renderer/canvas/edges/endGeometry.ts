import type { BlueprintLayout, CardBox, ConnectorBox, Point } from '../../../shared/layout';

/** Which end of a connector: the card it leaves (`from`) or the card it reaches (`to`). */
export type ConnectorEnd = 'from' | 'to';

/**
 * Where an end's grab handle sits: on the route, pushed `offset` away from the card along the
 * route's last leg, so the whole handle lies outside the card (cards are drawn above connectors
 * and would otherwise swallow the pointer over half of it).
 */
export function handlePoint(connector: ConnectorBox, end: ConnectorEnd, offset: number): Point {
  const { path } = connector;
  const tip = end === 'from' ? path[0] : path[path.length - 1];
  const next = end === 'from' ? path[1] : path[path.length - 2];
  if (!tip) return { x: 0, y: 0 };
  if (!next) return tip;
  const dx = next.x - tip.x;
  const dy = next.y - tip.y;
  const length = Math.hypot(dx, dy);
  return length === 0 ? tip : { x: tip.x + (dx / length) * offset, y: tip.y + (dy / length) * offset };
}

/** The point of the end that stays put while the other end is dragged. */
export function fixedPoint(connector: ConnectorBox, dragged: ConnectorEnd): Point {
  const { path } = connector;
  return (dragged === 'to' ? path[0] : path[path.length - 1]) ?? { x: 0, y: 0 };
}

/** The card whose layout box holds the point, unless it is one of `excluded`. */
export function cardAt(layout: BlueprintLayout, p: Point, excluded: ReadonlySet<string>): CardBox | null {
  for (const c of layout.cards) {
    if (!excluded.has(c.id) && p.x >= c.x && p.x <= c.x + c.width && p.y >= c.y && p.y <= c.y + c.height) return c;
  }
  return null;
}
