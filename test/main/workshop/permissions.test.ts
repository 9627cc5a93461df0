// A private workshop stays private: saving keeps the file's permission bits, and the copies the
// app keeps of it (working copy, its WAL, sidecars, recovery) are readable by the user alone.
import { chmodSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkshopSession, writeWorkshopFile } from '../../../main/workshop';
import { createService } from '../../../main/service';
import { fullDoc, useTempDir } from './helpers';

const tempDir = useTempDir();
const modeOf = (path: string) => statSync(path).mode & 0o777;
const rename = (title: string) => [{ op: 'replace' as const, path: ['workshop', 'title'], value: title }];

describe.skipIf(process.platform === 'win32')('file permissions', () => {
  for (const mode of [0o600, 0o640, 0o604]) {
    it(`saving a ${mode.toString(8)} workshop keeps it ${mode.toString(8)}, and its backup too`, () => {
      const dir = tempDir();
      const file = join(dir, 'w.frontstage');
      writeWorkshopFile(file, fullDoc());
      chmodSync(file, mode);
      const session = WorkshopSession.open(file, { workDir: join(dir, 'work') });
      try {
        session.apply(rename('Edited'));
        session.save();
        expect(modeOf(file).toString(8)).toBe(mode.toString(8));
        session.apply(rename('Edited again'));
        session.save();
        expect(modeOf(file).toString(8)).toBe(mode.toString(8));
        expect(modeOf(`${file}.bak`).toString(8)).toBe(mode.toString(8));
      } finally {
        session.close();
      }
    });
  }

  it('a conflict copy of a private workshop is as private as the workshop', () => {
    const dir = tempDir();
    const file = join(dir, 'w.frontstage');
    writeWorkshopFile(file, fullDoc());
    chmodSync(file, 0o600);
    const session = WorkshopSession.open(file, { workDir: join(dir, 'work') });
    try {
      session.apply(rename('Mine'));
      // Another program replaces the file meanwhile.
      writeWorkshopFile(file, { ...fullDoc(), workshop: { ...fullDoc().workshop, title: 'Theirs' } }, { overwrite: true });
      const status = session.save();
      expect(status.path).not.toBe(file);
      expect(status.conflictCopy).toBe(status.path);
      expect(modeOf(status.path).toString(8)).toBe('600');
    } finally {
      session.close();
    }
  });

  it('rewriting a workshop file in place keeps its permissions', () => {
    const dir = tempDir();
    const file = join(dir, 'w.frontstage');
    writeWorkshopFile(file, fullDoc());
    chmodSync(file, 0o600);
    writeWorkshopFile(file, fullDoc(), { overwrite: true });
    expect(modeOf(file).toString(8)).toBe('600');
  });

  it('creates the working folder 0700 and every working file 0600, whatever the umask', () => {
    const dir = tempDir();
    const file = join(dir, 'w.frontstage');
    writeWorkshopFile(file, fullDoc());
    const workDir = join(dir, 'home', 'working');
    const umask = process.umask(0o000);
    try {
      const session = WorkshopSession.open(file, { workDir });
      session.apply(rename('Unsaved'));
      const names = readdirSync(workDir);
      expect(names.some((n) => n.endsWith('.sqlite-wal'))).toBe(true);
      expect(names.some((n) => n.endsWith('.lock'))).toBe(true);
      expect(names.some((n) => n.endsWith('.json'))).toBe(true);
      expect(modeOf(workDir).toString(8)).toBe('700');
      for (const name of names) expect(`${name} ${modeOf(join(workDir, name)).toString(8)}`).toBe(`${name} 600`);
      session.close();
      // The unsaved work is set aside for recovery on the next open, still private.
      const again = WorkshopSession.open(file, { workDir });
      expect(again.recoveryAvailable).toBe(true);
      for (const name of readdirSync(workDir)) expect(`${name} ${modeOf(join(workDir, name)).toString(8)}`).toBe(`${name} 600`);
      again.close();
    } finally {
      process.umask(umask);
    }
  });

  it('makes an existing, readable working folder private again', () => {
    const dir = tempDir();
    const file = join(dir, 'w.frontstage');
    writeWorkshopFile(file, fullDoc());
    const workDir = join(dir, 'working');
    writeFileSync(join(dir, 'placeholder'), '');
    const session = WorkshopSession.open(file, { workDir });
    session.close();
    chmodSync(workDir, 0o755);
    WorkshopSession.open(file, { workDir }).close();
    expect(modeOf(workDir).toString(8)).toBe('700');
  });

  it('keeps the recent files list, which names the user\'s files, private', async () => {
    const dir = tempDir();
    const umask = process.umask(0o000);
    try {
      const service = createService({ workDir: join(dir, 'home', 'working'), defaultDir: dir, host: { kind: 'browser', nativeDialogs: false, version: 'test', startupFile: null }, log: () => {} });
      const made = await service['workshop.new']({ template: 'blank', title: 'Private' });
      expect(made.ok).toBe(true);
      await service.closeAll();
      expect(modeOf(join(dir, 'home', 'recent.json')).toString(8)).toBe('600');
    } finally {
      process.umask(umask);
    }
  });
});
