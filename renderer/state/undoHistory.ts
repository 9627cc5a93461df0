import type { Patch } from 'immer';

export interface HistoryEntry {
  label: string;
  patches: Patch[];
  inversePatches: Patch[];
  /** Consecutive edits with the same group (a drag, a typing burst) undo as one step. */
  group: string | null;
}

export interface UndoHistory {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

const LIMIT = 500;

export const emptyHistory = (): UndoHistory => ({ past: [], future: [] });

export function record(history: UndoHistory, entry: HistoryEntry): UndoHistory {
  const top = history.past[history.past.length - 1];
  if (top && entry.group !== null && top.group === entry.group && history.future.length === 0) {
    const merged: HistoryEntry = {
      label: top.label,
      group: top.group,
      patches: [...top.patches, ...entry.patches],
      inversePatches: [...entry.inversePatches, ...top.inversePatches],
    };
    return { past: [...history.past.slice(0, -1), merged], future: [] };
  }
  return { past: [...history.past, entry].slice(-LIMIT), future: [] };
}

/** Moves the latest entry to the redo side and returns it, or null when there is nothing to undo. */
export function takeUndo(history: UndoHistory): { history: UndoHistory; entry: HistoryEntry } | null {
  const entry = history.past[history.past.length - 1];
  if (!entry) return null;
  // A later edit with the same group must not merge into an entry that was undone and redone.
  const closed = { ...entry, group: null };
  return { entry, history: { past: history.past.slice(0, -1), future: [...history.future, closed] } };
}

export function takeRedo(history: UndoHistory): { history: UndoHistory; entry: HistoryEntry } | null {
  const entry = history.future[history.future.length - 1];
  if (!entry) return null;
  return { entry, history: { past: [...history.past, entry], future: history.future.slice(0, -1) } };
}
