import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, readWorkshop, writeWorkshopFile, WorkshopSession, type Migration } from '../../../main/workshop';
import { MIGRATIONS } from '../../../main/workshop/migrations';
import { loadWorkshop } from '../../../main/workshop/open';
import { generateDoc } from '../../fixtures/generate';
import { runChild, useBundledChild } from './childProcess';
import { fullDoc, fullDocFormat1, hashFile, useTempDir } from './helpers';

const tempDir = useTempDir();
const childScript = useBundledChild();

describe('crash recovery', () => {
  it('offers the edits of a killed session and restores them', async () => {
    const dir = tempDir();
    const file = join(dir, 'w.frontstage');
    const workDir = join(dir, 'work');
    writeWorkshopFile(file, generateDoc({ cards: 50 }));
    const original = hashFile(file);
    const run = runChild(childScript(), { mode: 'crash-after-edit', file, workDir });
    await run.exited;
    expect(hashFile(file)).toBe(original);

    const session = WorkshopSession.open(file, { workDir });
    expect(session.recoveryAvailable).toBe(true);
    expect(session.doc.workshop.title).toBe('Generated workshop (50 cards)');
    session.restoreRecovery();
    expect(session.recoveryAvailable).toBe(false);
    expect(session.doc.workshop.title).toBe('Edited before the crash');
    expect(session.doc.cards['crash-card']?.title).toBe('Added before the crash');
    expect(session.status().dirty).toBe(true);
    session.save();
    session.close();
    expect(readWorkshop(file).doc.cards['crash-card']?.title).toBe('Added before the crash');
    expect(readdirSync(workDir)).toEqual([]);
  });

  it('still detects a conflict after restoring work from before someone else saved', async () => {
    const dir = tempDir();
    const file = join(dir, 'w.frontstage');
    const workDir = join(dir, 'work');
    writeWorkshopFile(file, generateDoc({ cards: 20 }));
    await runChild(childScript(), { mode: 'crash-after-edit', file, workDir }).exited;
    const theirs = generateDoc({ cards: 20 });
    theirs.workshop.title = 'Theirs';
    writeWorkshopFile(file, theirs, { overwrite: true });
    const session = WorkshopSession.open(file, { workDir });
    session.restoreRecovery();
    const status = session.save();
    expect(status.conflictCopy).not.toBeNull();
    expect(readWorkshop(file).doc.workshop.title).toBe('Theirs');
    expect(readWorkshop(status.conflictCopy!).doc.workshop.title).toBe('Edited before the crash');
    session.close();
  });
});

describe('between processes', () => {
  it('refuses a file another live process has open, and takes over once it is gone', async () => {
    const dir = tempDir();
    const file = join(dir, 'w.frontstage');
    const workDir = join(dir, 'work');
    writeWorkshopFile(file, generateDoc({ cards: 10 }));
    const holder = runChild(childScript(), { mode: 'hold', file, workDir });
    await holder.printed('ready');
    expect(() => WorkshopSession.open(file, { workDir })).toThrow(/already open in another Frontstage \(process \d+\)/);
    await holder.kill();
    const session = WorkshopSession.open(file, { workDir });
    expect(session.recoveryAvailable).toBe(false);
    session.close();
    expect(readdirSync(workDir)).toEqual([]);
  });
});

describe('migrations', () => {
  // A stand-in for a future format 2, so the framework is exercised before one exists.
  const format2: Migration = {
    version: FORMAT_VERSION + 1,
    name: 'test-only',
    up(db) {
      db.exec(`UPDATE workshop SET notes = notes || ' (migrated)'`);
    },
  };
  const migrations = [...MIGRATIONS, format2];

  it('migrates an older file in memory without touching it', () => {
    const file = join(tempDir(), 'old.frontstage');
    writeWorkshopFile(file, fullDoc());
    const before = hashFile(file);
    const loaded = loadWorkshop(file, { migrations });
    expect(loaded.formatVersion).toBe(FORMAT_VERSION);
    expect(loaded.doc.workshop.notes).toBe(`${fullDoc().workshop.notes} (migrated)`);
    expect(hashFile(file)).toBe(before);
  });

  it('keeps a backup of the original and writes the new format on save', () => {
    const dir = tempDir();
    const file = join(dir, 'old.frontstage');
    writeWorkshopFile(file, fullDoc());
    const original = hashFile(file);
    const session = WorkshopSession.open(file, { workDir: join(dir, 'work'), migrations });
    expect(session.formatVersion).toBe(FORMAT_VERSION);
    expect(hashFile(`${file}.format${FORMAT_VERSION}.bak`)).toBe(original);
    expect(hashFile(file)).toBe(original);
    expect(session.status().dirty).toBe(true);
    session.save();
    session.close();
    expect(readFileSync(file).readInt32BE(60)).toBe(FORMAT_VERSION + 1);
    expect(loadWorkshop(file, { migrations }).doc.workshop.notes).toBe(`${fullDoc().workshop.notes} (migrated)`);
    expect(() => readWorkshop(file)).toThrow(expect.objectContaining({ code: 'too-new' }));
    expect(hashFile(`${file}.format${FORMAT_VERSION}.bak`)).toBe(original);
  });

  it('reads the committed format-1 fixture, so old files keep opening', () => {
    const fixture = join(__dirname, '../../fixtures/files/format1-full.frontstage');
    expect(readWorkshop(fixture)).toEqual({ doc: fullDocFormat1(), formatVersion: 1 });
  });
});
