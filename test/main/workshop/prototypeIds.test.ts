// Records are keyed by id in plain objects. Ids that every object already has as a property
// (toString, valueOf, hasOwnProperty, __proto__, constructor) must never resolve to that
// property: not in the integrity check, not in edits, not in exports or presentation.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWorkshopFile, openDatabase, WorkshopSession, writeWorkshopFile } from '../../../main/workshop';
import { parseInterchangeText, stringifyInterchange, toInterchange } from '../../../shared/interchange';
import { checkReferences, defaultCard, recordIn } from '../../../shared/model';
import { presentationOrder, presentationStops } from '../../../renderer/shell/presentation';
import { fullDoc, useTempDir } from './helpers';

const tempDir = useTempDir();
const NAMES = ['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__proto__', 'constructor'];

function tampered(dir: string, sql: string): string {
  const file = join(dir, 'x.frontstage');
  writeWorkshopFile(file, fullDoc());
  const db = openDatabase(file);
  db.exec(sql);
  db.close();
  return file;
}

const REFERENCES: [string, (name: string) => string][] = [
  ['a card\'s lane', (n) => `UPDATE cards SET laneId = '${n}' WHERE id = 'c1'`],
  ['a card\'s step', (n) => `UPDATE cards SET stepId = '${n}' WHERE id = 'c1'`],
  ['a card\'s image', (n) => `UPDATE cards SET imageId = '${n}' WHERE id = 'c1'`],
  ['a comment\'s card', (n) => `UPDATE comments SET cardId = '${n}'`],
  ['a connector\'s end', (n) => `UPDATE connectors SET "to" = '${n}'`],
  ['the presentation order', (n) => `UPDATE blueprints SET presentationOrder = '["${n}"]'`],
  ['a vote\'s participant', (n) => `UPDATE votes SET participantId = '${n}'`],
];

describe('ids named like Object.prototype properties', () => {
  for (const [what, sql] of REFERENCES) {
    it(`a file whose ${what} points at one of them fails the check`, () => {
      for (const name of NAMES) {
        const dir = tempDir();
        const problems = checkWorkshopFile(tampered(dir, sql(name)));
        expect(problems.length, `${what} = ${name}`).toBeGreaterThan(0);
        expect(problems.join('\n')).toContain(name);
      }
    });
  }

  it('a row keyed "__proto__" is reported, not silently turned into a prototype', () => {
    const dir = tempDir();
    const problems = checkWorkshopFile(tampered(dir, "UPDATE cards SET id = '__proto__' WHERE id = 'c2'; UPDATE connectors SET \"from\" = '__proto__'; UPDATE cards SET touchpoint = json_set(touchpoint, '$.rootCauses', json('[]')) WHERE id = 'c1'; UPDATE blueprints SET presentationOrder = '[]'"));
    expect(problems.join('\n')).toMatch(/cards\.__proto__\.id: is a reserved name/);
  });

  it('the reference check looks only at records the table really has', () => {
    const doc = fullDoc();
    doc.cards.c1!.laneId = 'toString';
    doc.comments.m1 = { id: 'm1', cardId: 'valueOf', author: '', text: 'x', createdAt: 0, authorId: null, parentId: null, resolved: false };
    const problems = checkReferences(doc).map((p) => p.message).join('\n');
    expect(problems).toContain('missing lane "toString"');
    expect(problems).toContain('missing card "valueOf"');
    expect(recordIn(doc.cards, 'hasOwnProperty')).toBeUndefined();
  });

  it('import refuses JSON that refers to them, so what check accepts and import accepts agree', () => {
    const json = JSON.parse(stringifyInterchange(toInterchange(fullDoc())));
    json.blueprints[0].cards[0].lane = 'toString';
    const result = parseInterchangeText(JSON.stringify(json));
    expect('problems' in result && result.problems.map((p) => p.message).join()).toMatch(/reserved name|missing lane/);
  });

  it('an edit keyed "__proto__" is refused and leaves the document\'s tables plain', () => {
    const dir = tempDir();
    const file = join(dir, 'w.frontstage');
    writeWorkshopFile(file, fullDoc());
    const session = WorkshopSession.open(file, { workDir: join(dir, 'work') });
    try {
      const card = defaultCard({ id: '__proto__', laneId: 'l1', stepId: 'sp', position: 5, title: 'Sneaky' });
      expect(() => session.apply([{ op: 'add', path: ['cards', '__proto__'], value: card }])).toThrow(/reserved name/);
      expect(Object.getPrototypeOf(session.doc.cards)).toBe(Object.prototype);
      expect(() => session.apply([{ op: 'add', path: ['cards', 'toString', 'title'], value: 'x' }])).toThrow(/reserved name/);
      expect(Object.keys(session.doc.cards).sort()).toEqual(['c1', 'c2']);
    } finally {
      session.close();
    }
  });

  it('export --blueprint toString says there is no such blueprint, by name', () => {
    const dir = tempDir();
    const file = join(dir, 'w.frontstage');
    writeWorkshopFile(file, fullDoc());
    for (const name of NAMES) {
      const r = spawnSync(process.execPath, [join(__dirname, '../../../dist/cli.cjs'), 'export', file, '--format', 'svg', '--blueprint', name, '--out', '-'], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(`error: "w.frontstage" has no blueprint "${name}"; its blueprints: "Current state" (bp)\n`);
    }
  });

  it('presentation walks only the cards the blueprint really has', () => {
    const doc = fullDoc();
    doc.blueprints.bp!.presentationOrder = ['toString', 'c1'];
    expect(presentationOrder(doc, 'bp')).toEqual(['c1']);
    expect(presentationOrder(doc, 'constructor')).toEqual([]);
    expect(presentationStops(doc, 'constructor', 'stages')).toEqual([]);
  });
});
