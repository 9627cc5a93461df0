import { lineageOf } from '../model/lineage';
import type { Card, Id } from '../model/types';

export interface CardPair {
  /** The lineage key both cards share. */
  lineage: Id;
  before: Card;
  after: Card;
}

export interface CardMatch {
  pairs: CardPair[];
  /** Cards of the later blueprint with no counterpart in the earlier one. */
  added: Card[];
  /** Cards of the earlier blueprint with no counterpart in the later one. */
  removed: Card[];
}

/**
 * Pairs the cards of two blueprints by lineage (see lineageOf): the same touchpoint before and
 * after a redesign. Both lists come in reading order and results keep the later blueprint's
 * order. Should a file give two cards of one blueprint the same lineage, the first of each side
 * pair up and the rest count as added or removed, so no card is lost from the comparison.
 */
export function matchCards(before: readonly Card[], after: readonly Card[]): CardMatch {
  const waiting = new Map<Id, Card[]>();
  for (const card of before) {
    const key = lineageOf(card);
    const list = waiting.get(key);
    if (list) list.push(card);
    else waiting.set(key, [card]);
  }
  const pairs: CardPair[] = [];
  const added: Card[] = [];
  for (const card of after) {
    const key = lineageOf(card);
    const match = waiting.get(key)?.shift();
    if (match) pairs.push({ lineage: key, before: match, after: card });
    else added.push(card);
  }
  const paired = new Set(pairs.map((p) => p.before.id));
  const removed = before.filter((c) => !paired.has(c.id));
  return { pairs, added, removed };
}
