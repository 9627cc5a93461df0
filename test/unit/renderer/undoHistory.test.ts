import { describe, expect, it } from 'vitest';
import { applyPatches, enablePatches, produceWithPatches } from 'immer';
import { emptyHistory, record, takeRedo, takeUndo, type UndoHistory } from '../../../renderer/state/undoHistory';

enablePatches();

type Doc = { title: string; n: number };

function edit(history: UndoHistory, doc: Doc, change: Partial<Doc>, group: string | null): [UndoHistory, Doc] {
  const [next, patches, inversePatches] = produceWithPatches(doc, (d) => void Object.assign(d, change));
  return [record(history, { label: 'Edit', patches, inversePatches, group }), next];
}

describe('undo history', () => {
  it('undoes a typing burst with one group as one step', () => {
    let h = emptyHistory();
    let doc: Doc = { title: '', n: 0 };
    for (const title of ['C', 'Co', 'Cof', 'Coffee']) [h, doc] = edit(h, doc, { title }, 'title');
    expect(h.past).toHaveLength(1);
    const undone = takeUndo(h)!;
    expect(applyPatches(doc, undone.entry.inversePatches)).toEqual({ title: '', n: 0 });
  });

  it('keeps edits without a group, or with another group, as separate steps', () => {
    let h = emptyHistory();
    let doc: Doc = { title: '', n: 0 };
    [h, doc] = edit(h, doc, { n: 1 }, null);
    [h, doc] = edit(h, doc, { n: 2 }, null);
    [h, doc] = edit(h, doc, { title: 'a' }, 'title');
    [h, doc] = edit(h, doc, { n: 3 }, 'move');
    expect(h.past).toHaveLength(4);
  });

  it('redoes what was undone and forgets it after a new edit', () => {
    let h = emptyHistory();
    let doc: Doc = { title: '', n: 0 };
    [h, doc] = edit(h, doc, { n: 1 }, null);
    const undone = takeUndo(h)!;
    doc = applyPatches(doc, undone.entry.inversePatches);
    h = undone.history;
    expect(doc.n).toBe(0);
    const redone = takeRedo(h)!;
    expect(applyPatches(doc, redone.entry.patches).n).toBe(1);
    [h] = edit(undone.history, doc, { n: 5 }, null);
    expect(takeRedo(h)).toBeNull();
  });

  it('does not merge a new edit into a step that was undone and redone', () => {
    let h = emptyHistory();
    let doc: Doc = { title: '', n: 0 };
    [h, doc] = edit(h, doc, { title: 'a' }, 'title');
    h = takeRedo(takeUndo(h)!.history)!.history;
    [h, doc] = edit(h, doc, { title: 'ab' }, 'title');
    expect(h.past).toHaveLength(2);
  });
});
