import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, symlinkSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWorkshopFile, readWorkshop, WorkshopError, writeWorkshopFile, WorkshopSession } from '../../../main/workshop';
import { defaultCard } from '../../../shared/model';
import { generateDoc } from '../../fixtures/generate';
import { fullDoc, hashFile, useTempDir } from './helpers';

const tempDir = useTempDir();

/**
 * Takes write permission away; root ignores modes, so it gets the immutable attribute instead
 * (null where the file system has none, e.g. overlayfs).
 */
function lockFile(file: string): (() => void) | null {
  if (process.getuid?.() !== 0) {
    chmodSync(file, 0o444);
    return () => chmodSync(file, 0o644);
  }
  try {
    execFileSync('chattr', ['+i', file], { stdio: 'ignore' });
  } catch {
    return null;
  }
  return () => execFileSync('chattr', ['-i', file]);
}

function setup(doc = fullDoc()) {
  const dir = tempDir();
  const file = join(dir, 'w.frontstage');
  writeWorkshopFile(file, doc);
  return { dir, file, workDir: join(dir, 'work') };
}

describe('WorkshopSession', () => {
  it('applies patches to the working copy, saves atomically with a .bak, and reopens equal', () => {
    const { dir, file, workDir } = setup();
    const session = WorkshopSession.open(file, { workDir });
    expect(session.recoveryAvailable).toBe(false);
    const original = hashFile(file);
    session.apply([{ op: 'replace', path: ['cards', 'c1', 'title'], value: 'Spotless ashtray' }]);
    session.apply([{ op: 'replace', path: ['workshop', 'title'], value: 'Renamed' }]);
    const card = defaultCard({ id: 'c3', laneId: 'l1', stepId: 'sp', position: 2, title: 'New' });
    session.apply([{ op: 'add', path: ['cards', 'c3'], value: card }]);
    session.apply([{ op: 'remove', path: ['comments', 'm2'] }, { op: 'remove', path: ['comments', 'm1'] }]);
    expect(session.revision).toBe(4);
    expect(session.status()).toMatchObject({ dirty: true, savedAt: null, conflictCopy: null, readOnly: false });
    expect(hashFile(file)).toBe(original);
    const status = session.save();
    expect(status.dirty).toBe(false);
    expect(status.savedAt).toEqual(expect.any(Number));
    expect(hashFile(`${file}.bak`)).toBe(original);
    expect(readWorkshop(file).doc).toEqual(session.doc);
    expect(readdirSync(dir).sort()).toEqual(['w.frontstage', 'w.frontstage.bak', 'work']);
    session.close();
    expect(readdirSync(workDir)).toEqual([]);
    const reopened = WorkshopSession.open(file, { workDir });
    expect(reopened.doc.cards.c1!.title).toBe('Spotless ashtray');
    expect(reopened.doc.cards.c3).toEqual(card);
    expect(reopened.doc.comments.m1).toBeUndefined();
    reopened.close();
  });

  it('refuses an invalid edit and changes nothing', () => {
    const { file, workDir } = setup();
    const session = WorkshopSession.open(file, { workDir });
    const before = session.doc;
    const attempts = [
      [{ op: 'replace' as const, path: ['cards', 'c1', 'touchpoint', 'importance'], value: 7 }],
      [{ op: 'remove' as const, path: ['cards', 'c2'] }],
      [{ op: 'replace' as const, path: ['cards', 'c2', 'laneId'], value: 'nowhere' }],
      [{ op: 'add' as const, path: ['cards', 'c9'], value: { id: 'c8' } }],
      [{ op: 'replace' as const, path: ['secrets', 'x'], value: 1 }],
      [{ op: 'replace' as const, path: ['workshop', 'title'], value: 'x'.repeat(20_000) }],
    ];
    for (const patches of attempts) {
      expect(() => session.apply(patches)).toThrow(WorkshopError);
      expect(() => session.apply(patches)).toThrow(expect.objectContaining({ code: 'invalid' }));
    }
    try {
      session.apply([{ op: 'remove', path: ['cards', 'c2'] }]);
    } catch (e) {
      expect((e as WorkshopError).problems).toEqual(expect.arrayContaining([
        expect.stringMatching(/^cards\.c1\.touchpoint\.rootCauses\[0\]: refers to "c2"/),
        expect.stringMatching(/^connectors\.k1\.from: refers to "c2"/),
        expect.stringMatching(/^blueprints\.bp\.presentationOrder\[0\]: refers to "c2"/),
      ]));
    }
    expect(session.doc).toEqual(fullDoc());
    expect(session.doc.cards.c1).toBe(before.cards.c1);
    expect(session.revision).toBe(0);
    expect(session.status().dirty).toBe(false);
    session.close();
    expect(readWorkshop(file).doc).toEqual(fullDoc());
  });

  it('refuses to move a lane to another blueprint when its cards would straddle two', () => {
    const doc = fullDoc();
    doc.blueprints.bp2 = { id: 'bp2', name: 'Future', description: '', position: 1, presentationOrder: [] };
    const { file, workDir } = setup(doc);
    const session = WorkshopSession.open(file, { workDir });
    expect(() => session.apply([{ op: 'replace', path: ['lanes', 'l1', 'blueprintId'], value: 'bp2' }]))
      .toThrow(/cards\.c1\.stepId: is a step of another blueprint than its lane/);
    session.close();
  });

  it('writes a conflict copy when someone else changed the file, and keeps both', () => {
    const { dir, file, workDir } = setup();
    const session = WorkshopSession.open(file, { workDir });
    session.apply([{ op: 'replace', path: ['workshop', 'title'], value: 'Ours' }]);
    const theirs = fullDoc();
    theirs.workshop.title = 'Theirs';
    writeWorkshopFile(file, theirs, { overwrite: true });
    const theirHash = hashFile(file);
    const status = session.save();
    expect(status.conflictCopy).toMatch(/w \(conflict \d{4}-\d{2}-\d{2} \d{6}\)\.frontstage$/);
    expect(status.path).toBe(status.conflictCopy);
    expect(hashFile(file)).toBe(theirHash);
    expect(readWorkshop(status.conflictCopy!).doc.workshop.title).toBe('Ours');
    // Further saves go to the conflict copy, not over their file again.
    session.apply([{ op: 'replace', path: ['workshop', 'title'], value: 'Ours, later' }]);
    session.save();
    expect(hashFile(file)).toBe(theirHash);
    expect(readWorkshop(status.conflictCopy!).doc.workshop.title).toBe('Ours, later');
    expect(readdirSync(dir).filter((f) => f.includes('conflict'))).toHaveLength(2); // the copy and its .bak
    session.close();
  });

  it('does not call a touched but unchanged file a conflict', () => {
    const { file, workDir } = setup();
    const session = WorkshopSession.open(file, { workDir });
    session.apply([{ op: 'replace', path: ['workshop', 'title'], value: 'Ours' }]);
    utimesSync(file, new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(session.save().conflictCopy).toBeNull();
    expect(readWorkshop(file).doc.workshop.title).toBe('Ours');
    session.close();
  });

  it('saves as another file and continues there', () => {
    const { dir, file, workDir } = setup();
    const session = WorkshopSession.open(file, { workDir });
    session.apply([{ op: 'replace', path: ['workshop', 'title'], value: 'Copy' }]);
    const other = join(dir, 'other.frontstage');
    expect(session.saveAs(other)).toMatchObject({ path: other, dirty: false });
    expect(readWorkshop(file).doc.workshop.title).toBe('Resort smoking areas');
    session.apply([{ op: 'replace', path: ['workshop', 'title'], value: 'Copy 2' }]);
    session.save();
    expect(readWorkshop(other).doc.workshop.title).toBe('Copy 2');
    session.close();
    expect(readdirSync(workDir)).toEqual([]);
  });

  it('creates a new file and refuses to create over an existing one', () => {
    const dir = tempDir();
    const file = join(dir, 'new.frontstage');
    const session = WorkshopSession.create(file, generateDoc({ cards: 10 }), { workDir: join(dir, 'work') });
    expect(checkWorkshopFile(file)).toEqual([]);
    session.close();
    expect(() => WorkshopSession.create(file, fullDoc(), { workDir: join(dir, 'work') })).toThrow(expect.objectContaining({ code: 'exists' }));
    expect(readWorkshop(file).doc.workshop.title).toBe('Generated workshop (10 cards)');
  });

  it('allows one session per file and keeps unsaved work when closed', () => {
    const { file, workDir } = setup();
    const session = WorkshopSession.open(file, { workDir });
    expect(() => WorkshopSession.open(file, { workDir })).toThrow(expect.objectContaining({ code: 'conflict' }));
    session.apply([{ op: 'replace', path: ['workshop', 'notes'], value: 'unsaved' }]);
    session.close();
    const again = WorkshopSession.open(file, { workDir });
    expect(again.recoveryAvailable).toBe(true);
    expect(again.doc.workshop.notes).toBe(fullDoc().workshop.notes);
    again.discardRecovery();
    expect(again.recoveryAvailable).toBe(false);
    again.close();
    const third = WorkshopSession.open(file, { workDir });
    expect(third.recoveryAvailable).toBe(false);
    third.close();
  });

  it('marks a file it cannot write as read-only and refuses to save over it', (ctx) => {
    const { file, workDir } = setup();
    const unlock = lockFile(file);
    if (!unlock) return ctx.skip();
    try {
      const session = WorkshopSession.open(file, { workDir });
      expect(session.status().readOnly).toBe(true);
      session.apply([{ op: 'replace', path: ['workshop', 'title'], value: 'x' }]);
      expect(() => session.save()).toThrow(expect.objectContaining({ code: 'read-only' }));
      expect(readWorkshop(file).doc.workshop.title).toBe('Resort smoking areas');
      session.close();
    } finally {
      unlock();
    }
  });

  it('sweeps old temp files of killed saves, but not fresh ones', () => {
    const { dir, file, workDir } = setup();
    const old = join(dir, '.w.frontstage.0123456789ab.tmp');
    const oldJournal = join(dir, '.w.frontstage.0123456789ab.tmp-journal');
    const fresh = join(dir, '.w.frontstage.ba9876543210.tmp');
    const unrelated = join(dir, '.notes.0123456789ab.tmp');
    for (const f of [old, oldJournal, fresh, unrelated]) writeFileSync(f, 'x');
    for (const f of [old, oldJournal, unrelated]) utimesSync(f, new Date(2020, 0, 1), new Date(2020, 0, 1));
    WorkshopSession.open(file, { workDir }).close();
    expect(readdirSync(dir).sort()).toEqual([fresh, unrelated].map((f) => f.slice(dir.length + 1)).concat(['w.frontstage', 'work']).sort());
  });

  it('saves through a symlink to the real file, keeping the link', () => {
    const { dir, file, workDir } = setup();
    const link = join(dir, 'link.frontstage');
    symlinkSync(file, link);
    const session = WorkshopSession.open(link, { workDir });
    session.apply([{ op: 'replace', path: ['workshop', 'title'], value: 'Through the link' }]);
    session.save();
    session.close();
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readWorkshop(file).doc.workshop.title).toBe('Through the link');
  });

  it('never leaves a temp file when the save fails', () => {
    const { dir, file, workDir } = setup();
    const session = WorkshopSession.open(file, { workDir });
    session.apply([{ op: 'replace', path: ['workshop', 'title'], value: 'x' }]);
    writeFileSync(join(dir, 'blocker'), '');
    expect(() => session.saveAs(join(dir, 'blocker', 'inside.frontstage'))).toThrow(WorkshopError);
    expect(readdirSync(dir).sort()).toEqual(['blocker', 'w.frontstage', 'work']);
    session.close();
  });
});
