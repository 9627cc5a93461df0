import type { Patch } from 'immer';
import { isEligible } from '../facilitation/votes';
import { blueprintOfCard, recordIn } from '../model/queries';
import type { TableName } from '../model/schemas';
import type { Card, Comment, Id, Vote, WorkshopDoc } from '../model/types';
import type { Edit } from '../sync/protocol';
import type { Actor } from './roles';

/**
 * What a participant may do from their own device, whatever they send (docs/room.md): add
 * cards in any lane and step, edit, move and delete the cards they added, add and take back
 * their own dots within the round's budget while it is open, and comment as themselves. A
 * viewer may do nothing. The facilitator may do everything.
 *
 * The check runs on the host, on what an edit actually did to the host's document (its
 * patches, and the document before and after), so a crafted command and a crafted undo are
 * judged alike: every record an edit writes must be the participant's own, except the
 * positions of other cards in a cell, which a card put between them may renumber.
 */

/** The commands a participant's page sends; anything else is the facilitator's. */
export const PARTICIPANT_COMMANDS: ReadonlySet<string> = new Set([
  'card.add', 'card.update', 'card.move', 'card.reorder', 'card.delete',
  'vote.cast', 'vote.remove',
  'comment.add', 'comment.edit', 'comment.delete',
]);

/** A comment is one's own when it carries one's participant id; one written now also carries one's name as it is. */
export function commentIsBy(comment: Pick<Comment, 'authorId'>, actor: Extract<Actor, { participantId: Id }>): boolean {
  return comment.authorId === actor.participantId;
}

type Participant = Extract<Actor, { participantId: Id }>;

/**
 * Null when `actor` may make this edit, else the sentence that says why not (to be shown to
 * the person who tried, prefixed by what they tried when it was an undo).
 */
export function refusalFor(actor: Actor, edit: Edit, before: WorkshopDoc, after: WorkshopDoc, patches: readonly Patch[]): string | null {
  if (actor.role === 'facilitator') return null;
  if (actor.role === 'viewer') return 'You can follow this workshop but not change it: the facilitator made you a viewer.';
  if (edit.kind === 'command' && !PARTICIPANT_COMMANDS.has(edit.command)) {
    return 'In the room you can add cards, edit your own, vote and comment; everything else is for the facilitator.';
  }
  const touched = new Map<TableName | 'workshop', Set<Id>>();
  for (const { path } of patches) {
    // A whole table at once is never a participant's edit.
    if (path.length < 2) return FOR_THE_FACILITATOR;
    const table = path[0] as TableName | 'workshop';
    let ids = touched.get(table);
    if (!ids) touched.set(table, (ids = new Set()));
    ids.add(String(path[1]));
  }
  const cards = touched.get('cards') ?? new Set<Id>();
  const deleted = [...cards].filter((id) => recordIn(before.cards, id) && !recordIn(after.cards, id));
  const deletesOwn = deleted.length > 0 && deleted.every((id) => before.cards[id]!.createdBy === actor.participantId);
  // The cards first: a refusal names the card itself before what hangs on it.
  for (const [table, ids] of [...touched].sort(([a], [b]) => Number(b === 'cards') - Number(a === 'cards'))) {
    const problem = table === 'cards' ? cardsProblem(actor, before, after, ids)
      : table === 'votes' ? votesProblem(actor, before, after, ids)
        : table === 'comments' ? commentsProblem(actor, before, after, ids)
          : FOR_THE_FACILITATOR;
    // Deleting a card takes along what hangs on it: others' dots, comments, lines, root causes.
    if (problem) return deletesOwn ? LINKED_CARD : problem;
  }
  return null;
}

const FOR_THE_FACILITATOR = 'That change is for the facilitator: in the room you can add cards, edit your own, vote and comment.';
const LINKED_CARD = 'Only the facilitator can delete a card that others have voted on, commented on or linked to.';

function cardsProblem(actor: Participant, before: WorkshopDoc, after: WorkshopDoc, ids: Set<Id>): string | null {
  for (const id of ids) {
    const was = recordIn(before.cards, id);
    const now = recordIn(after.cards, id);
    const mine = (card: Card | undefined) => card === undefined || card.createdBy === actor.participantId;
    if (mine(was) && mine(now)) continue;
    if (was && now && onlyPositionDiffers(was, now)) continue;
    if (!was && now) return 'A card you add must be yours: add it as yourself.';
    return `You can change only the cards you added; “${(was ?? now)!.title || 'that card'}” is someone else's.`;
  }
  return null;
}

/** Another card renumbered in its cell because a card was put between its neighbours. */
function onlyPositionDiffers(was: Card, now: Card): boolean {
  for (const key of Object.keys(now) as (keyof Card)[]) {
    if (key !== 'position' && JSON.stringify(was[key]) !== JSON.stringify(now[key])) return false;
  }
  return Object.keys(was).length === Object.keys(now).length;
}

function votesProblem(actor: Participant, before: WorkshopDoc, after: WorkshopDoc, ids: Set<Id>): string | null {
  const rounds = new Set<Id>();
  for (const id of ids) {
    const was = recordIn(before.votes, id);
    const now = recordIn(after.votes, id);
    for (const vote of [was, now]) {
      if (vote && vote.participantId !== actor.participantId) return 'You can add and take back only your own dots.';
    }
    // Dots on a card the participant deleted go with it, whatever the round.
    if (was && !now && !recordIn(after.cards, was.cardId)) continue;
    for (const vote of [was, now]) if (vote) rounds.add(vote.roundId);
    const round = now && recordIn(after.voteRounds, now.roundId);
    if (now && blueprintOfCard(after, now.cardId) !== round?.blueprintId) {
      return 'A dot goes on a card of the blueprint being voted on.';
    }
    // More dots than before on a card outside the vote (a crafted undo skips the command's own check).
    if (now && round && now.dots > (was?.dots ?? 0) && !isEligible(round, after.cards[now.cardId]!)) {
      return `“${after.cards[now.cardId]!.title || 'That card'}” is not part of this vote.`;
    }
  }
  for (const roundId of rounds) {
    const round = recordIn(after.voteRounds, roundId) ?? recordIn(before.voteRounds, roundId);
    if (!round || !round.open || !recordIn(before.voteRounds, roundId)?.open) return `Voting in “${round?.name ?? 'that round'}” is closed.`;
    const used = dotsOf(Object.values(after.votes), roundId, actor.participantId);
    if (used > round.dotsPerPerson) return `You have used all ${round.dotsPerPerson} of your dots in “${round.name}”.`;
  }
  return null;
}

function dotsOf(votes: Iterable<Vote>, roundId: Id, participantId: Id): number {
  let total = 0;
  for (const v of votes) if (v.roundId === roundId && v.participantId === participantId) total += v.dots;
  return total;
}

function commentsProblem(actor: Participant, before: WorkshopDoc, after: WorkshopDoc, ids: Set<Id>): string | null {
  for (const id of ids) {
    const was = recordIn(before.comments, id);
    const now = recordIn(after.comments, id);
    if (was && now && reopenedByReply(actor, was, now, after, ids)) continue;
    for (const comment of [was, now]) {
      if (comment && !commentIsBy(comment, actor)) return 'You can comment only as yourself, and change only your own comments.';
    }
    if (now && now.author !== actor.name && (!was || was.author !== now.author)) return 'You can comment only as yourself, and change only your own comments.';
    if (now && was && now.resolved !== was.resolved) return 'Resolving a thread is for the facilitator.';
  }
  return null;
}

/** Someone else's resolved thread, opened again by the reply this same edit adds to it (comment.add does that). */
function reopenedByReply(actor: Participant, was: Comment, now: Comment, after: WorkshopDoc, ids: Set<Id>): boolean {
  if (!was.resolved || now.resolved || JSON.stringify({ ...was, resolved: false }) !== JSON.stringify(now)) return false;
  return [...ids].some((id) => {
    const reply = recordIn(after.comments, id);
    return reply !== undefined && reply.parentId === now.id && commentIsBy(reply, actor);
  });
}
