import { columnsOf, lanesOf, recordIn, sorted } from '../model/queries';
import type { Card, Id, Vote, VoteRound, WorkshopDoc } from '../model/types';

/** Whether a card may take dots in a round (the card is assumed to be of the round's blueprint). */
export function isEligible(round: Pick<VoteRound, 'eligible'>, card: Pick<Card, 'id' | 'laneId' | 'kind'>): boolean {
  const { scope, laneIds, kinds, cardIds } = round.eligible;
  switch (scope) {
    case 'all':
      return true;
    case 'lanes':
      return laneIds.includes(card.laneId);
    case 'kinds':
      return kinds.includes(card.kind);
    case 'cards':
      return cardIds.includes(card.id);
  }
}

export function roundsOf(doc: WorkshopDoc, blueprintId: Id): VoteRound[] {
  return sorted(Object.values(doc.voteRounds).filter((r) => r.blueprintId === blueprintId));
}

/** The round people vote in now on a blueprint (at most one is open). */
export function openRoundOf(doc: WorkshopDoc, blueprintId: Id): VoteRound | undefined {
  return Object.values(doc.voteRounds).find((r) => r.blueprintId === blueprintId && r.open);
}

/** The round closed last on a blueprint: the one whose results a blueprint shows by default. */
export function latestClosedRound(doc: WorkshopDoc, blueprintId: Id): VoteRound | undefined {
  const closed = roundsOf(doc, blueprintId).filter((r) => !r.open);
  return closed.sort((a, b) => (a.closedAt ?? 0) - (b.closedAt ?? 0) || a.position - b.position).at(-1);
}

export function dotsUsed(votes: Iterable<Vote>, roundId: Id, participantId: Id): number {
  let total = 0;
  for (const v of votes) if (v.roundId === roundId && v.participantId === participantId) total += v.dots;
  return total;
}

export interface Standing {
  cardId: Id;
  dots: number;
  /** Competition ranking: cards with as many dots share a rank, the next rank skips ("1, 2, 2, 4"). */
  rank: number;
  voters: number;
}

/**
 * A round's result: every card that got dots, most dots first, ties in reading order (step,
 * then lane, then position in the cell), so the list reads like the blueprint.
 */
export function standings(doc: WorkshopDoc, roundId: Id): Standing[] {
  const round = recordIn(doc.voteRounds, roundId);
  if (!round) return [];
  const tally = new Map<Id, { dots: number; voters: Set<Id> }>();
  for (const v of Object.values(doc.votes)) {
    if (v.roundId !== roundId || !recordIn(doc.cards, v.cardId)) continue;
    const entry = tally.get(v.cardId) ?? { dots: 0, voters: new Set<Id>() };
    entry.dots += v.dots;
    entry.voters.add(v.participantId);
    tally.set(v.cardId, entry);
  }
  const step = new Map(columnsOf(doc, round.blueprintId).map((s, i) => [s.id, i]));
  const lane = new Map(lanesOf(doc, round.blueprintId).map((l, i) => [l.id, i]));
  const reading = (id: Id) => {
    const c = recordIn(doc.cards, id)!;
    return [step.get(c.stepId) ?? 0, lane.get(c.laneId) ?? 0, c.position] as const;
  };
  const order = [...tally.entries()].sort(([a, x], [b, y]) => {
    if (y.dots !== x.dots) return y.dots - x.dots;
    const [sa, la, pa] = reading(a);
    const [sb, lb, pb] = reading(b);
    return sa - sb || la - lb || pa - pb || (a < b ? -1 : 1);
  });
  const out: Standing[] = [];
  order.forEach(([cardId, { dots, voters }], i) => {
    const previous = out[i - 1];
    out.push({ cardId, dots, voters: voters.size, rank: previous && previous.dots === dots ? previous.rank : i + 1 });
  });
  return out;
}

/** "1 dot", "3 dots". */
export const dotsText = (n: number): string => `${n} ${n === 1 ? 'dot' : 'dots'}`;

/**
 * A round of a blueprint picked by a person: `latest` (the last one closed), its id, or its
 * question or name (exactly, then ignoring case).
 */
export function findRound(doc: WorkshopDoc, blueprintId: Id, wanted: string): VoteRound | undefined {
  if (wanted === 'latest') return latestClosedRound(doc, blueprintId);
  const rounds = roundsOf(doc, blueprintId);
  const lower = wanted.toLowerCase();
  return rounds.find((r) => r.id === wanted) ??
    rounds.find((r) => r.question === wanted || r.name === wanted) ??
    rounds.find((r) => r.question.toLowerCase() === lower || r.name.toLowerCase() === lower);
}
