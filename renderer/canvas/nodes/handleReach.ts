import { useSyncExternalStore } from 'react';

/*
 * Which cards carry their two connection handles. A handle is an element and a React Flow
 * component watching its store, and on a freshly opened blueprint the hidden handles of the
 * cards in view were half the cost of drawing those cards. A handle is only seen or used under
 * the pointer, so a card has them while the pointer is over it (or it is selected, see
 * CardNode), and every card has them while a connection is being drawn: React Flow ends a
 * connection on a handle element it finds in the page.
 */

let hovered: string | null = null;
let connecting = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed(): void {
  for (const l of listeners) l();
}

export function enterCard(cardId: string): void {
  if (hovered === cardId) return;
  hovered = cardId;
  changed();
}

export function leaveCard(cardId: string): void {
  if (hovered !== cardId) return;
  hovered = null;
  changed();
}

export function setConnecting(on: boolean): void {
  if (connecting === on) return;
  connecting = on;
  changed();
}

/** True for the card under the pointer, and for every card while a connection is drawn. */
export function useHandleReach(cardId: string): boolean {
  return useSyncExternalStore(subscribe, () => connecting || hovered === cardId);
}
