import { useCallback } from 'react';
import type { Id, WorkshopDoc } from '../../shared/model';
import { getDoc, useDoc } from '../state/documentStore';
import { getSelection, selectCards, useSelection } from '../state/selection';
import { getUi, setUi, useUi } from '../state/ui';
import { presentationStops, sameStops, type PresentationMode, type Stop } from './presentation';

/** Where the focus was when the presentation began, to give it back when it ends. */
let returnFocus: HTMLElement | null = null;

/**
 * Presents the open blueprint from its first stop: the toolbar and side panel make way, the
 * canvas takes the keyboard, and the view and focus come back as they were when it ends.
 */
export function startPresenting(): void {
  if (getUi().presentation) return;
  returnFocus = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  selectCards([]);
  setUi({ presentation: true, presentationStep: 0 });
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.fs-canvas')?.focus({ preventScroll: true }));
}

export function stopPresenting(): void {
  if (!getUi().presentation) return;
  setUi({ presentation: false, presentationOrderOpen: false });
  const back = returnFocus;
  returnFocus = null;
  requestAnimationFrame(() => {
    const target = back?.isConnected ? back : document.querySelector<HTMLElement>('.fs-toolbar [aria-label="Present"]');
    target?.focus({ preventScroll: true });
  });
}

export function togglePresenting(): void {
  if (getUi().presentation) stopPresenting();
  else startPresenting();
}

function stops(): Stop[] {
  const { blueprintId } = getSelection();
  return blueprintId ? presentationStops(getDoc(), blueprintId, getUi().presentationMode) : [];
}

/** Goes `by` stops on (or back), or to the first or last stop. */
export function stepPresentation(by: number | 'first' | 'last'): void {
  const count = stops().length;
  if (!count) return;
  const at = by === 'first' ? 0 : by === 'last' ? count - 1 : Math.max(0, Math.min(count - 1, getUi().presentationStep + by));
  if (at !== getUi().presentationStep) setUi({ presentationStep: at });
}

/** Walks by stages, cards or the set order from now on, starting again at the first stop. */
export function setPresentationMode(mode: PresentationMode): void {
  setUi({ presentationMode: mode, presentationStep: 0 });
}

/** The stops of the presentation and the one on screen (clamped, as cards may be deleted meanwhile). */
export function usePresentationStops(): { stops: Stop[]; index: number; stop: Stop | null } {
  const { blueprintId } = useSelection();
  const { presentationMode, presentationStep } = useUi();
  const select = useCallback((doc: WorkshopDoc) => (blueprintId ? presentationStops(doc, blueprintId, presentationMode) : []), [blueprintId, presentationMode]);
  const list = useDoc(select, sameStops);
  const index = Math.max(0, Math.min(presentationStep, list.length - 1));
  return { stops: list, index, stop: list[index] ?? null };
}

/** The step and lane names a card sits in, for the presentation bar. */
export function placeOf(doc: WorkshopDoc, cardId: Id): string {
  const card = doc.cards[cardId];
  if (!card) return '';
  return `${doc.steps[card.stepId]?.name ?? ''} · ${doc.lanes[card.laneId]?.name ?? ''}`;
}
