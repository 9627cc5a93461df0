import { join } from 'node:path';
import fc from 'fast-check';
import { enablePatches, produceWithPatches, type Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { readWorkshop, writeWorkshopFile, WorkshopSession } from '../../../main/workshop';
import { defaultCard, defaultTouchpoint, type WorkshopDoc } from '../../../shared/model';
import { generateDoc } from '../../fixtures/generate';
import { fullDoc, useTempDir } from './helpers';

enablePatches();
const tempDir = useTempDir();

function open(doc: WorkshopDoc) {
  const dir = tempDir();
  const file = join(dir, 'w.frontstage');
  writeWorkshopFile(file, doc);
  return { file, session: WorkshopSession.open(file, { workDir: join(dir, 'work') }) };
}

type Recipe = (draft: Draft<WorkshopDoc>) => void;

/** Edits of the kinds the UI makes, as recipes for immer to turn into patches. */
const edit = (ids: string[]): fc.Arbitrary<Recipe> =>
  fc.oneof(
    fc.record({ i: fc.nat(ids.length - 1), title: fc.string({ maxLength: 40 }).map((s) => s.replace(/[\u0000-\u001f\u007f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/g, '')) })
      .map(({ i, title }): Recipe => (d) => { if (d.cards[ids[i]!]) d.cards[ids[i]!]!.title = title; }),
    fc.record({ i: fc.nat(ids.length - 1), importance: fc.integer({ min: 1, max: 5 }) })
      .map(({ i, importance }): Recipe => (d) => {
        const card = d.cards[ids[i]!];
        if (!card) return;
        card.touchpoint ??= defaultTouchpoint();
        card.touchpoint.importance = importance;
        card.touchpoint.quotes.push('Said so');
      }),
    fc.record({ i: fc.nat(ids.length - 1) }).map(({ i }): Recipe => (d) => { delete d.cards[ids[i]!]; }),
    fc.record({ n: fc.nat(1000), position: fc.double({ min: -1e6, max: 1e6, noNaN: true }) })
      // The file keeps numbers as JSON, which has no -0: a -0 comes back as 0, the same position.
      .map(({ n, position }): Recipe => (d) => { d.cards[`new${n}`] = defaultCard({ id: `new${n}`, laneId: 'lane2', stepId: 'step1-1', position: Object.is(position, -0) ? 0 : position, title: `New ${n}` }); }),
    fc.string({ maxLength: 30 }).map((s): Recipe => (d) => { d.workshop.facilitator = s.replace(/[^\w ]/g, ''); }),
  );

describe('applying patches', () => {
  it('matches immer for random edit sequences, in memory and in the file', () => {
    const base = generateDoc({ cards: 60 });
    const ids = Object.keys(base.cards);
    fc.assert(
      fc.property(fc.array(edit(ids), { minLength: 1, maxLength: 25 }), (recipes) => {
        const { file, session } = open(base);
        let expected: WorkshopDoc = structuredClone(base);
        for (const recipe of recipes) {
          const [next, patches] = produceWithPatches(expected, recipe);
          session.apply(patches);
          expected = next;
        }
        expect(session.doc).toEqual(expected);
        session.save();
        session.close();
        expect(readWorkshop(file).doc).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });

  it('applies several patches to one record in order, and whole-record and whole-table replacements', () => {
    const { session } = open(fullDoc());
    const card = defaultCard({ id: 'c9', laneId: 'l1', stepId: 'sp', position: 5 });
    session.apply([
      { op: 'add', path: ['cards', 'c9'], value: card },
      { op: 'replace', path: ['cards', 'c9', 'title'], value: 'Then titled' },
      { op: 'add', path: ['cards', 'c9', 'tags', 0], value: 'first' },
    ]);
    expect(session.doc.cards.c9).toEqual({ ...card, title: 'Then titled', tags: ['first'] });
    session.apply([{ op: 'replace', path: ['parkingLot'], value: { z: { id: 'z', text: 'Only note', author: '', position: 0 } } }]);
    expect(Object.keys(session.doc.parkingLot)).toEqual(['z']);
    session.apply([{ op: 'replace', path: ['workshop'], value: { ...session.doc.workshop, title: 'Whole' } }]);
    expect(session.doc.workshop.title).toBe('Whole');
    session.save();
    session.close();
  });

  it('deletes a lane with its cards and connectors in one edit, and refuses it while anything still points at them', () => {
    const { file, session } = open(generateDoc({ cards: 2000, connectors: 600 }));
    const doomed = new Set(Object.values(session.doc.cards).filter((c) => c.laneId === 'lane0').map((c) => c.id));
    const cards = [...doomed].map((id) => ({ op: 'remove' as const, path: ['cards', id] }));
    const connectors = Object.values(session.doc.connectors)
      .filter((c) => doomed.has(c.from) || doomed.has(c.to))
      .map((c) => ({ op: 'remove' as const, path: ['connectors', c.id] }));
    expect(connectors.length).toBeGreaterThan(0);
    expect(() => session.apply([...cards, { op: 'remove', path: ['lanes', 'lane0'] }])).toThrow(/connectors\.conn\d+\.(from|to): refers to "card\d+", which this change deletes from cards/);
    expect(Object.keys(session.doc.cards)).toHaveLength(2000);
    const started = performance.now();
    session.apply([...cards, ...connectors, { op: 'remove', path: ['lanes', 'lane0'] }]);
    expect(performance.now() - started).toBeLessThan(1000);
    session.save();
    session.close();
    const saved = readWorkshop(file).doc;
    expect(Object.keys(saved.cards)).toHaveLength(2000 - doomed.size);
    expect(saved.lanes.lane0).toBeUndefined();
  });

  it('refuses patches at records that do not exist or with a malformed shape', () => {
    const { session } = open(fullDoc());
    expect(() => session.apply([{ op: 'replace', path: ['cards', 'ghost', 'title'], value: 'x' }])).toThrow(/cards\.ghost: does not exist/);
    expect(() => session.apply([{ op: 'remove', path: ['workshop'] }])).toThrow(/would remove the workshop record/);
    expect(() => session.apply([{ op: 'move', path: ['cards', 'c1'] } as never])).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => session.apply([{ op: 'replace', path: ['cards', 'c1', '__proto__', 'x'], value: 1 }])).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(session.doc).toEqual(fullDoc());
    session.close();
  });
});
