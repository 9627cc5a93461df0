import type { Viewport } from '@xyflow/react';

export interface Box { x: number; y: number; width: number; height: number }

/** The part of the pane that shows cards: inside the sticky headers, with a margin. */
export interface Frame { left: number; top: number; right: number; bottom: number }

/**
 * The view that shows `box` moving as little as possible: unchanged when the box is already
 * inside the frame, else shifted along each axis just far enough (to its start when the box is
 * larger than the frame). Zoom stays.
 */
export function followViewport(view: Viewport, box: Box, frame: Frame): Viewport | null {
  const dx = shift(box.x * view.zoom + view.x, box.width * view.zoom, frame.left, frame.right);
  const dy = shift(box.y * view.zoom + view.y, box.height * view.zoom, frame.top, frame.bottom);
  return dx === 0 && dy === 0 ? null : { x: view.x + dx, y: view.y + dy, zoom: view.zoom };
}

function shift(start: number, size: number, min: number, max: number): number {
  if (start >= min && start + size <= max) return 0;
  if (size > max - min || start < min) return min - start;
  return max - (start + size);
}

/** Of several boxes, the one nearest the middle of the frame (in screen pixels). */
export function nearestToView<T extends Box>(view: Viewport, boxes: readonly T[], frame: Frame): T | null {
  const cx = (frame.left + frame.right) / 2;
  const cy = (frame.top + frame.bottom) / 2;
  let best: T | null = null;
  let bestDistance = Infinity;
  for (const b of boxes) {
    const x = (b.x + b.width / 2) * view.zoom + view.x;
    const y = (b.y + b.height / 2) * view.zoom + view.y;
    const d = (x - cx) ** 2 + (y - cy) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = b;
    }
  }
  return best;
}
