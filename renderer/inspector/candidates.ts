import { blueprintOfCard, lanesOf } from '../../shared/model/queries';
import type { Card, Id, LaneKind, WorkshopDoc } from '../../shared/model/types';

// Root causes usually sit below the line of visibility, so those lanes are offered first.
const CAUSE_ORDER: Record<LaneKind, number> = {
  backstage: 0, support: 1, product: 2, frontstage: 3, custom: 4, customer: 5, evidence: 6,
};

export interface CauseGroup { laneName: string; cards: Card[] }

/** Cards of the same blueprint that could cause `cardId`, grouped by lane, likeliest first. */
export function rootCauseCandidates(doc: WorkshopDoc, cardId: Id): CauseGroup[] {
  const card = doc.cards[cardId];
  const blueprintId = blueprintOfCard(doc, cardId);
  if (!card || !blueprintId) return [];
  const taken = new Set(card.touchpoint?.rootCauses ?? []);
  return lanesOf(doc, blueprintId)
    .sort((a, b) => CAUSE_ORDER[a.kind] - CAUSE_ORDER[b.kind] || a.position - b.position)
    .map((lane) => ({
      laneName: lane.name,
      cards: Object.values(doc.cards)
        .filter((c) => c.laneId === lane.id && c.id !== cardId && !taken.has(c.id))
        .sort((a, b) => a.title.localeCompare(b.title)),
    }))
    .filter((g) => g.cards.length > 0);
}

/**
 * rootCauseCandidates for one card, recomputed only when another card, a lane or the card's own
 * links change: typing into the card itself (every keystroke a new document) reuses the last list.
 */
export function memoizedCandidates(): (doc: WorkshopDoc, cardId: Id) => CauseGroup[] {
  let last: { lanes: WorkshopDoc['lanes']; cardId: Id; taken: readonly Id[] | undefined; cards: Card[]; groups: CauseGroup[] } | null = null;
  return (doc, cardId) => {
    const cards = Object.values(doc.cards);
    const taken = doc.cards[cardId]?.touchpoint?.rootCauses;
    if (last && last.lanes === doc.lanes && last.cardId === cardId && last.taken === taken && sameExcept(last.cards, cards, cardId)) {
      return last.groups;
    }
    last = { lanes: doc.lanes, cardId, taken, cards, groups: rootCauseCandidates(doc, cardId) };
    return last.groups;
  };
}

/** Whether two card lists hold the same records, except that `cardId`'s own record may differ. */
export function sameExcept(a: Card[], b: Card[], cardId: Id): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i] || (c.id === cardId && b[i]!.id === cardId));
}

/** Product-layer ratings belong to cards in the product lane or of kind product. */
export function showsProductRatings(doc: WorkshopDoc, card: Card): boolean {
  return card.kind === 'product' || doc.lanes[card.laneId]?.kind === 'product';
}

/** Departments people named for themselves, offered when typing an owner. */
export function departments(doc: WorkshopDoc): string[] {
  const names = new Set<string>();
  for (const p of Object.values(doc.participants)) if (p.department.trim()) names.add(p.department.trim());
  for (const c of Object.values(doc.cards)) if (c.owner.trim()) names.add(c.owner.trim());
  return [...names].sort((a, b) => a.localeCompare(b));
}
