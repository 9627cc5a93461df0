import { useSyncExternalStore } from 'react';

/** View state: what the user has picked. Not part of the document and never undone. */
export interface Selection {
  blueprintId: string | null;
  cardIds: string[];
  /** The selected connector, edited in the canvas's connector panel. */
  connectorId: string | null;
}

let selection: Selection = { blueprintId: null, cardIds: [], connectorId: null };
const listeners = new Set<() => void>();

function set(next: Selection): void {
  selection = next;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSelection(): Selection {
  return useSyncExternalStore(subscribe, getSelection);
}

export function getSelection(): Selection {
  return selection;
}

export function selectCards(ids: string[]): void {
  const same = ids.length === selection.cardIds.length && ids.every((id, i) => id === selection.cardIds[i]);
  if (!same) set({ ...selection, cardIds: [...ids], connectorId: ids.length ? null : selection.connectorId });
}

export function selectConnector(id: string | null): void {
  if (id !== selection.connectorId) set({ ...selection, connectorId: id, cardIds: id ? [] : selection.cardIds });
}

export function selectBlueprint(id: string): void {
  if (id !== selection.blueprintId) set({ blueprintId: id, cardIds: [], connectorId: null });
}

export function resetSelection(blueprintId: string | null): void {
  set({ blueprintId, cardIds: [], connectorId: null });
}
