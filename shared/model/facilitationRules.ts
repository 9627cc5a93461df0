import type { Problem } from './integrity';
import { blueprintOfCard, recordIn } from './queries';
import type { Id, WorkshopDoc } from './types';

/** The timer may count down an agenda item's time-box only while that item exists. */
export function timerProblem(doc: WorkshopDoc): Problem | null {
  const itemId = doc.workshop.timer.agendaItemId;
  if (itemId === null || Object.hasOwn(doc.agenda, itemId)) return null;
  return { path: ['workshop', 'timer', 'agendaItemId'], message: `refers to a missing agenda item "${itemId}"` };
}

/**
 * Rules that span records of facilitation (references alone resolve across the whole workshop):
 * a round's eligible lanes and cards are of its own blueprint; a reply answers the first
 * comment of a thread on the same card, and only a thread's first comment can be resolved.
 */
export function facilitationProblem(doc: WorkshopDoc, table: 'voteRounds' | 'comments', id: Id): Problem | null {
  if (table === 'voteRounds') {
    const round = recordIn(doc.voteRounds, id)!;
    const laneAt = round.eligible.laneIds.findIndex((l) => recordIn(doc.lanes, l)?.blueprintId !== round.blueprintId);
    if (laneAt >= 0) return { path: [table, id, 'eligible', 'laneIds', laneAt], message: 'is a lane of another blueprint' };
    const cardAt = round.eligible.cardIds.findIndex((c) => blueprintOfCard(doc, c) !== round.blueprintId);
    if (cardAt >= 0) return { path: [table, id, 'eligible', 'cardIds', cardAt], message: 'is a card of another blueprint' };
    return null;
  }
  const comment = recordIn(doc.comments, id)!;
  if (comment.parentId === null) return null;
  const parent = recordIn(doc.comments, comment.parentId);
  if (parent && (parent.cardId !== comment.cardId || parent.parentId !== null)) {
    return { path: [table, id, 'parentId'], message: 'is not the first comment of a thread on the same card' };
  }
  if (comment.resolved) return { path: [table, id, 'resolved'], message: 'is set on a reply; only a thread is resolved' };
  return null;
}
