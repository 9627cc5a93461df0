// The workshop file and the JSON interchange are held to one set of limits (shared/model/limits.ts):
// a file that `check` accepts exports JSON that `import` accepts, and one over a limit is refused
// by both with the same words. Edits can never take a workshop over a limit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWorkshopFile, openDatabase, readWorkshop, WorkshopSession, writeWorkshopFile } from '../../../main/workshop';
import { COLUMNS } from '../../../main/workshop/columns';
import { parseInterchangeText, stringifyInterchange, toInterchange } from '../../../shared/interchange';
import { defaultCard, RECORD_LIMITS, usageOf, usageProblems, WORKSHOP_LIMITS, type WorkshopDoc } from '../../../shared/model';
import { generateDoc } from '../../fixtures/generate';
import { useTempDir } from './helpers';

const cliTempDir = useTempDir();

const LIMIT = RECORD_LIMITS.cards;
/** The columns of a card row, with another id: a copy another tool could insert. */
const copyOfRow = (id: string) => COLUMNS.cards.map((c) => (c.name === 'id' ? `'${id}'` : `"${c.name}"`)).join(', ');
const OVER = `the workshop has ${(LIMIT + 1).toLocaleString('en-US')} cards, more than the ${LIMIT.toLocaleString('en-US')} Frontstage allows`;

describe('a workshop at the card limit', () => {
  let dir = '';
  let file = '';
  let atLimit: WorkshopDoc;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'frontstage-limits-'));
    file = join(dir, 'limit.frontstage');
    atLimit = generateDoc({ cards: LIMIT });
    writeWorkshopFile(file, atLimit);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes check, and its JSON export imports and exports again unchanged', { timeout: 120_000 }, () => {
    expect(checkWorkshopFile(file)).toEqual([]);
    const json = stringifyInterchange(toInterchange(readWorkshop(file).doc));
    expect(json.length).toBeLessThan(WORKSHOP_LIMITS.interchangeBytes);
    const imported = parseInterchangeText(json);
    if (!('doc' in imported)) throw new Error(imported.problems.slice(0, 3).map((p) => p.message).join('; '));
    expect(Object.keys(imported.doc.cards)).toHaveLength(LIMIT);
    expect(stringifyInterchange(toInterchange(imported.doc))).toBe(json);
  });

  it('one card more is refused by check and by import, in the same words', { timeout: 120_000 }, () => {
    const over = join(dir, 'over.frontstage');
    writeWorkshopFile(over, atLimit);
    // Another tool adds a row with plain SQL: the app itself cannot (see the next test).
    const db = openDatabase(over);
    db.prepare(`INSERT INTO cards SELECT ${copyOfRow('one-more')} FROM cards WHERE id = 'card0'`).run();
    db.close();
    const problems = checkWorkshopFile(over);
    expect(problems).toEqual([OVER]);

    const json = JSON.parse(stringifyInterchange(toInterchange(atLimit)));
    json.blueprints[0].cards.push({ ...json.blueprints[0].cards[0], id: 'one-more' });
    const imported = parseInterchangeText(JSON.stringify(json));
    expect('problems' in imported && imported.problems.map((p) => p.message)).toEqual([OVER]);
  });

  it('an edit that would add a card beyond the limit is refused; one that removes a card is not', { timeout: 60_000 }, () => {
    const session = WorkshopSession.open(file, { workDir: join(dir, 'work') });
    try {
      const card = defaultCard({ id: 'one-more', laneId: 'lane0', stepId: 'step0-0', position: 9999, title: 'Too many' });
      expect(() => session.apply([{ op: 'add', path: ['cards', 'one-more'], value: card }])).toThrow(OVER);
      expect(session.doc.cards['one-more']).toBeUndefined();
      session.apply([{ op: 'remove', path: ['cards', 'card1'] }]);
      session.apply([{ op: 'add', path: ['cards', 'one-more'], value: card }]);
      expect(Object.keys(session.doc.cards)).toHaveLength(LIMIT);
    } finally {
      session.close();
    }
  });
});

describe('text and image budgets', () => {
  it('counts every value with its surroundings and images by their decoded size', () => {
    const doc = generateDoc({ cards: 3 });
    const before = usageOf(doc);
    doc.workshop.notes = 'x'.repeat(1000);
    doc.assets.a = { id: 'a', name: 'p.png', mime: 'image/png', data: Buffer.alloc(3000).toString('base64') };
    const after = usageOf(doc);
    // The notes grew by 1,000; the image record brings its id, name and mime, each with its 16.
    expect(after.textUnits - before.textUnits).toBe(1000 + (1 + 16) + (5 + 16) + (9 + 16));
    expect(after.imageBytes).toBe(3000);
    expect(usageProblems(after)).toEqual([]);
    const over = usageProblems({ ...after, textUnits: WORKSHOP_LIMITS.textUnits + 1, imageBytes: WORKSHOP_LIMITS.allImageBytes + 1 });
    expect(over.map((p) => p.measure)).toEqual(['text', 'images']);
  });

  it('an edit that would take the text past its budget is refused', () => {
    const dir = cliTempDir();
    const file = join(dir, 'w.frontstage');
    const doc = generateDoc({ cards: 0 });
    writeWorkshopFile(file, doc);
    const session = WorkshopSession.open(file, { workDir: join(dir, 'work') });
    try {
      const remaining = WORKSHOP_LIMITS.textUnits - usageOf(session.doc).textUnits;
      const notes = Array.from({ length: Math.ceil(remaining / 10_000) + 1 }, (_, i) => ({
        op: 'add' as const, path: ['parkingLot', `n${i}`], value: { id: `n${i}`, text: 'z'.repeat(10_000), author: '', position: i },
      }));
      expect(() => session.apply(notes)).toThrow(/more text than Frontstage allows/);
      expect(Object.keys(session.doc.parkingLot)).toHaveLength(0);
      session.apply(notes.slice(0, 1));
      expect(Object.keys(session.doc.parkingLot)).toHaveLength(1);
    } finally {
      session.close();
    }
  });
});
