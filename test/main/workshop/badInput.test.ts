import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWorkshopFile, FORMAT_VERSION, openDatabase, readWorkshop, WorkshopError, writeWorkshopFile, WorkshopSession } from '../../../main/workshop';
import { generateDoc } from '../../fixtures/generate';
import { fullDoc, hashFile, PNG_1PX, useTempDir } from './helpers';

const tempDir = useTempDir();

/** A valid workshop changed with plain SQL, the way a hostile or buggy tool would. */
function tampered(dir: string, sql: string): string {
  const file = join(dir, 'x.frontstage');
  writeWorkshopFile(file, fullDoc());
  const db = openDatabase(file);
  db.exec(sql);
  db.close();
  return file;
}

const cases: { name: string; code: string; message: RegExp; make: (dir: string) => string }[] = [
  { name: 'an empty file', code: 'not-frontstage', message: /^"x\.frontstage" is not a Frontstage workshop \(the file is empty\)$/,
    make: (dir) => write(dir, Buffer.alloc(0)) },
  { name: 'random bytes', code: 'not-frontstage', message: /is not a Frontstage workshop \(it is not a SQLite database\)/,
    make: (dir) => write(dir, randomBytes(8192)) },
  { name: 'a PNG renamed .frontstage', code: 'not-frontstage', message: /is not a Frontstage workshop/,
    make: (dir) => write(dir, PNG_1PX) },
  { name: 'a SQLite file of another app', code: 'not-frontstage', message: /SQLite database of another program/,
    make: (dir) => {
      const file = join(dir, 'x.frontstage');
      const db = openDatabase(file);
      db.exec('CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES (\'hi\')');
      db.close();
      return file;
    } },
  { name: 'a truncated workshop', code: 'damaged', message: /^"x\.frontstage" is damaged: it is truncated/,
    make: (dir) => {
      const file = join(dir, 'x.frontstage');
      writeWorkshopFile(file, generateDoc({ cards: 500 }));
      const bytes = readFileSync(file);
      return write(dir, bytes.subarray(0, Math.floor(bytes.length / 2)));
    } },
  { name: 'a workshop with an overwritten page', code: 'damaged', message: /is damaged/,
    make: (dir) => {
      const file = join(dir, 'x.frontstage');
      writeWorkshopFile(file, generateDoc({ cards: 500 }));
      const bytes = readFileSync(file);
      bytes.fill(0xa5, 4096 * 3, 4096 * 4);
      return write(dir, bytes);
    } },
  { name: 'a newer format version', code: 'too-new',
    message: new RegExp(`^"x\\.frontstage" was made by a newer Frontstage \\(format ${FORMAT_VERSION + 2}; this version reads up to ${FORMAT_VERSION}\\)$`),
    make: (dir) => tampered(dir, `PRAGMA user_version = ${FORMAT_VERSION + 2}`) },
  { name: 'an extra trigger', code: 'damaged', message: /unexpected trigger "wipe"/,
    make: (dir) => tampered(dir, 'CREATE TRIGGER wipe AFTER UPDATE ON cards BEGIN DELETE FROM cards; END') },
  { name: 'an extra view', code: 'damaged', message: /unexpected view "peek"/,
    make: (dir) => tampered(dir, 'CREATE VIEW peek AS SELECT * FROM cards') },
  { name: 'an altered table', code: 'damaged', message: /table "cards" is not defined the way Frontstage defines it/,
    make: (dir) => tampered(dir, 'ALTER TABLE cards ADD COLUMN extra TEXT') },
  { name: 'an out-of-range importance', code: 'damaged', message: /cards\.c1\.touchpoint\.importance: /,
    make: (dir) => tampered(dir, "UPDATE cards SET touchpoint = json_set(touchpoint, '$.importance', 9) WHERE id = 'c1'") },
  { name: 'a dangling reference', code: 'damaged', message: /cards\.c2\.laneId: refers to a missing lane "gone"/,
    make: (dir) => tampered(dir, "UPDATE cards SET laneId = 'gone' WHERE id = 'c2'") },
  { name: 'a 20,000-character title', code: 'damaged', message: /workshop\.title: is longer than 500 characters/,
    make: (dir) => tampered(dir, `UPDATE workshop SET title = '${'t'.repeat(20_000)}'`) },
  { name: 'unparseable JSON in a column', code: 'damaged', message: /cards\.c1\.touchpoint: is not valid JSON/,
    make: (dir) => tampered(dir, "UPDATE cards SET touchpoint = '{oops' WHERE id = 'c1'") },
  { name: 'a WAL-mode file whose -wal holds unmerged changes', code: 'damaged', message: /left changes in its "-wal" file/,
    make: (dir) => {
      const file = tampered(dir, 'PRAGMA journal_mode = WAL');
      writeFileSync(`${file}-wal`, randomBytes(4096));
      return file;
    } },
  { name: 'no workshop row', code: 'damaged', message: /workshop: is missing/,
    make: (dir) => tampered(dir, 'DELETE FROM workshop') },
];

function write(dir: string, bytes: Buffer): string {
  const file = join(dir, 'x.frontstage');
  writeFileSync(file, bytes);
  return file;
}

describe('hostile and broken files', () => {
  for (const c of cases) {
    it(`rejects ${c.name} (${c.code}) without touching it`, () => {
      const dir = tempDir();
      const file = c.make(dir);
      const before = hashFile(file);
      const listing = readdirSync(dir);
      let error: unknown;
      try {
        readWorkshop(file);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(WorkshopError);
      expect((error as WorkshopError).code).toBe(c.code);
      expect((error as WorkshopError).message).toMatch(c.message);
      expect((error as WorkshopError).message).not.toMatch(/\n\s+at /);
      const problems = checkWorkshopFile(file);
      expect(problems.length).toBeGreaterThan(0);
      expect(() => WorkshopSession.open(file, { workDir: join(dir, 'work') })).toThrow(expect.objectContaining({ code: c.code }));
      expect(hashFile(file)).toBe(before);
      expect(readdirSync(dir).filter((f) => f !== 'work')).toEqual(listing);
    });
  }

  it('names every record problem in checkWorkshopFile', () => {
    const file = tampered(tempDir(), "UPDATE cards SET kind = 'banana'; UPDATE agenda SET minutes = -1");
    const problems = checkWorkshopFile(file);
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^cards\.c1\.kind: /), expect.stringMatching(/^cards\.c2\.kind: /), expect.stringMatching(/^agenda\.a1\.minutes: /),
    ]));
  });

  it('reads a file another program left in WAL mode without creating its sidecars', () => {
    const dir = tempDir();
    const file = tampered(dir, 'PRAGMA journal_mode = WAL');
    expect(readFileSync(file)[18]).toBe(2);
    const before = hashFile(file);
    expect(readWorkshop(file).doc).toEqual(fullDoc());
    expect(readdirSync(dir)).toEqual(['x.frontstage']);
    expect(hashFile(file)).toBe(before);
  });

  it('reports a missing file and a folder', () => {
    const dir = tempDir();
    expect(() => readWorkshop(join(dir, 'nope.frontstage'))).toThrow(expect.objectContaining({ code: 'not-found', message: '"nope.frontstage" does not exist' }));
    mkdirSync(join(dir, 'folder.frontstage'));
    expect(checkWorkshopFile(join(dir, 'folder.frontstage'))).toEqual(['"folder.frontstage" is a folder, not a Frontstage workshop']);
  });
});
