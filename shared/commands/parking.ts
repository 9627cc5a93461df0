import { z } from 'zod';
import { defaultCard } from '../model/defaults';
import { cardKindForLane } from '../model/presets';
import { sorted } from '../model/queries';
import { idSchema, LIMITS } from '../model/text';
import { removeRecords } from './cascade';
import { blueprintOfCell, cellCards } from './cells';
import { defineCommand } from './command';
import { before, fresh, lookup } from './draft';
import { refuse } from './errors';
import { positionsAt } from './positions';

/** A note's first line is the card's title, the rest its description. */
export function cardTextOf(note: string): { title: string; description: string } {
  const text = note.trim();
  const cut = text.search(/[\r\n]/);
  const first = (cut < 0 ? text : text.slice(0, cut)).trim();
  const rest = cut < 0 ? '' : text.slice(cut + 1).trim();
  if (first.length <= LIMITS.title) return { title: first, description: rest };
  // A first line too long for a title goes whole into the description.
  return { title: `${first.slice(0, LIMITS.title - 1)}…`, description: text };
}

const toCardArgs = z.strictObject({
  noteId: idSchema, cardId: idSchema, laneId: idSchema, stepId: idSchema,
  index: z.number().int().min(0).optional(),
});

/** A parked note becomes a card in a cell (last in it unless `index` says where), and leaves the parking lot. */
export const noteToCard = defineCommand<z.infer<typeof toCardArgs>>(
  'parkingLot.toCard', 'Move note to blueprint', (draft, { noteId, cardId, laneId, stepId, index }) => {
    const doc = before(draft);
    const note = lookup(doc.parkingLot, noteId) ?? refuse(`there is no parking-lot note "${noteId}"`);
    fresh(draft, 'cards', cardId);
    blueprintOfCell(doc, laneId, stepId);
    const lane = doc.lanes[laneId]!;
    const [position] = positionsAt(draft.cards, cellCards(doc.cards, laneId, stepId), index ?? Infinity);
    draft.cards[cardId] = defaultCard({ id: cardId, laneId, stepId, position: position!, kind: cardKindForLane(lane.kind, lane.role), ...cardTextOf(note.text) });
    delete draft.parkingLot[noteId];
  },
  { args: toCardArgs },
);

const toNoteArgs = z.strictObject({ cardId: idSchema, noteId: idSchema, index: z.number().int().min(0).optional() });

/**
 * A card goes to the parking lot as a note of its title and description. The card leaves the
 * blueprint with its connectors, dots and comments, as a deleted card does; undo brings it all back.
 */
export const cardToNote = defineCommand<z.infer<typeof toNoteArgs>>(
  'card.toParkingLot', 'Move card to parking lot', (draft, { cardId, noteId, index }) => {
    const doc = before(draft);
    const card = lookup(doc.cards, cardId) ?? refuse(`there is no card "${cardId}"`);
    fresh(draft, 'parkingLot', noteId);
    const text = [card.title, card.description].filter((t) => t.trim()).join('\n');
    const [position] = positionsAt(draft.parkingLot, sorted(Object.values(doc.parkingLot)), index ?? Infinity);
    removeRecords(draft, 'cards', [cardId]);
    draft.parkingLot[noteId] = { id: noteId, text: text.slice(0, LIMITS.text), author: '', position: position! };
  },
  { args: toNoteArgs },
);
