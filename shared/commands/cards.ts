import { defaultCard } from '../model/defaults';
import { cardKindForLane } from '../model/presets';
import { blueprintOfCard } from '../model/queries';
import type { Card, Id } from '../model/types';
import { removeRecords } from './cascade';
import { blueprintOfCell, cellCards, cellNow } from './cells';
import { defineCommand } from './command';
import { assign, before, fresh, lookup, need, type DocDraft } from './draft';
import { refuse } from './errors';
import { positionsAt } from './positions';
import { cardSchema } from '../model/schemas';
import { args, id, ids, index } from './args';

/** The card's own fields; touchpoint and product data have their own commands. */
export const CARD_FIELDS = ['title', 'description', 'kind', 'owner', 'tags', 'failPoint', 'waitMinutes', 'imageId'] as const;
export type CardFields = Partial<Pick<Card, (typeof CARD_FIELDS)[number]>>;
const cardFields = cardSchema.pick({ title: true, description: true, kind: true, owner: true, tags: true, failPoint: true, waitMinutes: true, imageId: true }).partial();

/**
 * A new card in a cell, at `index` among its cards (default: last); its kind follows the lane.
 * `createdBy` names the participant adding it from their device in a room (the host checks it is them).
 */
export const addCard = defineCommand<{ id: Id; laneId: Id; stepId: Id; index?: number; fields?: CardFields; createdBy?: Id | null }>(
  'card.add', 'Add card', (draft, { id, laneId, stepId, index, fields = {}, createdBy = null }) => {
    const doc = before(draft);
    fresh(draft, 'cards', id);
    blueprintOfCell(doc, laneId, stepId);
    const lane = doc.lanes[laneId]!;
    const [position] = positionsAt(draft.cards, cellCards(doc.cards, laneId, stepId), index ?? Infinity);
    const card = defaultCard({ id, laneId, stepId, position: position!, kind: cardKindForLane(lane.kind, lane.role), createdBy });
    assign(card, fields, CARD_FIELDS);
    draft.cards[id] = card;
  },
  { args: args({ id, laneId: id, stepId: id, index: index.optional(), fields: cardFields.optional(), createdBy: id.nullable().optional() }) },
);

export const updateCard = defineCommand<{ cardId: Id; fields: CardFields }>(
  'card.update', 'Edit card', (draft, { cardId, fields }) => {
    assign(need(draft, 'cards', cardId), fields, CARD_FIELDS);
  },
  { group: ({ cardId, fields }) => `card.update:${cardId}:${Object.keys(fields).sort().join(',')}`, args: args({ cardId: id, fields: cardFields }) },
);

/** One edit to many cards at once (e.g. set the owner of a selection). */
export const updateCards = defineCommand<{ cardIds: Id[]; fields: CardFields }>(
  'card.updateMany', 'Edit cards', (draft, { cardIds, fields }) => {
    for (const cardId of cardIds) assign(need(draft, 'cards', cardId), fields, CARD_FIELDS);
  },
  { args: args({ cardIds: ids(), fields: cardFields }) },
);

/**
 * Moves cards into a cell of their own blueprint, one after another from `index` (counted
 * among the cell's other cards), in the order given.
 */
export const moveCards = defineCommand<{ cardIds: Id[]; laneId: Id; stepId: Id; index: number }>(
  'card.moveMany', 'Move cards', (draft, args) => placeCards(draft, args),
  { group: ({ cardIds }) => `card.move:${cardIds.join(',')}`, args: args({ cardIds: ids(), laneId: id, stepId: id, index }) },
);

export const moveCard = defineCommand<{ cardId: Id; laneId: Id; stepId: Id; index: number }>(
  'card.move', 'Move card', (draft, { cardId, ...to }) => placeCards(draft, { cardIds: [cardId], ...to }),
  { group: ({ cardId }) => `card.move:${cardId}`, args: args({ cardId: id, laneId: id, stepId: id, index }) },
);

/** Moves a card up or down within its own cell. */
export const reorderCard = defineCommand<{ cardId: Id; index: number }>(
  'card.reorder', 'Reorder card', (draft, { cardId, index }) => {
    const card = lookup(before(draft).cards, cardId) ?? refuse(`there is no card "${cardId}"`);
    placeCards(draft, { cardIds: [cardId], laneId: card.laneId, stepId: card.stepId, index });
  },
  { group: ({ cardId }) => `card.move:${cardId}`, args: args({ cardId: id, index }) },
);

function placeCards(draft: DocDraft, { cardIds, laneId, stepId, index }: { cardIds: Id[]; laneId: Id; stepId: Id; index: number }): void {
  const doc = before(draft);
  const blueprintId = blueprintOfCell(doc, laneId, stepId);
  const moving = new Set(cardIds);
  if (moving.size !== cardIds.length) refuse('the same card is listed twice');
  for (const cardId of cardIds) {
    if (!lookup(doc.cards, cardId)) refuse(`there is no card "${cardId}"`);
    if (blueprintOfCard(doc, cardId) !== blueprintId) refuse(`card "${cardId}" cannot move to another blueprint; copy and paste it instead`);
  }
  const positions = positionsAt(draft.cards, cellCards(doc.cards, laneId, stepId, moving), index, cardIds.length);
  cardIds.forEach((cardId, k) => {
    const card = draft.cards[cardId]!;
    card.laneId = laneId;
    card.stepId = stepId;
    card.position = positions[k]!;
  });
}

/** Deletes cards with their connectors, votes and comments; other cards' root causes and presentation orders drop them. */
export const deleteCards = defineCommand<{ cardIds: Id[] }>('card.delete', 'Delete cards', (draft, { cardIds }) => {
  for (const cardId of cardIds) need(draft, 'cards', cardId);
  removeRecords(draft, 'cards', cardIds);
}, { args: args({ cardIds: ids() }) });

/** Copies of cards right after each original, with the ids the caller made (one per card). */
export const duplicateCards = defineCommand<{ cardIds: Id[]; newIds: Id[] }>(
  'card.duplicate', 'Duplicate cards', (draft, { cardIds, newIds }) => {
    if (newIds.length !== cardIds.length) refuse(`${cardIds.length} cards need ${cardIds.length} new ids, not ${newIds.length}`);
    const doc = before(draft);
    cardIds.forEach((cardId, k) => {
      const id = newIds[k]!;
      fresh(draft, 'cards', id);
      const original = lookup(doc.cards, cardId) ?? refuse(`there is no card "${cardId}"`);
      const inCell = cellNow(draft, original.laneId, original.stepId, newIds.slice(0, k));
      const [position] = positionsAt(draft.cards, inCell, inCell.findIndex((c) => c.id === cardId) + 1);
      // A copy beside its original is a card of its own, not the same touchpoint at another moment,
      // made by whoever copied it.
      draft.cards[id] = { ...original, id, position: position!, originId: null, createdBy: null };
    });
  },
  { args: args({ cardIds: ids(), newIds: ids() }) },
);
