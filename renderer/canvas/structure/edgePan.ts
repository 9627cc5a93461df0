import type { ReactFlowState } from '@xyflow/react';

/** How close to the canvas's edge (screen px) a dragged header starts the view moving. */
const EDGE = 48;
/** Screen px per frame at the very edge or beyond it. */
const MAX_STEP = 18;

type Store = { getState: () => Pick<ReactFlowState, 'domNode' | 'panBy'> };

/** Pan per frame for a pointer at `at` between `start` and `end`: faster the deeper into an edge zone. */
export function edgeStep(at: number, start: number, end: number): number {
  if (at < start + EDGE) return Math.min(1, (start + EDGE - at) / EDGE) * MAX_STEP;
  if (at > end - EDGE) return -Math.min(1, (at - (end - EDGE)) / EDGE) * MAX_STEP;
  return 0;
}

/**
 * While a header is held near the canvas's edge along its axis, pans the view a little every
 * frame towards that edge (until the blueprint's pan limit), and calls `onPanned` after each step
 * so the drag can place the header again under the still pointer.
 */
export function edgePan(store: Store, axis: 'x' | 'y', onPanned: () => void): { follow: (clientX: number, clientY: number) => void; stop: () => void } {
  let pointer: { x: number; y: number } | null = null;
  let frame = 0;
  const step = (): number => {
    const box = store.getState().domNode?.getBoundingClientRect();
    if (!box || !pointer) return 0;
    return axis === 'x' ? edgeStep(pointer.x, box.left, box.right) : edgeStep(pointer.y, box.top, box.bottom);
  };
  const tick = () => {
    frame = 0;
    const by = step();
    if (!by) return;
    void store.getState().panBy(axis === 'x' ? { x: by, y: 0 } : { x: 0, y: by }).then((panned) => {
      if (!panned || !pointer) return;
      onPanned();
      if (!frame) frame = requestAnimationFrame(tick);
    });
  };
  return {
    follow(clientX, clientY) {
      pointer = { x: clientX, y: clientY };
      if (!frame && step()) frame = requestAnimationFrame(tick);
    },
    stop() {
      pointer = null;
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
