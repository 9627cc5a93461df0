import type { Migration } from './migration';

/**
 * Format 3: what running a workshop in the room needs. Vote rounds get their question, which
 * cards take dots, hidden votes and when they opened and closed; comments get their author's
 * participant id, threads and resolution; agenda items their actual times; the timer the agenda
 * item it counts down. Every new column has the value an old record means, so nothing changes
 * for a file made before it.
 */
export const facilitation: Migration = {
  version: 3,
  name: 'facilitation',
  up(db) {
    db.exec(`
      ALTER TABLE "agenda" ADD COLUMN "startedAt" INTEGER;
      ALTER TABLE "agenda" ADD COLUMN "endedAt" INTEGER;
      ALTER TABLE "agenda" ADD COLUMN "actualSeconds" REAL NOT NULL DEFAULT 0;
      ALTER TABLE "voteRounds" ADD COLUMN "question" TEXT NOT NULL DEFAULT '';
      ALTER TABLE "voteRounds" ADD COLUMN "eligible" TEXT NOT NULL DEFAULT '{"scope":"all","laneIds":[],"kinds":[],"cardIds":[]}';
      ALTER TABLE "voteRounds" ADD COLUMN "hidden" INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE "voteRounds" ADD COLUMN "openedAt" INTEGER;
      ALTER TABLE "voteRounds" ADD COLUMN "closedAt" INTEGER;
      ALTER TABLE "comments" ADD COLUMN "authorId" TEXT;
      ALTER TABLE "comments" ADD COLUMN "parentId" TEXT;
      ALTER TABLE "comments" ADD COLUMN "resolved" INTEGER NOT NULL DEFAULT 0;
      UPDATE "workshop" SET "timer" = json_set("timer", '$.agendaItemId', json('null'));
    `);
  },
};
