import { useSyncExternalStore } from 'react';
import { addConnector } from '../../../shared/commands/connectors';
import { setTouchpoint } from '../../../shared/commands/touchpoints';
import { newId, type Id } from '../../../shared/model';
import { dispatch, getDoc } from '../../state/documentStore';
import { announce } from '../../feedback/announce';

/**
 * Connecting by keyboard: C on a card makes it the source, the arrow keys go to the target
 * card, Enter there adds a flow connector (its kind and label are edited in the inspector);
 * Escape stops. The source is remembered here and ringed on the canvas meanwhile.
 */
let source: Id | null = null;
const listeners = new Set<() => void>();

function set(next: Id | null): void {
  source = next;
  for (const l of listeners) l();
}

export function connectingFrom(): Id | null {
  return source && getDoc().cards[source] ? source : null;
}

export function useConnectingFrom(): Id | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => source,
  );
}

const titleOf = (id: Id) => getDoc().cards[id]?.title || 'the untitled card';

export function startConnecting(cardId: Id): void {
  set(cardId);
  announce(`Connecting from ${titleOf(cardId)}: go to the card to connect to and press Enter, or Escape to stop.`);
}

export function cancelConnecting(): void {
  if (!source) return;
  set(null);
  announce('Stopped connecting.');
}

/** Adds the flow connector from the source to `targetId`; says so, or why not. */
export function finishConnecting(targetId: Id): void {
  const from = connectingFrom();
  set(null);
  if (!from) return;
  if (from === targetId) {
    announce('Stopped connecting.');
    return;
  }
  const id = newId('k');
  dispatch(addConnector, { id, from, to: targetId, kind: 'flow' });
  announce(getDoc().connectors[id] ? `Connected ${titleOf(from)} to ${titleOf(targetId)}.` : `${titleOf(from)} and ${titleOf(targetId)} are already connected.`);
}

/** T on a card: it becomes a touchpoint, or stops being one. */
export function toggleTouchpoint(cardId: Id): void {
  const card = getDoc().cards[cardId];
  if (!card) return;
  dispatch(setTouchpoint, { cardId, on: !card.touchpoint });
  announce(getDoc().cards[cardId]?.touchpoint ? `${titleOf(cardId)} is a touchpoint.` : `${titleOf(cardId)} is no longer a touchpoint.`);
}
