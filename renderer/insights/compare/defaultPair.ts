import { blueprintsOf, cardsOfBlueprint, lineageOf, type Id, type WorkshopDoc } from '../../../shared/model';

export interface Pair { before: Id; after: Id }

/**
 * Which two blueprints to compare when nobody chose: the one on screen with the blueprint it
 * was duplicated from (the one holding most of its cards' ancestors), or with the blueprint
 * duplicated from it; failing both, the first two in order. Null with fewer than two blueprints.
 */
export function defaultPair(doc: WorkshopDoc, shownId: Id | null): Pair | null {
  const all = blueprintsOf(doc);
  if (all.length < 2) return null;
  const shown = all.find((b) => b.id === shownId) ?? all[0]!;
  const origin = ancestorOf(doc, shown.id);
  if (origin) return { before: origin, after: shown.id };
  const child = all.find((b) => b.id !== shown.id && ancestorOf(doc, b.id) === shown.id);
  if (child) return { before: shown.id, after: child.id };
  const other = all.find((b) => b.id !== shown.id)!;
  return all.indexOf(shown) < all.indexOf(other) ? { before: shown.id, after: other.id } : { before: other.id, after: shown.id };
}

/** The blueprint holding most of the ancestors of a blueprint's cards, if any. */
function ancestorOf(doc: WorkshopDoc, blueprintId: Id): Id | null {
  const votes = new Map<Id, number>();
  for (const card of cardsOfBlueprint(doc, blueprintId)) {
    const root = lineageOf(card);
    const origin = root !== card.id ? doc.cards[root] : undefined;
    const bp = origin && doc.lanes[origin.laneId]?.blueprintId;
    if (bp && bp !== blueprintId) votes.set(bp, (votes.get(bp) ?? 0) + 1);
  }
  let best: Id | null = null;
  let most = 0;
  for (const [bp, n] of votes) if (n > most) [best, most] = [bp, n];
  return best;
}

/** The chosen pair while both blueprints still exist and differ, else the default. */
export function pairToShow(doc: WorkshopDoc, chosen: Pair | null, shownId: Id | null): Pair | null {
  if (chosen && chosen.before !== chosen.after && doc.blueprints[chosen.before] && doc.blueprints[chosen.after]) return chosen;
  return defaultPair(doc, shownId);
}
