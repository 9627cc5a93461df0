import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromInterchange, stringifyInterchange, toInterchange, withFreshIds } from '../../../shared/interchange';
import { validateDoc, type WorkshopDoc } from '../../../shared/model';
import { generateDoc } from '../../fixtures/generate';
import { richDoc } from './sample';

function imported(json: unknown): WorkshopDoc {
  const result = fromInterchange(json);
  if (!('doc' in result)) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.doc;
}

describe('interchange round trip', () => {
  it('keeps every table and field of the model', () => {
    const doc = richDoc();
    expect(validateDoc(doc).problems).toEqual([]);
    const back = imported(JSON.parse(stringifyInterchange(toInterchange(doc))));
    expect(validateDoc(back).problems).toEqual([]);
    expect(back).toEqual(doc);
  });

  it('gives the same bytes on export → import → export', () => {
    const first = stringifyInterchange(toInterchange(richDoc()));
    const second = stringifyInterchange(toInterchange(imported(JSON.parse(first))));
    expect(second).toBe(first);
  });

  it('holds for generated workshops of any size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 1e6 }), (cards, connectors, seed) => {
        const text = stringifyInterchange(toInterchange(generateDoc({ cards, connectors, seed, stages: 3, stepsPerStage: 2 })));
        expect(stringifyInterchange(toInterchange(imported(JSON.parse(text))))).toBe(text);
      }),
      { numRuns: 25 },
    );
  });

  it('orders cards within a cell by their position, and takes the order of the file on import', () => {
    const doc = generateDoc({ cards: 0 });
    const base = { laneId: 'lane1', stepId: 'step0-0', title: '', description: '', kind: 'action', owner: '', tags: [], failPoint: false, waitMinutes: 0, imageId: null, touchpoint: null, product: null, originId: null, createdBy: null } as const;
    doc.cards.b = { ...base, id: 'b', position: 7, tags: [] };
    doc.cards.a = { ...base, id: 'a', position: 9, tags: [] };
    doc.cards.c = { ...base, id: 'c', position: -1, tags: [] };
    const json = toInterchange(doc);
    expect(json.blueprints![0]!.cards!.map((c) => c.id)).toEqual(['c', 'b', 'a']);
    const back = imported(json);
    expect([back.cards.c!.position, back.cards.b!.position, back.cards.a!.position]).toEqual([0, 1, 2]);
  });

  it('gives every record a fresh id and keeps references pointing at the right records', () => {
    const doc = richDoc();
    const fresh = withFreshIds(doc);
    expect(validateDoc(fresh).problems).toEqual([]);
    const oldIds = new Set(Object.values(doc).flatMap((t) => Object.keys(t as object)));
    expect(Object.keys(fresh.cards).some((id) => oldIds.has(id))).toBe(false);
    const card1 = Object.values(fresh.cards).find((c) => c.imageId !== null)!;
    expect(fresh.assets[card1.imageId!]!.name).toBe('shelf.png');
    expect(fresh.cards[card1.touchpoint!.rootCauses[0]!]!.title).toBe(doc.cards.card3!.title);
    expect(Object.keys(fresh.cards)).toHaveLength(Object.keys(doc.cards).length);
  });
});
