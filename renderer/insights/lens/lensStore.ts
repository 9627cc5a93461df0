import { useSyncExternalStore } from 'react';
import type { Id } from '../../../shared/model';
import { NO_FILTERS, hasFilters, type LensFilters } from './predicates';

/**
 * Cards picked out on the canvas by the Insights panel (a root cause and what it drags down,
 * the handoffs, the fail points…), with the connectors that belong to the story.
 */
export interface Highlight {
  /** What the find bar says is shown, e.g. "Root cause: Legacy CRM, and 3 touchpoints it drags down". */
  label: string;
  cardIds: readonly Id[];
  connectorIds: readonly Id[];
  /** Lines from card to card where no connector joins them (a root cause named on a touchpoint). */
  links: readonly (readonly [Id, Id])[];
  /** The card the view goes to first (e.g. the root cause); null for the one nearest the view. */
  focusId: Id | null;
}

/** View state of find and lenses: never in the document, never undone. */
export interface LensState {
  /** The find bar is shown. */
  open: boolean;
  query: string;
  filters: LensFilters;
  highlight: Highlight | null;
  /** The match the view follows; null until one is picked for the current matches. */
  currentId: Id | null;
  /** Bumped each time the view should go to the current match (a new search, Enter, next, previous). */
  follow: number;
  /** Ctrl/Cmd+F asked for the focus in the search box (also when the bar is already open). */
  wantsFocus: boolean;
}

const INITIAL: LensState = { open: false, query: '', filters: NO_FILTERS, highlight: null, currentId: null, follow: 0, wantsFocus: false };
let state: LensState = INITIAL;
const listeners = new Set<() => void>();

function set(patch: Partial<LensState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

export function getLens(): LensState {
  return state;
}

export function useLens(): LensState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    getLens,
  );
}

/** Whether anything narrows the canvas now (an open, empty find bar does not). */
export function lensActive(s: LensState = state): boolean {
  return s.highlight !== null || s.query.trim() !== '' || hasFilters(s.filters);
}

/** Ctrl/Cmd+F: shows the find bar and puts the focus in its search box. */
export function openFind(): void {
  set({ open: true, wantsFocus: true });
}

/** The search box took the focus Ctrl/Cmd+F asked for. */
export function focusTaken(): void {
  if (state.wantsFocus) set({ wantsFocus: false });
}

/** Shows the find bar (with the lenses a view just set) and leaves the focus where it is. */
export function showFind(): void {
  if (!state.open) set({ open: true });
}

export function setQuery(query: string): void {
  set({ query, highlight: null, currentId: null, follow: state.follow + 1 });
}

export function setFilters(patch: Partial<LensFilters>): void {
  set({ filters: { ...state.filters, ...patch }, highlight: null, currentId: null, follow: state.follow + 1 });
}

/** Shows a highlight from the Insights panel in place of any search, and opens the find bar to say so. */
export function showHighlight(highlight: Highlight): void {
  set({ open: true, query: '', filters: NO_FILTERS, highlight, currentId: highlight.focusId, follow: state.follow + 1 });
}

/** Picks the match the view follows without moving it (it is where the view already is). */
export function settleCurrent(id: Id | null): void {
  if (id !== state.currentId) set({ currentId: id });
}

/** Steps to the next (1) or previous (-1) of `matches`, wrapping around, and moves the view there. */
export function step(matches: readonly Id[], delta: 1 | -1): void {
  if (matches.length === 0) return;
  const at = state.currentId === null ? -1 : matches.indexOf(state.currentId);
  const next = at === -1 ? (delta === 1 ? 0 : matches.length - 1) : (at + delta + matches.length) % matches.length;
  set({ currentId: matches[next]!, follow: state.follow + 1 });
}

/** Everything back as it was before the first search: no find bar, no dimming. */
export function clearLens(): void {
  if (state === INITIAL) return;
  set({ ...INITIAL, follow: state.follow });
}
