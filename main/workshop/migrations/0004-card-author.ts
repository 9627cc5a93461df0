import type { Migration } from './migration';

/**
 * Format 4: cards remember the participant who added them from their own device in a room
 * (`createdBy`, NULL for a card the facilitator made, and for every card of an older file), so
 * the host lets a participant edit and delete only their own cards.
 */
export const cardAuthor: Migration = {
  version: 4,
  name: 'card-author',
  up(db) {
    db.exec('ALTER TABLE "cards" ADD COLUMN "createdBy" TEXT DEFAULT NULL');
  },
};
