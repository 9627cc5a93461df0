import { useStore, type ReactFlowState } from '@xyflow/react';
import type { Rect } from './connectorPath';

/** About this many screen pixels a tile, whatever the zoom. */
const TILE_PX = 512;
/** The zoom rounded up to half an octave: tiles change size at these steps, not on every zoom frame. */
const zoomStep = (zoom: number) => 2 ** (Math.ceil(Math.log2(zoom) * 2) / 2);

/**
 * The part of the blueprint on screen, widened by half a tile and snapped outward to a grid of
 * tiles: it changes only when the view crosses a tile edge or a zoom step, so layers that draw
 * what is on screen re-render a few times per pan instead of on every frame.
 */
function tiledView(s: ReactFlowState): string {
  const [tx, ty, zoom] = s.transform;
  const step = zoomStep(zoom);
  const tile = TILE_PX / step;
  const snap = (v: number, up: boolean) => (up ? Math.ceil(v / tile) : Math.floor(v / tile)) * tile;
  const x0 = snap(-tx / zoom - tile / 2, false);
  const y0 = snap(-ty / zoom - tile / 2, false);
  const x1 = snap((s.width - tx) / zoom + tile / 2, true);
  const y1 = snap((s.height - ty) / zoom + tile / 2, true);
  return `${x0} ${y0} ${x1} ${y1}`;
}

export function useTiledView(): Rect {
  const [x0, y0, x1, y1] = useStore(tiledView).split(' ').map(Number) as [number, number, number, number];
  return { x0, y0, x1, y1 };
}
