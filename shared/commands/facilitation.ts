import { blueprintOfCard } from '../model/queries';
import type { Id, Vote, VoteRound, WorkshopDoc } from '../model/types';
import { removeRecords } from './cascade';
import { defineCommand } from './command';
import { assign, before, fresh, has, lookup, need, type DocDraft } from './draft';
import { refuse } from './errors';
import { positionsAt } from './positions';
import { z } from 'zod';
import { commentSchema, voteRoundSchema } from '../model/schemas';
import { line } from '../model/text';
import { args, epochMs, id } from './args';

const dots = voteRoundSchema.shape.dotsPerPerson;

/** Opening a round closes the other open round of the blueprint: people vote in one round at a time. */
function openOnly(draft: DocDraft, round: VoteRound): void {
  for (const other of Object.values(before(draft).voteRounds)) {
    if (other.id !== round.id && other.blueprintId === round.blueprintId && other.open) draft.voteRounds[other.id]!.open = false;
  }
}

export const addVoteRound = defineCommand<{ id: Id; blueprintId: Id; name?: string; dotsPerPerson?: number; open?: boolean }>(
  'vote.addRound', 'Add vote round', (draft, { id, blueprintId, name, dotsPerPerson = 3, open = true }) => {
    const doc = before(draft);
    fresh(draft, 'voteRounds', id);
    if (!has(doc.blueprints, blueprintId)) refuse(`there is no blueprint "${blueprintId}"`);
    const rounds = Object.values(doc.voteRounds).filter((r) => r.blueprintId === blueprintId);
    const round: VoteRound = {
      id, blueprintId, name: name ?? `Round ${rounds.length + 1}`, dotsPerPerson, open, position: positionsAt(draft.voteRounds, rounds, Infinity)[0]!,
    };
    draft.voteRounds[id] = round;
    if (open) openOnly(draft, round);
  },
  { args: args({ id, blueprintId: id, name: line().optional(), dotsPerPerson: dots.optional(), open: z.boolean().optional() }) },
);

export const setVoteRoundOpen = defineCommand<{ roundId: Id; open: boolean }>(
  'vote.open', 'Open or close voting', (draft, { roundId, open }) => {
    const round = need(draft, 'voteRounds', roundId);
    round.open = open;
    if (open) openOnly(draft, round);
  },
  { args: args({ roundId: id, open: z.boolean() }) },
);

const dotsOf = (votes: Iterable<Vote>, roundId: Id, participantId: Id) => {
  let total = 0;
  for (const v of votes) if (v.roundId === roundId && v.participantId === participantId) total += v.dots;
  return total;
};

/** Renames a round or changes its dots per person (never below what someone already cast). */
export const updateVoteRound = defineCommand<{ roundId: Id; fields: Partial<Pick<VoteRound, 'name' | 'dotsPerPerson'>> }>(
  'vote.updateRound', 'Edit vote round', (draft, { roundId, fields }) => {
    const doc = before(draft);
    const round = need(draft, 'voteRounds', roundId);
    if (fields.dotsPerPerson !== undefined) {
      for (const participantId of Object.keys(doc.participants)) {
        if (dotsOf(Object.values(doc.votes), roundId, participantId) > fields.dotsPerPerson) {
          refuse(`${doc.participants[participantId]!.name || 'a participant'} has already cast more than ${fields.dotsPerPerson} dots`);
        }
      }
    }
    assign(round, fields, ['name', 'dotsPerPerson']);
  },
  { args: args({ roundId: id, fields: voteRoundSchema.pick({ name: true, dotsPerPerson: true }).partial() }) },
);

export const deleteVoteRound = defineCommand<{ roundId: Id }>('vote.deleteRound', 'Delete vote round', (draft, { roundId }) => {
  need(draft, 'voteRounds', roundId);
  removeRecords(draft, 'voteRounds', [roundId]);
}, { args: args({ roundId: id }) });

function voteOf(doc: WorkshopDoc, roundId: Id, participantId: Id, cardId: Id): Vote | undefined {
  return Object.values(doc.votes).find((v) => v.roundId === roundId && v.participantId === participantId && v.cardId === cardId);
}

/** One more dot on a card, within the round's dots per person; `id` names the vote if it is the first dot. */
export const castDot = defineCommand<{ id: Id; roundId: Id; participantId: Id; cardId: Id }>(
  'vote.cast', 'Vote', (draft, { id, roundId, participantId, cardId }) => {
    const doc = before(draft);
    const round = lookup(doc.voteRounds, roundId) ?? refuse(`there is no vote round "${roundId}"`);
    if (!round.open) refuse(`voting in "${round.name}" is closed`);
    const participant = lookup(doc.participants, participantId) ?? refuse(`there is no participant "${participantId}"`);
    if (blueprintOfCard(doc, cardId) !== round.blueprintId) refuse(`card "${cardId}" is not in the blueprint of this round`);
    if (dotsOf(Object.values(doc.votes), roundId, participantId) >= round.dotsPerPerson) {
      refuse(`${participant.name || 'this participant'} has used all ${round.dotsPerPerson} dots`);
    }
    const existing = voteOf(doc, roundId, participantId, cardId);
    if (existing) draft.votes[existing.id]!.dots += 1;
    else {
      fresh(draft, 'votes', id);
      draft.votes[id] = { id, roundId, participantId, cardId, dots: 1 };
    }
  },
  { args: args({ id, roundId: id, participantId: id, cardId: id }) },
);

export const removeDot = defineCommand<{ roundId: Id; participantId: Id; cardId: Id }>(
  'vote.remove', 'Remove vote', (draft, { roundId, participantId, cardId }) => {
    const doc = before(draft);
    const round = lookup(doc.voteRounds, roundId) ?? refuse(`there is no vote round "${roundId}"`);
    if (!round.open) refuse(`voting in "${round.name}" is closed`);
    const vote = voteOf(doc, roundId, participantId, cardId) ?? refuse('there is no dot to remove');
    if (vote.dots > 1) draft.votes[vote.id]!.dots -= 1;
    else delete draft.votes[vote.id];
  },
  { args: args({ roundId: id, participantId: id, cardId: id }) },
);

export const addComment = defineCommand<{ id: Id; cardId: Id; author: string; text: string; createdAt: number }>(
  'comment.add', 'Comment', (draft, { id, cardId, author, text, createdAt }) => {
    fresh(draft, 'comments', id);
    if (!has(before(draft).cards, cardId)) refuse(`there is no card "${cardId}"`);
    draft.comments[id] = { id, cardId, author, text, createdAt };
  },
  { args: args({ id, cardId: id, author: commentSchema.shape.author, text: commentSchema.shape.text, createdAt: epochMs }) },
);

export const editComment = defineCommand<{ commentId: Id; text: string }>(
  'comment.edit', 'Edit comment', (draft, { commentId, text }) => {
    need(draft, 'comments', commentId).text = text;
  },
  { group: ({ commentId }) => `comment.edit:${commentId}`, args: args({ commentId: id, text: commentSchema.shape.text }) },
);

export const deleteComment = defineCommand<{ commentId: Id }>('comment.delete', 'Delete comment', (draft, { commentId }) => {
  need(draft, 'comments', commentId);
  delete draft.comments[commentId];
}, { args: args({ commentId: id }) });
