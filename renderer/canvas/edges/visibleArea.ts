import { useDeferredValue, useMemo } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import type { Rect } from './connectorPath';

const TILE = 512;

/**
 * The part of the blueprint on screen, widened by half a tile and snapped outward to a grid of
 * 512 px tiles: it changes only when the view crosses a tile edge, so layers that draw what is
 * on screen re-render a few times per pan instead of on every frame.
 */
function tiledView(s: Pick<ReactFlowState, 'transform' | 'width' | 'height'>): string {
  const [tx, ty, zoom] = s.transform;
  const snap = (v: number, up: boolean) => (up ? Math.ceil(v / TILE) : Math.floor(v / TILE)) * TILE;
  const x0 = snap(-tx / zoom - TILE / 2, false);
  const y0 = snap(-ty / zoom - TILE / 2, false);
  const x1 = snap((s.width - tx) / zoom + TILE / 2, true);
  const y1 = snap((s.height - ty) / zoom + TILE / 2, true);
  return `${x0} ${y0} ${x1} ${y1}`;
}

/** The part of the blueprint on screen, exactly: it changes on every frame of a pan. */
function screenView(s: ReactFlowState): string {
  const [tx, ty, zoom] = s.transform;
  return `${-tx / zoom} ${-ty / zoom} ${(s.width - tx) / zoom} ${(s.height - ty) / zoom}`;
}

/**
 * The tiled view, or until the canvas has painted once (`painted` false) just the screen:
 * opening a blueprint draws what is seen first and what is around it a frame later.
 * Once painted, a change of tile is a deferred update: the half tile around the screen leaves
 * time to draw it, so React renders it in slices between the frames of a pan instead of inside one.
 */
export function useTiledView(painted: boolean): Rect {
  const key = useStore(painted ? tiledView : screenView);
  // Deferred only once painted. A deferred value taken from the start would still hold the key
  // of the first render (an empty pane: no cards) when painting flips it on, for the deferred
  // renders of the opening were all overtaken: every card would leave and come back.
  const deferred = useDeferredValue(painted ? key : null);
  return useMemo(() => rectOf(painted ? deferred ?? key : key), [painted, deferred, key]);
}

/** The area a view key names. */
function rectOf(key: string): Rect {
  const [x0, y0, x1, y1] = key.split(' ').map(Number) as [number, number, number, number];
  return { x0, y0, x1, y1 };
}
