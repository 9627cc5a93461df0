import type { Migration } from './migration';

/**
 * Format 2: cards remember the card they were duplicated from with their blueprint
 * (`originId`, NULL for a card drawn on its own), so current and future state can be compared.
 */
export const cardLineage: Migration = {
  version: 2,
  name: 'card-lineage',
  up(db) {
    db.exec('ALTER TABLE "cards" ADD COLUMN "originId" TEXT DEFAULT NULL');
  },
};
