import { useSyncExternalStore } from 'react';

/** The latest thing the app said about what it did (undo, redo), with a counter so a repeat is new. */
export interface Announcement { text: string; id: number }

let latest: Announcement | null = null;
const listeners = new Set<() => void>();

/** Says `text` in the polite live region (and shows it for a moment). */
export function announce(text: string): void {
  latest = { text, id: (latest?.id ?? 0) + 1 };
  for (const l of listeners) l();
}

export function useAnnouncement(): Announcement | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => latest,
  );
}
