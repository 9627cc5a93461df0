import type { Card, Id, VoteRound, WorkshopDoc } from '../../shared/model';
import type { CardFacts } from './BoardView';

/** The round people vote in now on this blueprint, if one is open. */
export function openRound(doc: WorkshopDoc, blueprintId: Id): VoteRound | undefined {
  return Object.values(doc.voteRounds).find((r) => r.open && r.blueprintId === blueprintId);
}

export function dotsUsed(doc: WorkshopDoc, roundId: Id, participantId: Id): number {
  let n = 0;
  for (const v of Object.values(doc.votes)) if (v.roundId === roundId && v.participantId === participantId) n += v.dots;
  return n;
}

export function dotsOn(doc: WorkshopDoc, roundId: Id, cardId: Id, participantId?: Id): number {
  let n = 0;
  for (const v of Object.values(doc.votes)) if (v.roundId === roundId && v.cardId === cardId && (!participantId || v.participantId === participantId)) n += v.dots;
  return n;
}

export const dotsText = (n: number) => (n === 1 ? '1 dot' : `${n} dots`);

/** Where a card is and what hangs on it, in words (what a screen reader hears after its title) and as badges. */
export function cardFacts(doc: WorkshopDoc, card: Card, round: VoteRound | undefined, participantId: Id): CardFacts {
  const place = `${doc.lanes[card.laneId]?.name ?? ''} — ${doc.steps[card.stepId]?.name ?? ''}`;
  const dots = round ? dotsOn(doc, round.id, card.id) : null;
  const mine = card.createdBy === participantId;
  const by = card.createdBy ? `, added by ${mine ? 'you' : doc.participants[card.createdBy]?.name || 'a participant'}` : '';
  const comments = Object.values(doc.comments).filter((c) => c.cardId === card.id).length;
  const description = `${place}${dots === null ? '' : `, ${dotsText(dots)}`}${by}${comments ? `, ${comments === 1 ? '1 comment' : `${comments} comments`}` : ''}`;
  return { description, mine, dots, comments };
}

/** Seconds left on the workshop's timer now, or null when no timer is set. */
export function timerLeft(doc: WorkshopDoc, now: number): number | null {
  const { durationSeconds, startedAt, elapsedSeconds } = doc.workshop.timer;
  if (durationSeconds <= 0) return null;
  const running = startedAt === null ? 0 : Math.max(0, (now - startedAt) / 1000);
  return Math.max(0, durationSeconds - elapsedSeconds - running);
}

export const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;
