import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** Where the board is on screen: its top-left corner and its scale. */
export interface View { x: number; y: number; scale: number }

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 2.5;
const clamp = (s: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));

/** The whole of a width × height area fitted into a frame, centred. */
export function fitView(area: { x: number; y: number; width: number; height: number }, frame: { width: number; height: number }, margin = 12): View {
  const scale = clamp(Math.min((frame.width - 2 * margin) / area.width, (frame.height - 2 * margin) / area.height));
  return { scale, x: (frame.width - area.width * scale) / 2 - area.x * scale, y: (frame.height - area.height * scale) / 2 - area.y * scale };
}

/**
 * Pan and zoom of the participant's board with pointers alone: drag with one finger or the
 * mouse, pinch with two, the wheel zooms at the pointer. A drag that moved is not a tap, so a
 * card under the finger is not opened by panning over it.
 */
export function useBoardView(frame: RefObject<HTMLElement | null>, start: (size: { width: number; height: number }) => View) {
  const [view, setView] = useState<View | null>(null);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const moved = useRef(false);
  const viewRef = useRef<View | null>(null);
  viewRef.current = view;

  useEffect(() => {
    const el = frame.current;
    if (el && !viewRef.current) setView(start({ width: el.clientWidth, height: el.clientHeight }));
  }, [frame, start]);

  const zoomAt = useCallback((factor: number, at?: { x: number; y: number }) => {
    const el = frame.current;
    setView((v) => {
      if (!v || !el) return v;
      const point = at ?? { x: el.clientWidth / 2, y: el.clientHeight / 2 };
      const scale = clamp(v.scale * factor);
      const k = scale / v.scale;
      return { scale, x: point.x - (point.x - v.x) * k, y: point.y - (point.y - v.y) * k };
    });
  }, [frame]);

  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const local = (e: PointerEvent | WheelEvent) => {
      const r = el.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top };
    };
    const down = (e: PointerEvent) => {
      pointers.current.set(e.pointerId, local(e));
      if (pointers.current.size === 1) moved.current = false;
    };
    const move = (e: PointerEvent) => {
      const before = pointers.current.get(e.pointerId);
      if (!before) return;
      const now = local(e);
      const all = [...pointers.current.values()];
      if (all.length === 1) {
        const dx = now.x - before.x;
        const dy = now.y - before.y;
        if (!moved.current && Math.hypot(dx, dy) < 6) return;
        if (!moved.current) el.setPointerCapture(e.pointerId);
        moved.current = true;
        setView((v) => (v ? { ...v, x: v.x + dx, y: v.y + dy } : v));
      } else if (all.length === 2) {
        const other = all.find((p) => p !== before)!;
        const was = Math.hypot(before.x - other.x, before.y - other.y);
        const is = Math.hypot(now.x - other.x, now.y - other.y);
        moved.current = true;
        if (was > 0) zoomAt(is / was, { x: (now.x + other.x) / 2, y: (now.y + other.y) / 2 });
      }
      pointers.current.set(e.pointerId, now);
    };
    const up = (e: PointerEvent) => {
      pointers.current.delete(e.pointerId);
    };
    const wheel = (e: WheelEvent) => {
      e.preventDefault();
      if (e.ctrlKey || e.metaKey || Math.abs(e.deltaY) > 40) zoomAt(Math.exp(-e.deltaY / 300), local(e));
      else setView((v) => (v ? { ...v, x: v.x - e.deltaX, y: v.y - e.deltaY } : v));
    };
    // A tap after a drag must not open the card it ended on.
    const click = (e: MouseEvent) => {
      if (moved.current) {
        e.stopPropagation();
        e.preventDefault();
        moved.current = false;
      }
    };
    el.addEventListener('pointerdown', down);
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
    el.addEventListener('pointercancel', up);
    el.addEventListener('wheel', wheel, { passive: false });
    el.addEventListener('click', click, true);
    return () => {
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('pointercancel', up);
      el.removeEventListener('wheel', wheel);
      el.removeEventListener('click', click, true);
    };
  }, [frame, zoomAt]);

  return { view, setView, zoomAt };
}
