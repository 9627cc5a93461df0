import type { Migration } from './migration';

/**
 * Format 1: one table per document table, one column per top-level record field.
 * Frozen: a later change to the model gets its own migration file, never an edit here.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE "workshop" (
        "id" INTEGER PRIMARY KEY CHECK ("id" = 1),
        "title" TEXT NOT NULL,
        "service" TEXT NOT NULL,
        "date" TEXT NOT NULL,
        "facilitator" TEXT NOT NULL,
        "notes" TEXT NOT NULL,
        "timer" TEXT NOT NULL
      );
      CREATE TABLE "participants" (
        "id" TEXT PRIMARY KEY NOT NULL,
        "name" TEXT NOT NULL,
        "department" TEXT NOT NULL,
        "position" REAL NOT NULL
      );
      CREATE TABLE "brandAttributes" (
        "id" TEXT PRIMARY KEY NOT NULL,
        "name" TEXT NOT NULL,
        "description" TEXT NOT NULL,
        "position" REAL NOT NULL
      );
      CREATE TABLE "segments" (
        "id" TEXT PRIMARY KEY NOT NULL,
        "name" TEXT NOT NULL,
        "description" TEXT NOT NULL,
        "bestCustomers" INTEGER NOT NULL,
        "position" REAL NOT NULL
      );
      CREATE TABLE "agenda" (
        "id" TEXT PRIMARY KEY NOT NULL,
        "title" TEXT NOT NULL,
        "minutes" INTEGER NOT NULL,
        "done" INTEGER NOT NULL,
        "position" REAL NOT NULL
      );
      CREATE TABLE "parkingLot" (
        "id" TEXT PRIMARY KEY NOT NULL,
        "text" TEXT NOT NULL,
        "author" TEXT NOT NULL,
        "position" REAL NOT NULL
      );
      CREATE TABLE "assets" (
        "id" TEXT PRIMARY KEY NOT NULL,
        "name" TEXT NOT NULL,
        "mime" TEXT NOT NULL,
        "data" BLOB NOT NULL
      );
      CREATE TABLE "blueprints" (
        "id" TEXT PRIMARY KEY NOT NULL,
        "name" TEXT NOT NULL,
        "description" TEXT NOT NULL,
        "position" REAL NOT NULL,
        "presentationOrder" TEXT NOT NULL
      );
      CREATE TABLE "lanes" (
        "id" TEXT PRIMARY KEY NOT NULL,
        "blueprintId" TEXT NOT NULL,
        "name" TEXT NOT NULL,
        "kind" TEXT NOT NULL,
        "role" TEXT,
        "hidden" INTEGER NOT NULL,
        "position" REAL NOT NULL
      );
      CREATE TABLE "stages" (
        "id" TEXT PRIMARY KEY NOT NULL,
        "blueprintId" TEXT NOT NULL,
        "name" TEXT NOT NULL,
        "position" REAL NOT NULL
      );
      CREATE TABLE "steps" (
        "id" TEXT PRIMARY KEY NOT NULL,
        "stageId" TEXT NOT NULL,
        "name" TEXT NOT NULL,
        "position" REAL NOT NULL
      );
      CREATE TABLE "cards" (
        "id" TEXT PRIMARY KEY NOT NULL,
        "laneId" TEXT NOT NULL,
        "stepId" TEXT NOT NULL,
        "position" REAL NOT NULL,
        "title" TEXT NOT NULL,
        "description" TEXT NOT NULL,
        "kind" TEXT NOT NULL,
        "owner" TEXT NOT NULL,
        "tags" TEXT NOT NULL,
        "failPoint" INTEGER NOT NULL,
        "waitMinutes" REAL NOT NULL,
        "imageId" TEXT,
        "touchpoint" TEXT,
        "product" TEXT
      );
      CREATE TABLE "connectors" (
        "id" TEXT PRIMARY KEY NOT NULL,
        "blueprintId" TEXT NOT NULL,
        "from" TEXT NOT NULL,
        "to" TEXT NOT NULL,
        "kind" TEXT NOT NULL,
        "label" TEXT NOT NULL
      );
      CREATE TABLE "voteRounds" (
        "id" TEXT PRIMARY KEY NOT NULL,
        "blueprintId" TEXT NOT NULL,
        "name" TEXT NOT NULL,
        "dotsPerPerson" INTEGER NOT NULL,
        "open" INTEGER NOT NULL,
        "position" REAL NOT NULL
      );
      CREATE TABLE "votes" (
        "id" TEXT PRIMARY KEY NOT NULL,
        "roundId" TEXT NOT NULL,
        "participantId" TEXT NOT NULL,
        "cardId" TEXT NOT NULL,
        "dots" INTEGER NOT NULL
      );
      CREATE TABLE "comments" (
        "id" TEXT PRIMARY KEY NOT NULL,
        "cardId" TEXT NOT NULL,
        "author" TEXT NOT NULL,
        "text" TEXT NOT NULL,
        "createdAt" INTEGER NOT NULL
      );
    `);
  },
};
