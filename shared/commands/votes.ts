import { z } from 'zod';
import { allCardsEligible, defaultCard } from '../model/defaults';
import { cardKindForLane } from '../model/presets';
import { blueprintOfCard, cardsOfBlueprint, lanesOf } from '../model/queries';
import { CARD_KINDS, ELIGIBILITY_SCOPES } from '../model/schemas';
import { idSchema, line, LIMITS } from '../model/text';
import type { Eligibility, Id, Vote, VoteRound, WorkshopDoc } from '../model/types';
import { dotsText, dotsUsed, isEligible, standings } from '../facilitation/votes';
import { removeRecords } from './cascade';
import { cellNow } from './cells';
import { defineCommand } from './command';
import { assign, before, fresh, has, lookup, need, type DocDraft } from './draft';
import { refuse } from './errors';
import { positionsAt } from './positions';

const epochMs = z.number().int().min(0).max(8.64e15);
const dots = z.number().int().min(1).max(50);

/** Opening a round closes the other open round of the blueprint: people vote in one round at a time. */
function openOnly(draft: DocDraft, round: VoteRound, now: number | null): void {
  for (const other of Object.values(before(draft).voteRounds)) {
    if (other.id !== round.id && other.blueprintId === round.blueprintId && other.open) {
      const closing = draft.voteRounds[other.id]!;
      closing.open = false;
      if (now !== null) closing.closedAt = now;
    }
  }
}

function nextRoundName(doc: WorkshopDoc, blueprintId: Id): string {
  return `Round ${Object.values(doc.voteRounds).filter((r) => r.blueprintId === blueprintId).length + 1}`;
}

function newRound(draft: DocDraft, fields: Omit<VoteRound, 'position'>): void {
  const rounds = Object.values(before(draft).voteRounds).filter((r) => r.blueprintId === fields.blueprintId);
  const round: VoteRound = { ...fields, position: positionsAt(draft.voteRounds, rounds, Infinity)[0]! };
  draft.voteRounds[round.id] = round;
  if (round.open) openOnly(draft, round, round.openedAt);
}

/** A round as older code and files make it: every card eligible, votes visible, no times. */
export const addVoteRound = defineCommand<{ id: Id; blueprintId: Id; name?: string; dotsPerPerson?: number; open?: boolean }>(
  'vote.addRound', 'Add vote round', (draft, { id, blueprintId, name, dotsPerPerson = 3, open = true }) => {
    const doc = before(draft);
    fresh(draft, 'voteRounds', id);
    if (!has(doc.blueprints, blueprintId)) refuse(`there is no blueprint "${blueprintId}"`);
    newRound(draft, {
      id, blueprintId, name: name ?? nextRoundName(doc, blueprintId), dotsPerPerson, open,
      question: '', eligible: allCardsEligible(), hidden: false, openedAt: null, closedAt: null,
    });
  },
  { args: z.strictObject({ id: idSchema, blueprintId: idSchema, name: line().optional(), dotsPerPerson: dots.optional(), open: z.boolean().optional() }) },
);

const eligibilityArgs = z.strictObject({
  scope: z.enum(ELIGIBILITY_SCOPES),
  laneIds: z.array(idSchema).max(100),
  kinds: z.array(z.enum(CARD_KINDS)).max(CARD_KINDS.length),
  cardIds: z.array(idSchema).max(5_000),
});

const startVoteArgs = z.strictObject({
  id: idSchema,
  blueprintId: idSchema,
  question: line(LIMITS.title),
  dotsPerPerson: z.number().int().min(1).max(50),
  eligible: eligibilityArgs,
  hidden: z.boolean(),
  now: epochMs,
  /** Someone to vote as when the workshop lists nobody yet (the facilitator, for the room). */
  voter: z.strictObject({ id: idSchema, name: line(), department: line() }).optional(),
});

function checkEligibility(doc: WorkshopDoc, blueprintId: Id, eligible: Eligibility): void {
  const listed = { lanes: eligible.laneIds, kinds: eligible.kinds, cards: eligible.cardIds, all: [null] }[eligible.scope];
  if (listed.length === 0) refuse(`choose at least one ${{ lanes: 'lane', kinds: 'kind of card', cards: 'card', all: '' }[eligible.scope]} to vote on`);
  for (const laneId of eligible.laneIds) {
    if (lookup(doc.lanes, laneId)?.blueprintId !== blueprintId) refuse(`lane "${laneId}" is not in this blueprint`);
  }
  for (const cardId of eligible.cardIds) {
    if (blueprintOfCard(doc, cardId) !== blueprintId) refuse(`card "${cardId}" is not in this blueprint`);
  }
  if (!cardsOfBlueprint(doc, blueprintId).some((c) => isEligible({ eligible }, c))) refuse('no card of this blueprint matches what the vote is on');
}

/** Opens a new round: its question, dots per person, which cards take dots, and whether dots stay hidden until it closes. */
export const startVote = defineCommand<z.infer<typeof startVoteArgs>>(
  'vote.start', 'Start vote', (draft, { id, blueprintId, question, dotsPerPerson, eligible, hidden, now, voter }) => {
    const doc = before(draft);
    fresh(draft, 'voteRounds', id);
    if (!has(doc.blueprints, blueprintId)) refuse(`there is no blueprint "${blueprintId}"`);
    checkEligibility(doc, blueprintId, eligible);
    const name = nextRoundName(doc, blueprintId);
    newRound(draft, {
      id, blueprintId, name, question: question.trim(), dotsPerPerson, open: true, hidden,
      eligible: { ...eligible, laneIds: eligible.scope === 'lanes' ? eligible.laneIds : [], kinds: eligible.scope === 'kinds' ? eligible.kinds : [], cardIds: eligible.scope === 'cards' ? eligible.cardIds : [] },
      openedAt: now, closedAt: null,
    });
    if (voter && !has(doc.participants, voter.id)) {
      const people = Object.values(doc.participants);
      const position = positionsAt(draft.participants, people.sort((a, b) => a.position - b.position), Infinity)[0]!;
      draft.participants[voter.id] = { id: voter.id, name: voter.name, department: voter.department, position };
    }
  },
  { args: startVoteArgs },
);

const closeVoteArgs = z.strictObject({ roundId: idSchema, now: epochMs });

/** Ends a round: its dots become the result, kept with the round in the file. */
export const closeVote = defineCommand<z.infer<typeof closeVoteArgs>>(
  'vote.close', 'Close vote', (draft, { roundId, now }) => {
    const round = need(draft, 'voteRounds', roundId);
    if (!round.open) refuse(`"${round.question || round.name}" is already closed`);
    round.open = false;
    round.closedAt = now;
  },
  { args: closeVoteArgs },
);

export const setVoteRoundOpen = defineCommand<{ roundId: Id; open: boolean }>(
  'vote.open', 'Open or close voting', (draft, { roundId, open }) => {
    const round = need(draft, 'voteRounds', roundId);
    round.open = open;
    if (open) {
      round.closedAt = null;
      openOnly(draft, round, null);
    }
  },
  { args: z.strictObject({ roundId: idSchema, open: z.boolean() }) },
);

/** Renames a round or changes its dots per person (never below what someone already cast). */
export const updateVoteRound = defineCommand<{ roundId: Id; fields: Partial<Pick<VoteRound, 'name' | 'dotsPerPerson' | 'question'>> }>(
  'vote.updateRound', 'Edit vote round', (draft, { roundId, fields }) => {
    const doc = before(draft);
    const round = need(draft, 'voteRounds', roundId);
    if (fields.dotsPerPerson !== undefined) {
      for (const participantId of Object.keys(doc.participants)) {
        if (dotsUsed(Object.values(doc.votes), roundId, participantId) > fields.dotsPerPerson) {
          refuse(`${doc.participants[participantId]!.name || 'a participant'} has already cast more than ${fields.dotsPerPerson} dots`);
        }
      }
    }
    assign(round, fields, ['name', 'dotsPerPerson', 'question']);
  },
  { args: z.strictObject({ roundId: idSchema, fields: z.strictObject({ name: line().optional(), dotsPerPerson: dots.optional(), question: line(LIMITS.title).optional() }) }) },
);

export const deleteVoteRound = defineCommand<{ roundId: Id }>('vote.deleteRound', 'Delete vote round', (draft, { roundId }) => {
  need(draft, 'voteRounds', roundId);
  removeRecords(draft, 'voteRounds', [roundId]);
}, { args: z.strictObject({ roundId: idSchema }) });

function voteOf(doc: WorkshopDoc, roundId: Id, participantId: Id, cardId: Id): Vote | undefined {
  return Object.values(doc.votes).find((v) => v.roundId === roundId && v.participantId === participantId && v.cardId === cardId);
}

/** One more dot on a card, within the round's dots per person; `id` names the vote if it is the first dot. */
export const castDot = defineCommand<{ id: Id; roundId: Id; participantId: Id; cardId: Id }>(
  'vote.cast', 'Add dot', (draft, { id, roundId, participantId, cardId }) => {
    const doc = before(draft);
    const round = lookup(doc.voteRounds, roundId) ?? refuse(`there is no vote round "${roundId}"`);
    if (!round.open) refuse(`voting in "${round.question || round.name}" is closed`);
    const participant = lookup(doc.participants, participantId) ?? refuse(`there is no participant "${participantId}"`);
    const card = lookup(doc.cards, cardId);
    if (!card || blueprintOfCard(doc, cardId) !== round.blueprintId) refuse(`card "${cardId}" is not in the blueprint of this round`);
    if (!isEligible(round, card)) refuse(`"${card.title || 'this card'}" is not part of this vote`);
    if (dotsUsed(Object.values(doc.votes), roundId, participantId) >= round.dotsPerPerson) {
      refuse(`${participant.name || 'this participant'} has used all ${round.dotsPerPerson} dots`);
    }
    const existing = voteOf(doc, roundId, participantId, cardId);
    if (existing) draft.votes[existing.id]!.dots += 1;
    else {
      fresh(draft, 'votes', id);
      draft.votes[id] = { id, roundId, participantId, cardId, dots: 1 };
    }
  },
  { args: z.strictObject({ id: idSchema, roundId: idSchema, participantId: idSchema, cardId: idSchema }) },
);

export const removeDot = defineCommand<{ roundId: Id; participantId: Id; cardId: Id }>(
  'vote.remove', 'Remove dot', (draft, { roundId, participantId, cardId }) => {
    const doc = before(draft);
    const round = lookup(doc.voteRounds, roundId) ?? refuse(`there is no vote round "${roundId}"`);
    if (!round.open) refuse(`voting in "${round.question || round.name}" is closed`);
    const vote = voteOf(doc, roundId, participantId, cardId) ?? refuse('there is no dot to remove');
    if (vote.dots > 1) draft.votes[vote.id]!.dots -= 1;
    else delete draft.votes[vote.id];
  },
  { args: z.strictObject({ roundId: idSchema, participantId: idSchema, cardId: idSchema }) },
);

const ideasArgs = z.strictObject({
  roundId: idSchema,
  /** The voted cards to turn into ideas, each with the id its idea card gets. */
  picks: z.array(z.strictObject({ cardId: idSchema, ideaId: idSchema })).min(1).max(100),
});

/**
 * An idea card for each picked result, in the blueprint's ideas lane under the same step (or,
 * without an ideas lane, right below the voted card), saying how many dots it got.
 */
export const votesToIdeas = defineCommand<z.infer<typeof ideasArgs>>(
  'vote.toIdeas', 'Turn results into ideas', (draft, { roundId, picks }) => {
    const doc = before(draft);
    const round = lookup(doc.voteRounds, roundId) ?? refuse(`there is no vote round "${roundId}"`);
    const dots = new Map(standings(doc, roundId).map((s) => [s.cardId, s.dots]));
    const ideasLane = lanesOf(doc, round.blueprintId).find((l) => l.role === 'ideas' && !l.hidden);
    const added: Id[] = [];
    for (const { cardId, ideaId } of picks) {
      fresh(draft, 'cards', ideaId);
      const source = lookup(doc.cards, cardId);
      if (!source || !dots.has(cardId)) refuse(`card "${cardId}" got no dots in this round`);
      const laneId = ideasLane?.id ?? source.laneId;
      const inCell = cellNow(draft, laneId, source.stepId, added);
      const index = ideasLane ? inCell.length : inCell.findIndex((c) => c.id === cardId) + 1;
      const [position] = positionsAt(draft.cards, inCell, index);
      const lane = doc.lanes[laneId]!;
      const about = round.question ? ` in “${round.question}”` : '';
      draft.cards[ideaId] = defaultCard({
        id: ideaId, laneId, stepId: source.stepId, position: position!,
        kind: ideasLane ? cardKindForLane(lane.kind, lane.role) : 'idea',
        title: `Idea: ${source.title || 'untitled card'}`.slice(0, LIMITS.title),
        description: `${dotsText(dots.get(cardId)!)}${about}.`.slice(0, LIMITS.text),
        owner: source.owner,
      });
      added.push(ideaId);
    }
  },
  { args: ideasArgs },
);

const importanceArgs = z.strictObject({ roundId: idSchema });

/**
 * The room's priorities as touchpoint importance: the touchpoint with most dots gets 5, the
 * others in proportion (at least 1). Cards that are not touchpoints, or got no dots, keep theirs.
 */
export const votesToImportance = defineCommand<z.infer<typeof importanceArgs>>(
  'vote.toImportance', 'Set importance from dots', (draft, { roundId }) => {
    const doc = before(draft);
    if (!has(doc.voteRounds, roundId)) refuse(`there is no vote round "${roundId}"`);
    const voted = standings(doc, roundId).filter((s) => doc.cards[s.cardId]!.touchpoint !== null);
    if (!voted.length) refuse('none of the cards that got dots is a touchpoint');
    const most = voted[0]!.dots;
    for (const { cardId, dots } of voted) {
      const importance = Math.max(1, Math.round((5 * dots) / most));
      if (doc.cards[cardId]!.touchpoint!.importance !== importance) draft.cards[cardId]!.touchpoint!.importance = importance;
    }
  },
  { args: importanceArgs },
);
