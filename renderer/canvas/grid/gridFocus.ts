import { useSyncExternalStore } from 'react';
import type { Id } from '../../../shared/model';
import { getDoc } from '../../state/documentStore';
import { selectCards } from '../../state/selection';
import { focusCard, focusWhenRendered, revealOnCanvas } from '../focus';
import type { GridFocus } from './gridModel';

export interface Cell { laneId: Id; stepId: Id }

/**
 * The blueprint's current cell: the one the Tab key lands on (one tab stop for the whole grid, a
 * roving tabindex), which is always rendered even when it is off screen. Follows the focus.
 */
let current: Cell | null = null;
const listeners = new Set<() => void>();

export function getCurrentCell(): Cell | null {
  return current;
}

export function setCurrentCell(cell: Cell | null): void {
  if (cell?.laneId === current?.laneId && cell?.stepId === current?.stepId) return;
  current = cell;
  for (const l of listeners) l();
}

export function useCurrentCell(): Cell | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}

export const cellSelector = (laneId: Id, stepId: Id): string => `.fs-cell[data-lane="${CSS.escape(laneId)}"][data-step="${CSS.escape(stepId)}"]`;

/** The cell that has keyboard focus, if a cell has it. */
export function focusedCell(): Cell | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el?.classList.contains('fs-cell')) return null;
  const { lane, step } = el.dataset;
  return lane && step ? { laneId: lane, stepId: step } : null;
}

/** Moves keyboard focus to a cell, bringing it into view; the selected cards are let go. */
export function focusCell(laneId: Id, stepId: Id): void {
  const doc = getDoc();
  if (!doc.lanes[laneId] || !doc.steps[stepId]) return;
  selectCards([]);
  setCurrentCell({ laneId, stepId });
  revealOnCanvas({ kind: 'cell', laneId, stepId });
  focusWhenRendered(() => document.querySelector<HTMLElement>(cellSelector(laneId, stepId)));
}

/** Moves keyboard focus to a lane, stage or step header. */
export function focusHeader(kind: 'lane' | 'stage' | 'step', id: Id): void {
  revealOnCanvas({ kind, id });
  focusWhenRendered(() => document.querySelector<HTMLElement>(`.fs-canvas [data-header-id="${CSS.escape(id)}"]`));
}

export function focusGrid(focus: GridFocus): void {
  if (focus.kind === 'card') {
    selectCards([focus.id]);
    focusCard(focus.id);
  } else if (focus.kind === 'cell') focusCell(focus.laneId, focus.stepId);
  else focusHeader(focus.kind, focus.id);
}
