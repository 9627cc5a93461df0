import { useSyncExternalStore } from 'react';

/** The card whose title is being typed inline; `isNew` cards are discarded when left empty. */
export interface Editing {
  cardId: string;
  isNew: boolean;
  /** The card typed just before this one, where focus returns when this one is discarded. */
  after?: string;
  /** The step where typing began in this lane: Enter on an empty new card starts the next lane there. */
  rowStart?: string;
}

let editing: Editing | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getEditing(): Editing | null {
  return editing;
}

export function setEditing(next: Editing | null): void {
  editing = next;
  for (const l of listeners) l();
}

/** True only for the card being edited, so a change re-renders two cards, not all of them. */
export function useIsEditing(cardId: string): boolean {
  return useSyncExternalStore(subscribe, () => editing?.cardId === cardId);
}
