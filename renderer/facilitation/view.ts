import { useSyncExternalStore } from 'react';

/**
 * View state of running the workshop: who the facilitator is voting or commenting as, which
 * panels float over the canvas, which round's results the cards show. Never in the document
 * and never undone; the panels' last state and the chime survive a reload through localStorage.
 */
export interface FacilitationView {
  /** The participant whose dots Add dot adds now; null: the first participant. */
  voterId: string | null;
  /** The participant a new comment is written as; null: the facilitator by name. */
  authorId: string | null;
  timerOpen: boolean;
  parkingOpen: boolean;
  /** The results panel, and the closed round whose results the cards show ('latest': the last one closed; null: none). */
  resultsOpen: boolean;
  resultsRound: string | 'latest' | null;
  /** Owners' department colours on the cards. */
  owners: boolean;
  chime: boolean;
  voteDialog: boolean;
}

const KEY = 'frontstage.facilitation';
const KEPT = ['timerOpen', 'parkingOpen', 'owners', 'chime'] as const;

function initial(): FacilitationView {
  const view: FacilitationView = {
    voterId: null, authorId: null, timerOpen: false, parkingOpen: false, resultsOpen: false, resultsRound: 'latest', owners: true, chime: true, voteDialog: false,
  };
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;
    for (const key of KEPT) if (typeof saved[key] === 'boolean') view[key] = saved[key];
  } catch {
    // Unreadable or unavailable storage: start with the defaults.
  }
  return view;
}

let view = initial();
const listeners = new Set<() => void>();

export function getView(): FacilitationView {
  return view;
}

export function setView(patch: Partial<FacilitationView>): void {
  view = { ...view, ...patch };
  if (KEPT.some((k) => k in patch)) {
    try {
      localStorage.setItem(KEY, JSON.stringify(Object.fromEntries(KEPT.map((k) => [k, view[k]]))));
    } catch {
      // Not remembering a panel is harmless.
    }
  }
  for (const l of listeners) l();
}

export function useView(): FacilitationView {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => view,
  );
}
