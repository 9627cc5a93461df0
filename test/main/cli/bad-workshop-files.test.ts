import Database from 'better-sqlite3';
import { copyFileSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, expectRejected, tempDir } from './harness';

/** A 1×1 PNG, the kind of file people rename by mistake. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** A valid workshop to spoil, made by the CLI itself. */
function workshop(dir: string, name = 'w.frontstage'): string {
  const r = cli(['new', name, '--template', 'home-espresso'], dir);
  expect(r.code, r.stderr).toBe(0);
  return join(dir, name);
}

function alter(path: string, sql: string): void {
  const db = new Database(path);
  db.exec(sql);
  db.close();
}

/** Every read-only command refuses the file the same way: export (with an output), info and check. */
function expectEveryCommandRejects(dir: string, file: string, problem: RegExp): void {
  expectRejected(dir, ['export', file, '--format', 'json', '--out', 'out.json'], file, problem);
  expectRejected(dir, ['info', file], file, problem);
  expectRejected(dir, ['check', file], file, problem);
}

describe('bad workshop files are refused with one clear line', () => {
  it('an empty file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.frontstage'), '');
    expectEveryCommandRejects(dir, 'empty.frontstage', /empty\.frontstage.*(empty|not a Frontstage)/i);
  });

  it('random bytes', () => {
    const dir = tempDir();
    const bytes = Buffer.alloc(8192);
    for (let i = 0, s = 12345; i < bytes.length; i++) bytes[i] = (s = (s * 1103515245 + 12345) >>> 0) >>> 24;
    writeFileSync(join(dir, 'noise.frontstage'), bytes);
    expectEveryCommandRejects(dir, 'noise.frontstage', /noise\.frontstage.*not a Frontstage/i);
  });

  it('a PNG renamed .frontstage', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'photo.frontstage'), PNG);
    expectEveryCommandRejects(dir, 'photo.frontstage', /photo\.frontstage.*not a Frontstage/i);
  });

  it('a truncated workshop', () => {
    const dir = tempDir();
    const file = workshop(dir);
    truncateSync(file, Math.floor(statSync(file).size / 2));
    expectEveryCommandRejects(dir, 'w.frontstage', /w\.frontstage.*(damaged|truncated|incomplete)/i);
  });

  it('the SQLite file of another app', () => {
    const dir = tempDir();
    alter(join(dir, 'notes.frontstage'), 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES (\'hello\');');
    expectEveryCommandRejects(dir, 'notes.frontstage', /notes\.frontstage.*not a Frontstage/i);
  });

  it('a workshop made by a newer Frontstage', () => {
    const dir = tempDir();
    alter(workshop(dir), 'PRAGMA user_version = 999');
    expectEveryCommandRejects(dir, 'w.frontstage', /w\.frontstage.*newer/i);
  });

  it('a workshop with an extra trigger', () => {
    const dir = tempDir();
    alter(workshop(dir), 'CREATE TABLE log (x TEXT); CREATE TRIGGER sneaky AFTER INSERT ON log BEGIN DELETE FROM log; END;');
    expectEveryCommandRejects(dir, 'w.frontstage', /w\.frontstage.*(trigger|sneaky|log)/i);
  });

  it('a workshop with an extra view', () => {
    const dir = tempDir();
    const file = workshop(dir);
    const table = (new Database(file, { readonly: true }).prepare("SELECT name FROM sqlite_master WHERE type = 'table' LIMIT 1").get() as { name: string }).name;
    alter(file, `CREATE VIEW peek AS SELECT * FROM "${table}"`);
    expectEveryCommandRejects(dir, 'w.frontstage', /w\.frontstage.*(view|peek)/i);
  });

  it('a file that does not exist', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'other.txt'), 'x');
    const r = cli(['info', 'missing.frontstage'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*missing\.frontstage.*\n$/);
  });

  it('check lists the problems on stdout, one error line on stderr', () => {
    const dir = tempDir();
    alter(workshop(dir), 'CREATE VIEW peek AS SELECT 1');
    const r = cli(['check', 'w.frontstage'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout.trim()).not.toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('commands that would overwrite refuse', () => {
  it('new does not replace an existing file', () => {
    const dir = tempDir();
    workshop(dir);
    expectRejected(dir, ['new', 'w.frontstage'], 'w.frontstage', /w\.frontstage.*already exists/);
  });

  it('import does not replace an existing file', () => {
    const dir = tempDir();
    workshop(dir);
    expect(cli(['export', 'w.frontstage', '--format', 'json'], dir).code).toBe(0);
    copyFileSync(join(dir, 'w.frontstage'), join(dir, 'keep.frontstage'));
    expectRejected(dir, ['import', 'w.json', 'keep.frontstage'], 'keep.frontstage', /keep\.frontstage.*already exists/);
  });

  it('export does not write over the workshop itself', () => {
    const dir = tempDir();
    workshop(dir);
    expectRejected(dir, ['export', 'w.frontstage', '--format', 'json', '--out', 'w.frontstage'], 'w.frontstage', /overwrite the workshop/);
  });

  it('export names an unknown blueprint and the ones there are', () => {
    const dir = tempDir();
    workshop(dir);
    expectRejected(dir, ['export', 'w.frontstage', '--format', 'svg', '--blueprint', 'Someday'], 'w.frontstage', /no blueprint "Someday".*"Current state".*"Future state"/);
  });

  it('new refuses a title of 20,000 characters, or one with a bidi override', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'marker'), '');
    expectRejected(dir, ['new', 'long.frontstage', '--title', 'x'.repeat(20_000)], 'marker', /--title is longer than 500 characters/);
    expectRejected(dir, ['new', 'bidi.frontstage', '--title', 'Invoice \u202Efdp.exe'], 'marker', /--title contains a bidirectional control character \(U\+202E\)/);
    expect(readFileSync(join(dir, 'marker'), 'utf8')).toBe('');
  });
});
