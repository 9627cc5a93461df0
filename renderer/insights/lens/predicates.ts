import { ownerKey, UNASSIGNED, type Quadrant } from '../../../shared/analysis';
import type { Card, Id, Strategy } from '../../../shared/model';

export type { Quadrant };

/** What the find bar and the lenses narrow the canvas to; every part that is set must hold. */
export interface LensFilters {
  strategy: Strategy | null;
  quadrant: Quadrant | null;
  /** An owner key, as the ownership analysis groups owners (blank is Unassigned). */
  owner: string | null;
  laneId: Id | null;
  failPoint: boolean;
}

export const NO_FILTERS: LensFilters = { strategy: null, quadrant: null, owner: null, laneId: null, failPoint: false };

export function hasFilters(f: LensFilters): boolean {
  return f.strategy !== null || f.quadrant !== null || f.owner !== null || f.laneId !== null || f.failPoint;
}

/** The words of a query, each of which must occur in a card's title, description, owner or tags. */
export function queryTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

// Cards are immutable records, so the searchable text is built once per version of a card.
const haystacks = new WeakMap<Card, string>();
function haystackOf(card: Card): string {
  let text = haystacks.get(card);
  if (text === undefined) {
    text = [card.title, card.description, card.owner, ...card.tags].join('\n').toLowerCase();
    haystacks.set(card, text);
  }
  return text;
}

export function matchesQuery(card: Card, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const text = haystackOf(card);
  return terms.every((t) => text.includes(t));
}

/** Whether a card passes every filter that is set; `quadrants` holds each touchpoint's quadrant. */
export function matchesFilters(card: Card, f: LensFilters, quadrants: ReadonlyMap<Id, Quadrant>): boolean {
  if (f.failPoint && !card.failPoint) return false;
  if (f.laneId !== null && card.laneId !== f.laneId) return false;
  if (f.owner !== null && ownerKey(card.owner) !== f.owner) return false;
  if (f.strategy !== null && (card.touchpoint?.strategy ?? null) !== f.strategy) return false;
  if (f.quadrant !== null && quadrants.get(card.id) !== f.quadrant) return false;
  return true;
}

/** The ids of the cards that a query and filters find, in reading order. */
export function findCards(ordered: readonly Card[], query: string, filters: LensFilters, quadrants: ReadonlyMap<Id, Quadrant>): Id[] {
  const terms = queryTerms(query);
  const out: Id[] = [];
  for (const card of ordered) if (matchesQuery(card, terms) && matchesFilters(card, filters, quadrants)) out.push(card.id);
  return out;
}

/** Each owner of the blueprint's cards once, by key, shown with its first spelling in reading order; Unassigned last. */
export function ownersOf(ordered: readonly Card[]): { key: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const card of ordered) {
    const key = ownerKey(card.owner);
    if (!seen.has(key)) seen.set(key, card.owner.replace(/\s+/g, ' ').trim() || UNASSIGNED);
  }
  const unassigned = ownerKey('');
  return [...seen].map(([key, name]) => ({ key, name })).sort((a, b) => (a.key === unassigned ? 1 : b.key === unassigned ? -1 : a.name.localeCompare(b.name)));
}
