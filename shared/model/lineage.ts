import type { Card, Id } from './types';

/**
 * The key that ties a card to its copies in other blueprints: its first ancestor's id, or its own
 * id when it descends from none. Two cards of different blueprints with the same key are the same
 * touchpoint at two moments (current and future state).
 */
export function lineageOf(card: Pick<Card, 'id' | 'originId'>): Id {
  return card.originId ?? card.id;
}
