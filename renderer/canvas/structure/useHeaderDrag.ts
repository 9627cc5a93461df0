import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { BlueprintLayout, Point } from '../../../shared/layout';
import { getDoc } from '../../state/documentStore';
import type { HeaderKind } from '../StickyHeaders';
import { edgePan } from './edgePan';
import { headerDrop, type HeaderDrop } from './headerDrop';
import { runHeaderMove } from './runHeaderMove';

/** Screen pixels the pointer travels before a press on a header becomes a drag, so clicks stay clicks. */
const THRESHOLD = 4;

/** The header being dragged: how far it has travelled along its axis (blueprint units) and where it would land. */
export interface HeaderDragView {
  kind: HeaderKind;
  id: string;
  offset: number;
  drop: HeaderDrop | null;
}

/** The lifted look and offset of a header while it (or, for a step, its stage) is dragged. */
export function lift(view: HeaderDragView | null, kind: HeaderKind, id: string, stageId?: string): { className: string; style: { transform?: string } } {
  const moving = view && ((view.kind === kind && view.id === id) || (kind === 'step' && view.kind === 'stage' && view.id === stageId));
  if (!moving) return { className: '', style: {} };
  return { className: ' is-lifted', style: { transform: view.kind === 'lane' ? `translateY(${view.offset}px)` : `translateX(${view.offset}px)` } };
}

export type StartHeaderDrag = (kind: HeaderKind, id: string, event: ReactPointerEvent) => void;

/**
 * Dragging lane, stage and step headers to reorder them. Nothing is dispatched until the drop,
 * which is one move command (one undo step); Escape or losing the window cancels.
 */
export function useHeaderDrag(layout: BlueprintLayout): { view: HeaderDragView | null; start: StartHeaderDrag } {
  const store = useStoreApi();
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  const [view, setView] = useState<HeaderDragView | null>(null);
  const stopRef = useRef<(() => void) | null>(null);
  useEffect(() => () => stopRef.current?.(), []);

  const start = useCallback<StartHeaderDrag>((kind, id, event) => {
    // The ⋯ button and the rename field keep their own pointer behaviour.
    if (event.button !== 0 || (event.target as HTMLElement).closest('button, input')) return;
    stopRef.current?.();
    const header = event.currentTarget as HTMLElement;
    const { pointerId, clientX: startX, clientY: startY } = event;
    // Pointer to blueprint units through React Flow's current transform, so zoom and panning count.
    const toBlueprint = (cx: number, cy: number): Point => {
      const { domNode, transform: [tx, ty, zoom] } = store.getState();
      const box = domNode?.getBoundingClientRect();
      return { x: (cx - (box?.left ?? 0) - tx) / zoom, y: (cy - (box?.top ?? 0) - ty) / zoom };
    };
    const origin = toBlueprint(startX, startY);
    const axis = kind === 'lane' ? 'y' : 'x';
    let dragging = false;
    let drop: HeaderDrop | null = null;
    let last = { x: startX, y: startY };
    const place = () => {
      const p = toBlueprint(last.x, last.y);
      drop = headerDrop(layoutRef.current, kind, id, p);
      setView({ kind, id, offset: p[axis] - origin[axis], drop });
    };
    // Held near the edge, the view moves on, so a header can travel past what is on screen.
    const pan = edgePan(store, axis, place);

    const onMove = (e: PointerEvent) => {
      if (e.pointerId !== pointerId) return;
      if (!dragging) {
        if (Math.hypot(e.clientX - startX, e.clientY - startY) < THRESHOLD) return;
        dragging = true;
        if (header.isConnected) header.setPointerCapture(pointerId);
      }
      last = { x: e.clientX, y: e.clientY };
      place();
      pan.follow(e.clientX, e.clientY);
    };
    const finish = (commit: boolean) => {
      stop();
      if (!dragging) return;
      setView(null);
      const move = commit ? drop?.move(getDoc()) : null;
      if (move) runHeaderMove(move);
    };
    const onUp = (e: PointerEvent) => { if (e.pointerId === pointerId) finish(true); };
    const onCancel = () => finish(false);
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !dragging) return;
      // Escape ends the drag only, not whatever else listens for it (selection, presentation).
      e.preventDefault();
      e.stopPropagation();
      finish(false);
    };
    const stop = () => {
      pan.stop();
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onCancel);
      window.removeEventListener('blur', onCancel);
      window.removeEventListener('keydown', onKey, true);
      stopRef.current = null;
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onCancel);
    window.addEventListener('blur', onCancel);
    window.addEventListener('keydown', onKey, true);
    stopRef.current = () => { stop(); if (dragging) setView(null); };
  }, [store]);

  return { view, start };
}
