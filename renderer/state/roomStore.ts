import { useSyncExternalStore } from 'react';
import type { PresentPerson, PresenterView, PresenceUpdate } from '../../shared/room/presence';
import type { RoomState } from '../../shared/room/state';
import type { Push } from '../../shared/sync/protocol';

/**
 * View state of the room (docs/room.md), from what the host pushes: who is connected and what
 * each is editing, where the presenter looks, and the room itself. Not part of the document.
 */
export interface RoomView {
  people: PresentPerson[];
  presenter: PresenterView | null;
  room: RoomState | null;
  /** Set once the host has said anything about the room (a page from before it knew shows nothing). */
  heard: boolean;
  /** Why the host ended this page's connection for good (the room ended, this person was removed). */
  ended: string | null;
}

let view: RoomView = { people: [], presenter: null, room: null, heard: false, ended: null };
const listeners = new Set<() => void>();

function set(next: RoomView): void {
  view = next;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRoomView(): RoomView {
  return useSyncExternalStore(subscribe, () => view);
}

export function getRoomView(): RoomView {
  return view;
}

/** Takes the room's pushes; the document's own go to the sync client. */
export function takeRoomNews(push: Push): void {
  if (push.type === 'presence') set({ ...view, people: push.people, presenter: push.presenter });
  else if (push.type === 'room') set({ ...view, room: push.room, heard: true });
  else if (push.type === 'refused') lastWord = push.message;
}

/** The host's last word before it closed a connection (it says why). */
let lastWord: string | null = null;

/** The host closed this page's connection for good (close code 4403: removed; 4410: the room ended). */
export function connectionEnded(code: number): void {
  if (code === 4403 || code === 4410) set({ ...view, ended: lastWord ?? (code === 4403 ? 'The facilitator removed you from this room.' : 'The facilitator ended the room.') });
}

export function resetRoomView(): void {
  set({ people: [], presenter: null, room: null, heard: false, ended: null });
}

/** Sends what this window edits (and presents) when it changes, at most every 200 ms. */
export function presenceReporter(send: (update: PresenceUpdate) => void): (update: PresenceUpdate) => void {
  let last = '';
  let timer: ReturnType<typeof setTimeout> | null = null;
  let next: PresenceUpdate | null = null;
  return (update) => {
    const text = JSON.stringify(update);
    if (text === last) return;
    next = update;
    timer ??= setTimeout(() => {
      timer = null;
      last = JSON.stringify(next);
      send(next!);
    }, 200);
  };
}
