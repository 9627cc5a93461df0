import { dotsText, isEligible } from '../../shared/facilitation/votes';
import type { Card, Id, VoteRound, WorkshopDoc } from '../../shared/model';
import type { CardFacts } from './BoardView';

/** Dots on a card in a round, everyone's or one participant's. */
export function dotsOn(doc: WorkshopDoc, roundId: Id, cardId: Id, participantId?: Id): number {
  let n = 0;
  for (const v of Object.values(doc.votes)) if (v.roundId === roundId && v.cardId === cardId && (!participantId || v.participantId === participantId)) n += v.dots;
  return n;
}

/**
 * Where a card is and what hangs on it, in words (what a screen reader hears after its title)
 * and as badges. While a round is open its dots show on the cards that are part of it: everyone's,
 * or only one's own while the round hides them.
 */
export function cardFacts(doc: WorkshopDoc, card: Card, round: VoteRound | undefined, participantId: Id): CardFacts {
  const place = `${doc.lanes[card.laneId]?.name ?? ''} — ${doc.steps[card.stepId]?.name ?? ''}`;
  const voting = round && isEligible(round, card) ? round : undefined;
  const dots = voting ? dotsOn(doc, voting.id, card.id, voting.hidden ? participantId : undefined) : null;
  const mine = card.createdBy === participantId;
  const by = card.createdBy ? `, added by ${mine ? 'you' : doc.participants[card.createdBy]?.name || 'a participant'}` : '';
  const comments = Object.values(doc.comments).filter((c) => c.cardId === card.id).length;
  const dotWords = dots === null ? '' : `, ${dotsText(dots)}${voting?.hidden ? ' of yours' : ''}`;
  const description = `${place}${dotWords}${by}${comments ? `, ${comments === 1 ? '1 comment' : `${comments} comments`}` : ''}`;
  return { description, mine, dots, comments };
}
