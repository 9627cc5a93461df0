import { routeConnector, routingOf, type BlueprintLayout, type CardBox, type ConnectorBox, type Point, type Routing } from '../../../shared/layout';

/** Ids of the connectors that start or end at one of `cardIds`. */
export function connectorsOf(layout: BlueprintLayout, cardIds: ReadonlySet<string>): Set<string> {
  return new Set(layout.connectors.filter((c) => cardIds.has(c.from) || cardIds.has(c.to)).map((c) => c.id));
}

/**
 * The connectors of cards being dragged, routed to where the cards are now, so they follow the
 * pointer while the rest of the blueprint's connectors stay untouched.
 */
export function rerouted(layout: BlueprintLayout, ids: ReadonlySet<string>, at: ReadonlyMap<string, Point>): ConnectorBox[] {
  if (ids.size === 0) return [];
  const routing = routingFor(layout);
  const boxes = new Map(layout.cards.map((c) => [c.id, c]));
  const moved = (id: string): CardBox | undefined => {
    const box = boxes.get(id);
    const p = at.get(id);
    return box && p ? { ...box, x: p.x, y: p.y } : box;
  };
  const out: ConnectorBox[] = [];
  for (const c of layout.connectors) {
    if (!ids.has(c.id)) continue;
    const from = moved(c.from);
    const to = moved(c.to);
    if (from && to) out.push(routeConnector(c, from, to, routing));
  }
  return out;
}

// Rerouting runs on every pointer move of a drag; a layout's columns and their cards stay put.
const routings = new WeakMap<BlueprintLayout, Routing>();
function routingFor(layout: BlueprintLayout): Routing {
  let routing = routings.get(layout);
  if (!routing) routings.set(layout, (routing = routingOf(layout)));
  return routing;
}
