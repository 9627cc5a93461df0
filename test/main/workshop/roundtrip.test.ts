import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLUMNS, SQL_TABLES, SQL_TYPES } from '../../../main/workshop/columns';
import { APPLICATION_ID, FORMAT_VERSION, openDatabase, readWorkshop, checkWorkshopFile, writeWorkshopFile, WorkshopError } from '../../../main/workshop';
import { generateDoc } from '../../fixtures/generate';
import { fullDoc, PNG_1PX, useTempDir } from './helpers';

const tempDir = useTempDir();

describe('workshop file round trip', () => {
  it('stores every field of every table and reads it back equal', () => {
    const dir = tempDir();
    const file = join(dir, 'full.frontstage');
    const doc = fullDoc();
    writeWorkshopFile(file, doc);
    expect(readWorkshop(file)).toEqual({ doc, formatVersion: FORMAT_VERSION });
    expect(checkWorkshopFile(file)).toEqual([]);
  });

  it('round-trips a generated 2,000-card workshop', () => {
    const file = join(tempDir(), 'big.frontstage');
    const doc = generateDoc({ cards: 2000, connectors: 500 });
    writeWorkshopFile(file, doc);
    expect(readWorkshop(file).doc).toEqual(doc);
  });

  it('sets the pragmas and leaves a single file without sidecars', () => {
    const dir = tempDir();
    const file = join(dir, 'w.frontstage');
    writeWorkshopFile(file, fullDoc());
    expect(readdirSync(dir)).toEqual(['w.frontstage']);
    const bytes = readFileSync(file);
    expect(bytes.readInt32BE(68)).toBe(APPLICATION_ID);
    expect(bytes.readInt32BE(60)).toBe(FORMAT_VERSION);
    expect([bytes[18], bytes[19]]).toEqual([1, 1]);
  });

  it('is plain SQL a person can query: readable columns, image bytes as a BLOB', () => {
    const file = join(tempDir(), 'q.frontstage');
    writeWorkshopFile(file, fullDoc());
    const db = openDatabase(file, { readonly: true });
    try {
      const card = db.prepare('SELECT title, failPoint, waitMinutes, json_extract(touchpoint, \'$.importance\') AS importance FROM cards WHERE id = ?').get('c1');
      expect(card).toEqual({ title: 'Clean ashtray', failPoint: 1, waitMinutes: 2.5, importance: 5 });
      const asset = db.prepare('SELECT data FROM assets').get() as { data: Buffer };
      expect(Buffer.compare(asset.data, PNG_1PX)).toBe(0);
      expect(db.prepare('SELECT title FROM workshop').get()).toEqual({ title: 'Resort smoking areas' });
    } finally {
      db.close();
    }
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('has exactly the columns the model derives, so a model change needs a migration', () => {
    const file = join(tempDir(), 'c.frontstage');
    writeWorkshopFile(file, fullDoc());
    const disk = openDatabase(file, { readonly: true });
    try {
      for (const table of SQL_TABLES) {
        const actual = (disk.pragma(`table_info("${table}")`) as { name: string; type: string; notnull: number }[])
          .filter((c) => !(table === 'workshop' && c.name === 'id'));
        const expected = COLUMNS[table].map((c) => ({ name: c.name, type: SQL_TYPES[c.kind], notnull: c.nullable ? 0 : 1 }));
        expect(actual.map(({ name, type, notnull }) => ({ name, type, notnull })), table).toEqual(expected);
      }
    } finally {
      disk.close();
    }
  });

  it('refuses an invalid document and an existing target, leaving nothing behind', () => {
    const dir = tempDir();
    const doc = fullDoc();
    doc.cards.c1!.touchpoint!.importance = 9;
    const file = join(dir, 'bad.frontstage');
    expect(() => writeWorkshopFile(file, doc)).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(readdirSync(dir)).toEqual([]);
    writeWorkshopFile(file, fullDoc());
    const error = (() => { try { writeWorkshopFile(file, fullDoc()); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(WorkshopError);
    expect(error).toMatchObject({ code: 'exists', message: '"bad.frontstage" already exists' });
    writeWorkshopFile(file, generateDoc({ cards: 3 }), { overwrite: true });
    expect(readWorkshop(file).doc.workshop.title).toBe('Generated workshop (3 cards)');
    expect(readdirSync(dir)).toEqual(['bad.frontstage']);
  });
});
