import { describe, expect, it } from 'vitest';
import {
  canRedo, canUndo, closeStep, createHistory, MERGE_WINDOW_MS, record, redo, redoLabel, run, undo, undoLabel,
  updateCard, addCard, type History,
} from '../../../shared/commands';
import type { WorkshopDoc } from '../../../shared/model';
import { richDoc } from './fixture';

/** Types a title one letter at a time, `gap` ms apart. */
function type(doc: WorkshopDoc, history: History, text: string, start: number, gap: number) {
  for (let i = 1; i <= text.length; i++) {
    const applied = run(doc, updateCard, { cardId: 'card1', fields: { title: text.slice(0, i) } });
    history = record(history, applied, start + i * gap);
    doc = applied.doc;
  }
  return { doc, history };
}

describe('history', () => {
  it('merges a typing burst into one step and undoes it at once', () => {
    const start = richDoc();
    const { doc, history } = type(start, createHistory(), 'Espresso', 0, 200);
    expect(history.past).toHaveLength(1);
    expect(undoLabel(history)).toBe('Edit card');
    const back = undo(history, doc)!;
    expect(back.doc).toEqual(start);
    expect(back.label).toBe('Edit card');
    const again = redo(back.history, back.doc)!;
    expect(again.doc).toEqual(doc);
    expect(again.doc.cards.card1!.title).toBe('Espresso');
  });

  it('starts a new step after a pause, for another group, or after undo', () => {
    const start = richDoc();
    let { doc, history } = type(start, createHistory(), 'ab', 0, 100);
    ({ doc, history } = type(doc, history, 'abc', 200 + MERGE_WINDOW_MS + 1, 100));
    expect(history.past).toHaveLength(2);
    const other = run(doc, updateCard, { cardId: 'card2', fields: { title: 'x' } });
    history = record(history, other, 5000);
    expect(history.past).toHaveLength(3);
    const u = undo(history, other.doc)!;
    const same = run(u.doc, updateCard, { cardId: 'card2', fields: { title: 'y' } });
    const h2 = record(u.history, same, 5100);
    expect(h2.past).toHaveLength(3);
    expect(canRedo(h2)).toBe(false);
    // closeStep ends a burst on purpose (the field lost focus).
    const more = run(same.doc, updateCard, { cardId: 'card2', fields: { title: 'yz' } });
    expect(record(closeStep(h2), more, 5200).past).toHaveLength(4);
    expect(record(h2, more, 5200).past).toHaveLength(3);
  });

  it('hands back the patches to send, ignores empty edits, and caps its length', () => {
    const start = richDoc();
    let history = createHistory(3);
    let doc = start;
    for (let k = 0; k < 5; k++) {
      const applied = run(doc, addCard, { id: `h${k}`, laneId: 'lane0', stepId: 'step0-0' });
      history = record(history, applied, k);
      doc = applied.doc;
    }
    expect(record(history, run(doc, updateCard, { cardId: 'h0', fields: {} }), 10)).toBe(history);
    expect(history.past).toHaveLength(3);
    const u = undo(history, doc)!;
    expect(u.patches).toEqual([{ op: 'remove', path: ['cards', 'h4'] }]);
    let h = u.history;
    let d = u.doc;
    while (canUndo(h)) ({ history: h, doc: d } = undo(h, d)!);
    expect(Object.keys(d.cards).filter((id) => id.startsWith('h'))).toEqual(['h0', 'h1']);
    expect(undo(h, d)).toBeNull();
    expect(redoLabel(h)).toBe('Add card');
    expect(redo(createHistory(), d)).toBeNull();
  });
});
