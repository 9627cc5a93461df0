import type { Id, LaneKind } from '../model/types';
import type { BlueprintFacts } from './facts';

/** Lanes the customer sees, above the line of visibility. */
const VISIBLE: ReadonlySet<LaneKind> = new Set(['evidence', 'customer', 'frontstage']);
/** Lanes behind it. */
const BEHIND: ReadonlySet<LaneKind> = new Set(['backstage', 'support']);

export type Side = 'visible' | 'behind' | 'neither';

export function sideOf(kind: LaneKind): Side {
  return VISIBLE.has(kind) ? 'visible' : BEHIND.has(kind) ? 'behind' : 'neither';
}

/**
 * Connectors of any kind that cross the line of visibility, from a lane the customer sees
 * (evidence, customer, frontstage) to one behind it (backstage, support) or back: the handoffs
 * where a service most often breaks. Product and custom lanes are on neither side. Ordered by the
 * reading order of the source card, then of the target card, then id.
 */
export function handoffs(facts: BlueprintFacts): Id[] {
  const { doc, lanes, rank } = facts;
  const side = (cardId: Id): Side => {
    const card = Object.hasOwn(doc.cards, cardId) ? doc.cards[cardId] : undefined;
    const lane = card && lanes.get(card.laneId);
    return lane ? sideOf(lane.kind) : 'neither';
  };
  const crossing = facts.connectors.filter((c) => {
    const from = side(c.from);
    const to = side(c.to);
    return from !== 'neither' && to !== 'neither' && from !== to;
  });
  return crossing
    .sort((a, b) => rank.get(a.from)! - rank.get(b.from)! || rank.get(a.to)! - rank.get(b.to)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c) => c.id);
}
