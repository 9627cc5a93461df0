import { openThreadCounts } from '../../shared/facilitation/comments';
import { departmentColours, departmentKey } from '../../shared/facilitation/departments';
import { dotsUsed, isEligible, latestClosedRound, openRoundOf, standings, type Standing } from '../../shared/facilitation/votes';
import { sorted } from '../../shared/model/queries';
import type { Card, Id, Participant, VoteRound, WorkshopDoc } from '../../shared/model/types';
import type { FacilitationView } from './view';

/** What a card shows of the workshop's facilitation, as plain values so that equal facts compare equal. */
export interface CardFacts {
  /** While a round is open: whether this card takes dots (null: no round open). */
  eligible: boolean | null;
  /** Dots drawn on the card: everyone's in a visible round, the voter's own in a hidden one, the result after it closed. */
  dots: number;
  /** The voter's dots on this card in the open round. */
  mine: number;
  canAdd: boolean;
  /** Rank in the shown result, and how hot the card is there (1–4), else null and 0. */
  rank: number | null;
  heat: number;
  openThreads: number;
  owner: string;
  /** Department colour of the owner, -1 when owners' colours are off or it has none. */
  ownerColour: number;
  /** The card's accessible description: its dots and open comments in words. */
  description: string;
}

export interface FacilitationIndex {
  round: VoteRound | null;
  voter: Participant | null;
  /** Dots the voter has left in the open round. */
  left: number;
  dotsByCard: Map<Id, number>;
  mineByCard: Map<Id, number>;
  result: VoteRound | null;
  standings: Map<Id, Standing>;
  most: number;
  threads: Map<Id, number>;
  colours: Map<string, number> | null;
}

/**
 * Remembers the last result for the same keys (compared by identity). The document comes
 * first and is not a key: the keys are the parts of it the result reads.
 */
function memo<K extends unknown[], R>(fn: (doc: WorkshopDoc, ...keys: K) => R): (doc: WorkshopDoc, ...keys: K) => R {
  let last: { keys: K; value: R } | null = null;
  return (doc, ...keys) => {
    if (last && last.keys.every((k, i) => k === keys[i])) return last.value;
    const value = fn(doc, ...keys);
    last = { keys, value };
    return value;
  };
}

/** The participant dots go to: the one chosen, else the first listed. */
export function voterOf(doc: WorkshopDoc, voterId: string | null): Participant | null {
  return (voterId !== null && doc.participants[voterId]) || sorted(Object.values(doc.participants))[0] || null;
}

const roundTallies = memo((doc: WorkshopDoc, _votes: unknown, roundId: Id | null, voterId: Id | null) => {
  const dotsByCard = new Map<Id, number>();
  const mineByCard = new Map<Id, number>();
  for (const v of Object.values(doc.votes)) {
    if (v.roundId !== roundId) continue;
    dotsByCard.set(v.cardId, (dotsByCard.get(v.cardId) ?? 0) + v.dots);
    if (v.participantId === voterId) mineByCard.set(v.cardId, (mineByCard.get(v.cardId) ?? 0) + v.dots);
  }
  return { dotsByCard, mineByCard };
});

const resultOf = memo((doc: WorkshopDoc, _votes: unknown, _cards: unknown, _lanes: unknown, _steps: unknown, roundId: Id) => {
  const list = standings(doc, roundId);
  return { standings: new Map(list.map((s) => [s.cardId, s])), most: list[0]?.dots ?? 0 };
});

const threadsOf = memo((doc: WorkshopDoc, _comments: unknown) => openThreadCounts(doc.comments));
const coloursOf = memo((doc: WorkshopDoc, _participants: unknown, _cards: unknown) => departmentColours(doc));

const NO_RESULT = { standings: new Map<Id, Standing>(), most: 0 };

function buildIndex(doc: WorkshopDoc, blueprintId: Id, view: Pick<FacilitationView, 'voterId' | 'resultsRound' | 'owners'>): FacilitationIndex {
  const round = openRoundOf(doc, blueprintId) ?? null;
  const voter = round ? voterOf(doc, view.voterId) : null;
  const tallies = roundTallies(doc, doc.votes, round?.id ?? null, voter?.id ?? null);
  const left = round && voter ? round.dotsPerPerson - dotsUsed(Object.values(doc.votes), round.id, voter.id) : 0;
  const chosen = view.resultsRound === 'latest' ? latestClosedRound(doc, blueprintId) : view.resultsRound ? doc.voteRounds[view.resultsRound] : undefined;
  const result = !round && chosen && !chosen.open && chosen.blueprintId === blueprintId ? chosen : null;
  // Reading order of ties follows lanes and steps, which change far less often than cards.
  const shown = result ? resultOf(doc, doc.votes, doc.cards, doc.lanes, doc.steps, result.id) : NO_RESULT;
  return {
    round, voter, left, dotsByCard: tallies.dotsByCard, mineByCard: tallies.mineByCard, result, ...shown,
    threads: threadsOf(doc, doc.comments),
    colours: view.owners ? coloursOf(doc, doc.participants, doc.cards) : null,
  };
}

/** The index of one document and view, rebuilt only when what it reads changed. */
export const facilitationIndex = memo(
  (doc: WorkshopDoc, _votes: unknown, _rounds: unknown, _comments: unknown, _participants: unknown, _cards: unknown,
    blueprintId: Id, voterId: string | null, resultsRound: string | null, owners: boolean) => buildIndex(doc, blueprintId, { voterId, resultsRound, owners }),
);

export function indexOf(doc: WorkshopDoc, blueprintId: Id, view: FacilitationView): FacilitationIndex {
  return facilitationIndex(doc, doc.votes, doc.voteRounds, doc.comments, doc.participants, doc.cards, blueprintId, view.voterId, view.resultsRound, view.owners);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** CONTRACT §7 promises "N dots" in a voted card's description, so it is "1 dots" there too ("1 dot" is inside it). */
const dotsWords = (n: number) => `${n} dots`;

export function factsOf(index: FacilitationIndex, card: Card): CardFacts {
  const { round, voter } = index;
  const eligible = round ? isEligible(round, card) : null;
  const mine = round ? (index.mineByCard.get(card.id) ?? 0) : 0;
  const standing = index.standings.get(card.id);
  let dots = 0;
  const words: string[] = [];
  if (round && eligible) {
    const total = index.dotsByCard.get(card.id) ?? 0;
    dots = round.hidden ? mine : total;
    if (!round.hidden && total > 0) words.push(dotsWords(total));
    if (mine > 0) words.push(`${dotsWords(mine)} from ${voter?.name || 'the voter'}`);
  } else if (standing) {
    dots = standing.dots;
    words.push(`${dotsWords(standing.dots)}, ranked ${standing.rank} of ${index.standings.size}`);
  }
  const openThreads = index.threads.get(card.id) ?? 0;
  if (openThreads) words.push(plural(openThreads, 'open comment'));
  // The card names its owner in words already, so the description leaves it out.
  const colour = index.colours && card.owner.trim() ? (index.colours.get(departmentKey(card.owner)) ?? -1) : -1;
  return {
    eligible, dots, mine,
    canAdd: !!round && !!eligible && !!voter && index.left > 0,
    rank: standing && !round ? standing.rank : null,
    heat: standing && !round && index.most > 0 ? Math.max(1, Math.ceil((4 * standing.dots) / index.most)) : 0,
    openThreads, owner: colour >= 0 ? card.owner.trim() : '', ownerColour: colour,
    description: words.join('. '),
  };
}

export function sameFacts(a: CardFacts, b: CardFacts): boolean {
  return a.eligible === b.eligible && a.dots === b.dots && a.mine === b.mine && a.canAdd === b.canAdd && a.rank === b.rank &&
    a.heat === b.heat && a.openThreads === b.openThreads && a.owner === b.owner && a.ownerColour === b.ownerColour && a.description === b.description;
}
