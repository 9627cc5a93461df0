// The merge history a workshop file carries (docs/merge.md): a lineage every copy keeps, and
// stamps written for every field an edit changes, in the edit's own transaction.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWorkshopFile, FORMAT_VERSION, openDatabase, readWorkshopCopy, writeWorkshopFile, WorkshopSession } from '../../../main/workshop';
import { covered, fieldStamp, type RecordStamps } from '../../../shared/merge/stamps';
import { defaultCard } from '../../../shared/model';
import { fullDoc, useTempDir } from './helpers';

const tempDir = useTempDir();
const FORMAT1 = join(__dirname, '../../fixtures/files/format1-full.frontstage');

function setup() {
  const dir = tempDir();
  const file = join(dir, 'w.frontstage');
  writeWorkshopFile(file, fullDoc());
  return { dir, file, workDir: join(dir, 'work') };
}

const stampsOf = (file: string, key: string): RecordStamps | undefined => readWorkshopCopy(file).history.stamps.get(key);

/** Runs SQL on a file as another program would, then leaves it closed. */
function tamper(file: string, sql: string): void {
  const db = openDatabase(file);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

describe('lineage', () => {
  it('is new for every new workshop and kept by every copy of the file', () => {
    const { dir, file, workDir } = setup();
    const other = join(dir, 'other.frontstage');
    writeWorkshopFile(other, fullDoc());
    const { lineage } = readWorkshopCopy(file).history;
    expect(lineage).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(readWorkshopCopy(other).history.lineage).not.toBe(lineage);

    const copy = join(dir, 'copy.frontstage');
    copyFileSync(file, copy);
    expect(readWorkshopCopy(copy).history.lineage).toBe(lineage);

    const session = WorkshopSession.open(copy, { workDir });
    session.apply([{ op: 'replace', path: ['cards', 'c1', 'title'], value: 'Edited in the copy' }]);
    session.saveAs(join(dir, 'saved-as.frontstage'));
    session.close();
    expect(readWorkshopCopy(join(dir, 'saved-as.frontstage')).history.lineage).toBe(lineage);
  });

  it('comes from the content of an older file, so untouched copies of it still match after upgrading', () => {
    const dir = tempDir();
    const a = join(dir, 'a.frontstage');
    const b = join(dir, 'b.frontstage');
    copyFileSync(FORMAT1, a);
    copyFileSync(FORMAT1, b);
    expect(readWorkshopCopy(a).formatVersion).toBe(1);
    const session = WorkshopSession.open(a, { workDir: join(dir, 'work') });
    session.apply([{ op: 'replace', path: ['workshop', 'notes'], value: 'upgraded' }]);
    session.save();
    session.close();
    const upgraded = readWorkshopCopy(a);
    expect(upgraded.formatVersion).toBe(FORMAT_VERSION);
    expect(upgraded.history.lineage).toBe(readWorkshopCopy(b).history.lineage);
    expect(checkWorkshopFile(a)).toEqual([]);
    expect(checkWorkshopFile(FORMAT1)).toEqual([]);
  });
});

describe('stamps', () => {
  it('a new file has none: every record dates from its creation, the origin of every copy', () => {
    const { file } = setup();
    const { history } = readWorkshopCopy(file);
    expect(history.stamps.size).toBe(0);
    expect(history.vector.size).toBe(0);
  });

  it('are written for exactly the fields an edit changed, with the edit, on the session\'s own site', () => {
    const { file, workDir } = setup();
    const session = WorkshopSession.open(file, { workDir });
    const before = Date.now();
    session.apply([{ op: 'replace', path: ['cards', 'c1', 'title'], value: 'Spotless ashtray' }]);
    session.apply([{ op: 'replace', path: ['cards', 'c1', 'touchpoint', 'importance'], value: 2 }]);
    session.apply([{ op: 'replace', path: ['workshop', 'timer', 'label'], value: 'Break' }]);
    session.apply([{ op: 'add', path: ['cards', 'c9'], value: defaultCard({ id: 'c9', laneId: 'l1', stepId: 'sp', position: 9, title: 'New' }) }]);
    session.save();
    session.close();

    const { history } = readWorkshopCopy(file);
    expect(history.vector.size).toBe(1);
    const [site, clock] = [...history.vector][0]!;
    const c1 = stampsOf(file, 'cards/c1')!;
    expect(Object.keys(c1.fields).sort()).toEqual(['title', 'touchpoint.importance']);
    expect(c1.created).toEqual({ site: '', clock: 0 });
    expect(c1.fields.title!.site).toBe(site);
    expect(c1.fields.title!.clock).toBeGreaterThanOrEqual(before);
    expect(c1.fields['touchpoint.importance']!.clock).toBeGreaterThan(c1.fields.title!.clock);
    expect(fieldStamp(c1, 'touchpoint.channel')).toEqual({ site: '', clock: 0 });
    expect(Object.keys(stampsOf(file, 'workshop/1')!.fields)).toEqual(['timer.label']);
    const c9 = stampsOf(file, 'cards/c9')!;
    expect(c9.created.site).toBe(site);
    expect(c9.fields).toEqual({});
    expect(clock).toBe(c9.created.clock);
    for (const stamps of history.stamps.values()) {
      expect(covered(stamps.created, history.vector)).toBe(true);
    }
  });

  it('a record that goes takes its stamps; a touchpoint that goes is one change, not one per rating', () => {
    const { file, workDir } = setup();
    const session = WorkshopSession.open(file, { workDir });
    session.apply([{ op: 'replace', path: ['cards', 'c1', 'touchpoint', 'importance'], value: 2 }]);
    session.apply([{ op: 'replace', path: ['cards', 'c1', 'touchpoint'], value: null }]);
    session.apply([{ op: 'add', path: ['cards', 'c9'], value: defaultCard({ id: 'c9', laneId: 'l1', stepId: 'sp', position: 9 }) }]);
    session.apply([{ op: 'replace', path: ['cards', 'c9', 'title'], value: 'going' }]);
    session.apply([{ op: 'remove', path: ['cards', 'c9'] }]);
    session.save();
    session.close();
    expect(Object.keys(stampsOf(file, 'cards/c1')!.fields)).toEqual(['touchpoint']);
    expect(stampsOf(file, 'cards/c9')).toBeUndefined();
  });

  it('every session of a file is a site of its own, and its clock never goes back', () => {
    const { file, workDir } = setup();
    const first = WorkshopSession.open(file, { workDir });
    first.commit({ ...first.doc, workshop: { ...first.doc.workshop, notes: 'one' } }, { changes: [{ table: 'workshop', record: { ...first.doc.workshop, notes: 'one' } }], before: [first.doc.workshop] }, Date.now() + 3_600_000);
    first.save();
    first.close();
    const second = WorkshopSession.open(file, { workDir });
    second.apply([{ op: 'replace', path: ['workshop', 'notes'], value: 'two' }]);
    second.save();
    second.close();
    const { history } = readWorkshopCopy(file);
    expect(history.vector.size).toBe(2);
    const [a, b] = [...history.vector.values()];
    // The clock had been an hour ahead: the next session continues past it, never before it.
    expect(b).toBeGreaterThan(a!);
  });
});

describe('a file from someone else', () => {
  const cases: [string, string, RegExp][] = [
    ['a lineage id of the wrong form', `UPDATE lineage SET workshop = 'x'`, /lineage: is not a lineage id/],
    ['no lineage', 'DELETE FROM lineage', /lineage: is missing/],
    ['a stamp of a record the file does not hold', `INSERT INTO stamps VALUES ('cards', 'nope', 0, 0, NULL)`, /stamps\.cards\.nope: stamps a record the workshop does not hold/],
    ['a stamp of a table that does not exist', `INSERT INTO stamps VALUES ('secrets', 'c1', 0, 0, NULL)`, /names no table/],
    ['a stamp on a site it does not list', `INSERT INTO stamps VALUES ('cards', 'c1', 7, 5, NULL)`, /names site 7/],
    ['a stamp later than its site\'s clock', `INSERT INTO sites VALUES (1, 'abcdefghijk', 10); INSERT INTO stamps VALUES ('cards', 'c1', 1, 11, NULL)`, /later than its site's clock/],
    ['a stamp of a field the record does not have', `INSERT INTO stamps VALUES ('cards', 'c1', 0, 0, '[[0,0,"secret"]]')`, /fields\.secret: is no field/],
    ['field stamps that are not JSON', `INSERT INTO stamps VALUES ('cards', 'c1', 0, 0, '{')`, /is not a JSON list of stamps/],
    ['field stamps in another shape', `INSERT INTO stamps VALUES ('cards', 'c1', 0, 0, '{"title":[0,0]}')`, /is not a JSON list of stamps/],
    ['a field stamped twice', `INSERT INTO stamps VALUES ('cards', 'c1', 0, 0, '[[0,0,"title"],[0,0,"title"]]')`, /fields\.title: is stamped twice/],
    ['a field stamp of the wrong shape', `INSERT INTO stamps VALUES ('cards', 'c1', 0, 0, '[[0,"now","title"]]')`, /is not a stamp/],
    ['a site name of the wrong form', `INSERT INTO sites VALUES (1, 'a b', 10)`, /is not a unique site name/],
    ['a clock on the origin', `INSERT INTO stamps VALUES ('cards', 'c1', 0, 5, NULL)`, /clock on the origin/],
  ];
  for (const [what, sql, message] of cases) {
    it(`with ${what} is damaged, and left as it was`, () => {
      const { file } = setup();
      tamper(file, sql);
      const problems = checkWorkshopFile(file);
      expect(problems.join('\n')).toMatch(message);
      expect(() => readWorkshopCopy(file)).toThrow(/is damaged/);
    });
  }

  it('with another stamps table than ours is refused before anything is read', () => {
    const { file } = setup();
    tamper(file, 'ALTER TABLE stamps ADD COLUMN "note" TEXT');
    expect(checkWorkshopFile(file).join('\n')).toMatch(/table "stamps" is not defined the way Frontstage defines it/);
  });
});
