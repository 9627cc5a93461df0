import { useSyncExternalStore } from 'react';
import { mergeCopy } from '../../shared/commands/mergeCopy';
import type { Side } from '../../shared/merge/record';
import type { MergeReview } from '../../shared/merge/review';
import { api } from '../api';
import { announce } from '../feedback/announce';
import { dispatch, getDoc, getSession } from '../state/documentStore';

/** The "Merge a copy" screen: which file, the host's review of it, and the choices made so far. */
export interface MergeState {
  open: boolean;
  /** The other copy's path, once chosen. */
  path: string;
  review: MergeReview | null;
  choices: ReadonlyMap<string, Side>;
  busy: boolean;
  problem: string | null;
}

const CLOSED: MergeState = { open: false, path: '', review: null, choices: new Map(), busy: false, problem: null };
let state: MergeState = CLOSED;
/** Numbers the reviews asked for: only the last one's answer is shown (choices may follow each other quickly). */
let asked = 0;
const listeners = new Set<() => void>();

function set(patch: Partial<MergeState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

export function useMerge(): MergeState {
  return useSyncExternalStore((l) => (listeners.add(l), () => listeners.delete(l)), () => state);
}

/** Opens the screen; with a path (the conflict notice knows it) the review starts at once. */
export function openMerge(path?: string): void {
  state = { ...CLOSED, open: true, path: path ?? '' };
  for (const listener of listeners) listener();
  if (path) void reviewCopy(path);
}

export function closeMerge(): void {
  set(CLOSED);
}

/** Asks the host to merge the copy at `path` with the choices made, for review. Nothing changes yet. */
export async function reviewCopy(path: string, choices: ReadonlyMap<string, Side> = new Map()): Promise<void> {
  const session = getSession();
  if (!session) return;
  const mine = ++asked;
  set({ path, busy: true, problem: null, choices });
  const result = await api['workshop.mergeReview']({ session: session.session, path, choices: [...choices].map(([key, side]) => ({ key, side })) });
  if (!state.open || mine !== asked) return;
  if (result.ok) set({ review: result.value, busy: false });
  else set({ busy: false, problem: result.error.message });
}

/** Decides one conflict; the host merges again so the preview and the records follow the choice. */
export function choose(key: string, side: Side): void {
  const choices = new Map(state.choices);
  choices.set(key, side);
  void reviewCopy(state.path, choices);
}

/** Applies the reviewed merge as one edit, which Undo takes back whole. */
export function applyMerge(): void {
  const review = state.review;
  if (!review || state.busy) return;
  const before = getDoc();
  dispatch(mergeCopy, { token: review.token, records: review.ops });
  if (getDoc() === before && review.ops.length) return set({ problem: 'The merge could not be applied; see the message above the canvas.' });
  announce(`Merged ${review.file}: ${review.added} added, ${review.changed} changed, ${review.deleted} deleted.`);
  closeMerge();
}
