import { useSyncExternalStore } from 'react';
import type { Id } from '../../../shared/model';
import { revealOnCanvas } from '../focus';

export type HeaderKind = 'lane' | 'stage' | 'step';

/** The header whose name is being typed in place. */
export interface Renaming {
  kind: HeaderKind;
  id: Id;
  /**
   * Set for a header just added to be named (Tab past the last one, or a menu's Add): how to add
   * it again with the typed name, so adding and naming it is one undo step; the group of its add.
   */
  fresh?: { group: string; addNamed: (name: string, group?: string) => void };
}

let renaming: Renaming | null = null;
const listeners = new Set<() => void>();

export function getRenaming(): Renaming | null {
  return renaming;
}

function set(next: Renaming | null): void {
  renaming = next;
  for (const l of listeners) l();
}

/** Opens the name of a lane, stage or step for typing, in its header, bringing it into view. */
export function startRename(kind: HeaderKind, id: Id, fresh?: Renaming['fresh']): void {
  revealOnCanvas({ kind, id });
  set(fresh ? { kind, id, fresh } : { kind, id });
}

export function stopRenaming(): void {
  set(null);
}

/** True only for the header being renamed, so a change re-renders two headers, not all of them. */
export function useIsRenaming(kind: HeaderKind, id: Id): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => renaming?.kind === kind && renaming.id === id,
  );
}
