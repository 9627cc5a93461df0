import type { Patch } from 'immer';
import type { WorkshopDoc } from '../model/types';
import { carryCellIndex } from './cellIndex';
import { engine } from './engine';

/** One undo step: what it is called, and the patches that redo and undo it. */
export interface HistoryEntry {
  label: string;
  patches: Patch[];
  inversePatches: Patch[];
  /** Edits with the same group that follow each other within MERGE_WINDOW_MS make one step. */
  group: string | null;
  /** When the step was last extended (epoch ms): the merge window slides with a typing burst. */
  at: number;
}

/**
 * Undo/redo over immer patches, as immutable values: every operation returns a new History,
 * so a store can hold it next to the document and hand both to React.
 */
export interface History {
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  readonly limit: number;
  /** False once an undo or redo happened: the next edit starts a step of its own. */
  readonly open: boolean;
}

export const MERGE_WINDOW_MS = 1500;
export const DEFAULT_LIMIT = 500;

export function createHistory(limit: number = DEFAULT_LIMIT): History {
  return { past: [], future: [], limit: Math.max(1, Math.floor(limit)), open: false };
}

export interface Edit {
  label: string;
  patches: Patch[];
  inversePatches: Patch[];
  group?: string | null;
}

/**
 * Records an edit (e.g. what `run` returned) made at `now` (epoch ms). It merges into the
 * previous step when both carry the same non-empty group and it came within MERGE_WINDOW_MS.
 * An edit without patches changes nothing. Recording clears what could be redone.
 */
export function record(history: History, edit: Edit, now: number): History {
  if (!edit.patches.length) return history;
  const group = edit.group || null;
  const top = history.past[history.past.length - 1];
  if (history.open && top && group !== null && top.group === group && now - top.at <= MERGE_WINDOW_MS && now >= top.at) {
    const merged: HistoryEntry = {
      label: top.label,
      group,
      at: now,
      patches: [...top.patches, ...edit.patches],
      inversePatches: [...edit.inversePatches, ...top.inversePatches],
    };
    return { ...history, past: [...history.past.slice(0, -1), merged], future: [], open: true };
  }
  const entry: HistoryEntry = { label: edit.label, patches: edit.patches, inversePatches: edit.inversePatches, group, at: now };
  const past = [...history.past, entry];
  return { ...history, past: past.length > history.limit ? past.slice(past.length - history.limit) : past, future: [], open: true };
}

export interface Step {
  history: History;
  doc: WorkshopDoc;
  /** What turns the document before the step into `doc`: send these to main. */
  patches: Patch[];
  /** The label of the step that was undone or redone. */
  label: string;
}

function replay(doc: WorkshopDoc, patches: Patch[]): WorkshopDoc {
  const next = engine.applyPatches(doc, patches);
  carryCellIndex(doc.cards, next.cards, patches);
  return next;
}

/** Reverts the latest step, or returns null when there is nothing to undo. */
export function undo(history: History, doc: WorkshopDoc): Step | null {
  const entry = history.past[history.past.length - 1];
  if (!entry) return null;
  return {
    history: { ...history, past: history.past.slice(0, -1), future: [...history.future, entry], open: false },
    doc: replay(doc, entry.inversePatches),
    patches: entry.inversePatches,
    label: entry.label,
  };
}

/** Repeats the latest undone step, or returns null when there is nothing to redo. */
export function redo(history: History, doc: WorkshopDoc): Step | null {
  const entry = history.future[history.future.length - 1];
  if (!entry) return null;
  return {
    history: { ...history, past: [...history.past, entry], future: history.future.slice(0, -1), open: false },
    doc: replay(doc, entry.patches),
    patches: entry.patches,
    label: entry.label,
  };
}

export const canUndo = (history: History): boolean => history.past.length > 0;
export const canRedo = (history: History): boolean => history.future.length > 0;

/** For menus: "Undo Add card". Null when there is nothing to undo. */
export const undoLabel = (history: History): string | null => history.past[history.past.length - 1]?.label ?? null;
export const redoLabel = (history: History): string | null => history.future[history.future.length - 1]?.label ?? null;

/** Ends the current step, so the next edit cannot merge into it (e.g. when a field loses focus). */
export const closeStep = (history: History): History => (history.open ? { ...history, open: false } : history);
