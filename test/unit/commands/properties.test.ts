import fc from 'fast-check';
import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { CommandError, createHistory, record, redo, run, undo, updateCard, type History } from '../../../shared/commands';
import { cellKey, type WorkshopDoc } from '../../../shared/model';
import { cellIndex } from '../../../shared/commands/cellIndex';
import { MAKERS } from './arbitrary';
import { expectValid, richDoc } from './fixture';

/** One step: which kind of edit, the numbers its arguments are drawn from, and how long after the last. */
const stepArb = fc.record({
  kind: fc.nat({ max: MAKERS.length - 1 }),
  picks: fc.array(fc.nat({ max: 1_000 }), { minLength: 8, maxLength: 8 }),
  gap: fc.constantFrom(100, 100, 5_000),
});

interface Session {
  doc: WorkshopDoc;
  history: History;
  /** The document after each undo step, oldest first (index 0: before any edit). */
  snapshots: WorkshopDoc[];
  refused: number;
}

/** The carried cell index must match one built from scratch. */
function expectIndexFresh(doc: WorkshopDoc): void {
  const fresh = new Map<string, string[]>();
  for (const card of Object.values(doc.cards)) fresh.set(cellKey(card.laneId, card.stepId), [...(fresh.get(cellKey(card.laneId, card.stepId)) ?? []), card.id]);
  const carried = cellIndex(doc.cards);
  expect(new Map([...carried].map(([k, ids]) => [k, [...ids].sort()]))).toEqual(new Map([...fresh].map(([k, ids]) => [k, ids.sort()])));
}

/** Over all runs: which kinds of edit were applied, and how many refusals each met. */
const applied = new Map<number, number>();
const refusals = new Map<string, number>();

type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

function play(steps: Step[]): Session {
  const start = richDoc();
  cellIndex(start.cards);
  const session: Session = { doc: start, history: createHistory(1000), snapshots: [start], refused: 0 };
  let ids = 0;
  let now = 0;
  for (const { kind, picks, gap } of steps) {
    let p = 0;
    const move = MAKERS[kind]!(session.doc, (n) => picks[p++ % picks.length]! % n, () => `g${++ids}`);
    if (!move) continue;
    const [command, args] = move;
    let result;
    try {
      result = run(session.doc, command, args as never);
    } catch (error) {
      // Refusals are fine (all dots used, last blueprint…); anything else is a bug.
      if (!(error instanceof CommandError)) throw error;
      session.refused++;
      refusals.set(command.id, (refusals.get(command.id) ?? 0) + 1);
      continue;
    }
    applied.set(kind, (applied.get(kind) ?? 0) + 1);
    expectValid(result.doc);
    // What main receives, through JSON, must turn the old document into the new one.
    expect(applyPatches(session.doc, JSON.parse(JSON.stringify(result.patches)))).toEqual(result.doc);
    now += gap;
    const before = session.history.past.length;
    session.history = record(session.history, result, now);
    if (session.history.past.length > before) session.snapshots.push(result.doc);
    else if (result.patches.length) session.snapshots[session.snapshots.length - 1] = result.doc;
    session.doc = result.doc;
  }
  return session;
}

describe('command sequences', () => {
  it('keep the document valid, and undo/redo walk back and forth through every step', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 40 }), (steps) => {
        const session = play(steps);
        const final = session.doc;
        expectIndexFresh(final);
        let { doc, history } = session;
        for (let i = session.snapshots.length - 2; i >= 0; i--) {
          const step = undo(history, doc)!;
          ({ doc, history } = step);
          expect(doc).toEqual(session.snapshots[i]);
        }
        expect(undo(history, doc)).toBeNull();
        expect(doc).toEqual(session.snapshots[0]);
        expectIndexFresh(doc);
        while (history.future.length) ({ doc, history } = redo(history, doc)!);
        expect(doc).toEqual(final);
        expectIndexFresh(doc);
      }),
      { numRuns: 150 },
    );
    // The property means something only if every kind of edit really ran.
    expect(MAKERS.map((_, kind) => kind).filter((kind) => !applied.has(kind))).toEqual([]);
    const total = [...applied.values()].reduce((a, b) => a + b, 0);
    const refused = [...refusals.values()].reduce((a, b) => a + b, 0);
    expect(refused, JSON.stringify(Object.fromEntries(refusals))).toBeLessThan(total / 5);
  });

  it('merge quick edits of one group into one step', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 2, maxLength: 30 }), (letters) => {
        const start = richDoc();
        let doc = start;
        let history = createHistory();
        let text = '';
        letters.forEach((letter, i) => {
          text += letter;
          const applied = run(doc, updateCard, { cardId: 'card2', fields: { title: text } });
          history = record(history, applied, i * 300);
          doc = applied.doc;
        });
        expect(history.past).toHaveLength(1);
        expect(undo(history, doc)!.doc).toEqual(start);
      }),
      { numRuns: 30 },
    );
  });
});
