// `frontstage merge MINE THEIRS --out MERGED` (CONTRACT §8): the summary JSON, the result file,
// inputs never touched, and one `error:` line for every refusal.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkshopCopy } from '../../../main/workshop';
import { updateCard, updateTouchpoint, addCard, deleteCards, addComment } from '../../../shared/commands';
import { edit } from '../merge/copies';
import { cli, expectRejected, hashOf, tempDir } from './harness';

const FORMAT1 = join(__dirname, '../../fixtures/files/format1-full.frontstage');

/** A sample workshop and two copies of it, as two people would take it from a shared drive. */
function twoCopies(): { dir: string; mine: string; theirs: string } {
  const dir = tempDir();
  const r = cli(['new', 'sample.frontstage', '--template', 'home-espresso'], dir);
  expect(r.code, r.stderr).toBe(0);
  copyFileSync(join(dir, 'sample.frontstage'), join(dir, 'mine.frontstage'));
  copyFileSync(join(dir, 'sample.frontstage'), join(dir, 'theirs.frontstage'));
  return { dir, mine: join(dir, 'mine.frontstage'), theirs: join(dir, 'theirs.frontstage') };
}

const touchpointOf = (file: string) => Object.values(readWorkshopCopy(file).doc.cards).find((c) => c.touchpoint)!;

describe('frontstage merge', () => {
  it('takes what each copy did alone, keeps MINE where both differ, lists it, and writes a valid new file', () => {
    const { dir, mine, theirs } = twoCopies();
    const tp = touchpointOf(mine);
    const { laneId, stepId } = tp;
    const [a, b] = [hashOf(mine), hashOf(theirs)];
    edit(mine, join(dir, 'work'), (e) => {
      e.run(updateCard, { cardId: tp.id, fields: { title: 'Mine: greet by name' } });
      e.run(addCard, { id: 'mine-new', laneId, stepId, index: 0, fields: { title: 'Added in mine' } });
    });
    edit(theirs, join(dir, 'work'), (e) => {
      e.run(updateCard, { cardId: tp.id, fields: { title: 'Theirs: greet warmly' } });
      e.run(updateTouchpoint, { cardId: tp.id, fields: { importance: tp.touchpoint!.importance === 5 ? 1 : 5 } });
      e.run(addCard, { id: 'theirs-new', laneId, stepId, index: 0, fields: { title: 'Added in theirs' } });
      e.run(addComment, { id: 'theirs-comment', cardId: tp.id, author: 'Ben', text: 'Benchmark this', createdAt: 1 });
    });
    const [a2, b2] = [hashOf(mine), hashOf(theirs)];
    expect([a2, b2]).not.toEqual([a, b]);

    const r = cli(['merge', 'mine.frontstage', 'theirs.frontstage', '--out', 'merged.frontstage'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const summary = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(summary)).toEqual(['added', 'changed', 'deleted', 'conflicts']);
    expect(summary).toEqual({
      added: 2,
      changed: 1,
      deleted: 0,
      conflicts: [{ record: `cards/${tp.id}`, field: 'title', mine: 'Mine: greet by name', theirs: 'Theirs: greet warmly', kept: 'mine' }],
    });
    expect([hashOf(mine), hashOf(theirs)]).toEqual([a2, b2]);

    const merged = readWorkshopCopy(join(dir, 'merged.frontstage'));
    const card = merged.doc.cards[tp.id]!;
    expect(card.title).toBe('Mine: greet by name');
    expect(card.touchpoint!.importance).toBe(tp.touchpoint!.importance === 5 ? 1 : 5);
    expect(merged.doc.cards['mine-new']?.title).toBe('Added in mine');
    expect(merged.doc.cards['theirs-new']?.title).toBe('Added in theirs');
    expect(merged.doc.comments['theirs-comment']?.text).toBe('Benchmark this');
    expect(merged.history.lineage).toBe(readWorkshopCopy(mine).history.lineage);
    expect(cli(['check', 'merged.frontstage'], dir).code).toBe(0);

    // The result is a copy of the same workshop: merging THEIRS into it again brings nothing new.
    const again = cli(['merge', 'merged.frontstage', 'theirs.frontstage', '--out', 'again.frontstage'], dir);
    expect(JSON.parse(again.stdout)).toEqual({ added: 0, changed: 0, deleted: 0, conflicts: [] });
  });

  it('keeps a card deleted in one copy and edited in the other, and lists it', () => {
    const { dir, mine, theirs } = twoCopies();
    const tp = touchpointOf(mine);
    edit(mine, join(dir, 'work'), (e) => e.run(deleteCards, { cardIds: [tp.id] }));
    edit(theirs, join(dir, 'work'), (e) => e.run(updateCard, { cardId: tp.id, fields: { title: 'Still needed' } }));
    const r = cli(['merge', 'mine.frontstage', 'theirs.frontstage', '--out', 'merged.frontstage'], dir);
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as { conflicts: { record: string; field: string; mine: unknown; kept: string }[] };
    expect(summary.conflicts).toContainEqual(expect.objectContaining({ record: `cards/${tp.id}`, field: '(record)', mine: null, kept: 'theirs' }));
    expect(readWorkshopCopy(join(dir, 'merged.frontstage')).doc.cards[tp.id]?.title).toBe('Still needed');
  });

  it('merges two untouched copies of a format-1 file: they are one workshop', () => {
    const dir = tempDir();
    copyFileSync(FORMAT1, join(dir, 'a.frontstage'));
    copyFileSync(FORMAT1, join(dir, 'b.frontstage'));
    const r = cli(['merge', 'a.frontstage', 'b.frontstage', '--out', 'm.frontstage'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ added: 0, changed: 0, deleted: 0, conflicts: [] });
    expect(hashOf(join(dir, 'a.frontstage'))).toBe(hashOf(FORMAT1));
  });
});

describe('frontstage merge refuses', () => {
  const args = ['merge', 'mine.frontstage', 'theirs.frontstage', '--out', 'merged.frontstage'];

  it('copies of different workshops', () => {
    const { dir } = twoCopies();
    expect(cli(['new', 'other.frontstage', '--template', 'home-espresso'], dir).code).toBe(0);
    const line = expectRejected(dir, ['merge', 'mine.frontstage', 'other.frontstage', '--out', 'merged.frontstage'], 'mine.frontstage', /not copies of one workshop/);
    expect(line).toMatch(/"mine\.frontstage" and "other\.frontstage"/);
    expectRejected(dir, ['merge', 'mine.frontstage', 'other.frontstage', '--out', 'merged.frontstage'], 'other.frontstage', /lineage/);
  });

  it('a damaged copy, mine or theirs', () => {
    const { dir, theirs } = twoCopies();
    truncateSync(theirs, Math.floor(statSync(theirs).size / 2));
    expectRejected(dir, args, 'mine.frontstage', /"theirs\.frontstage".*(damaged|truncated|incomplete)/i);
    expectRejected(dir, ['merge', 'theirs.frontstage', 'mine.frontstage', '--out', 'merged.frontstage'], 'theirs.frontstage', /"theirs\.frontstage".*(damaged|truncated|incomplete)/i);
  });

  it('a copy whose merge history was tampered with', () => {
    const { dir, theirs } = twoCopies();
    const db = new Database(theirs);
    db.exec(`INSERT INTO "stamps" ("tbl", "id", "site", "clock", "fields") VALUES ('cards', 'no-such-card', 0, 0, NULL)`);
    db.close();
    expectRejected(dir, args, 'theirs.frontstage', /"theirs\.frontstage" is damaged: stamps\.cards\.no-such-card/);
  });

  it('a copy made by a newer Frontstage', () => {
    const { dir, theirs } = twoCopies();
    const db = new Database(theirs);
    db.pragma('user_version = 99');
    db.close();
    expectRejected(dir, args, 'theirs.frontstage', /"theirs\.frontstage".*newer Frontstage/i);
  });

  it('a file that is no workshop', () => {
    const { dir } = twoCopies();
    writeFileSync(join(dir, 'notes.frontstage'), 'just some notes\n');
    expectRejected(dir, ['merge', 'mine.frontstage', 'notes.frontstage', '--out', 'merged.frontstage'], 'mine.frontstage', /"notes\.frontstage".*not a Frontstage/i);
  });

  it('a missing copy', () => {
    const { dir } = twoCopies();
    expectRejected(dir, ['merge', 'mine.frontstage', 'gone.frontstage', '--out', 'merged.frontstage'], 'mine.frontstage', /"gone\.frontstage"/);
  });

  it('an output that exists, or is one of the copies', () => {
    const { dir } = twoCopies();
    expectRejected(dir, ['merge', 'mine.frontstage', 'theirs.frontstage', '--out', 'sample.frontstage'], 'sample.frontstage', /"sample\.frontstage" already exists/);
    expectRejected(dir, ['merge', 'mine.frontstage', 'theirs.frontstage', '--out', 'theirs.frontstage'], 'theirs.frontstage', /one of the copies/);
    expectRejected(dir, ['merge', 'mine.frontstage', 'theirs.frontstage', '--out', './mine.frontstage'], 'mine.frontstage', /one of the copies/);
  });

  it('wrong usage with exit 2', () => {
    const { dir } = twoCopies();
    for (const wrong of [['merge', 'mine.frontstage', 'theirs.frontstage'], ['merge', 'mine.frontstage', '--out', 'm.frontstage']]) {
      const r = cli(wrong, dir);
      expect(r.code).toBe(2);
      expect(existsSync(join(dir, 'm.frontstage'))).toBe(false);
    }
  });
});
