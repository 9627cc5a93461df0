import type { Viewport } from '@xyflow/react';
import type { BlueprintLayout } from '../../shared/layout';
import type { Area } from './controller';

export type Extent = [[number, number], [number, number]];

export const MIN_ZOOM = 0.08;
export const MAX_ZOOM = 2.5;
const PAN_MARGIN = 120;

/** Panning stops a little past the blueprint's edges, so it can never be lost off screen. */
export function panExtent(size: { width: number; height: number } | null): Extent {
  return [[-PAN_MARGIN, -PAN_MARGIN], [(size?.width ?? 0) + PAN_MARGIN, (size?.height ?? 0) + PAN_MARGIN]];
}

/** The whole grid, headers included, in a `width` × `height` pane, never above 100%. */
export function fitViewport(layout: BlueprintLayout, width: number, height: number): Viewport {
  const zoom = Math.min(1, (width - 24) / layout.width, (height - 24) / layout.height);
  return { x: Math.max(12, (width - layout.width * zoom) / 2), y: 12, zoom };
}

/** Below this zoom the 12 px step names read smaller than about 9 px. */
export const READABLE_ZOOM = 0.75;
const PAD = 12;

/**
 * What Fit shows: the whole blueprint when it fits at a readable zoom (centred, never above
 * 100%); else every lane, top to bottom, filling the canvas's height at a zoom no smaller than
 * readable, left to right from the step at the left edge of `current` (so the view does not jump
 * sideways), or from the start.
 */
export function fillViewport(layout: BlueprintLayout, width: number, height: number, current: Viewport): Viewport {
  const whole = Math.min((width - 2 * PAD) / layout.width, (height - 2 * PAD) / layout.height);
  if (whole >= READABLE_ZOOM) return fitViewport(layout, width, height);
  const zoom = Math.min(1, Math.max(READABLE_ZOOM, (height - 2 * PAD) / layout.height));
  const leftmost = (-current.x / current.zoom) + layout.laneHeaderWidth;
  const step = layout.steps.find((s) => s.x + s.width > leftmost);
  const from = step && step !== layout.steps[0] ? step.x - layout.laneHeaderWidth : 0;
  const span = layout.width * zoom;
  // Never past the end: the last step ends at the canvas's right edge rather than short of it.
  const x = span <= width - 2 * PAD ? (width - span) / 2 : Math.max(width - PAD - span, from === 0 ? PAD : -from * zoom);
  return { x, y: PAD, zoom };
}

/**
 * Where a blueprint opens: all of it when that is readable, else its start at a readable zoom
 * rather than a thumbnail of everything. Computed before the first render, so the canvas
 * renders and paints once instead of again after moving the view.
 */
export function openingViewport(layout: BlueprintLayout | null, width: number, height: number): Viewport {
  if (!layout) return { x: 0, y: 0, zoom: 1 };
  const whole = Math.min(width / layout.width, height / layout.height);
  const view = whole >= 0.55 ? fitViewport(layout, width, height) : { x: 0, y: 0, zoom: Math.min(0.8, Math.max(0.55, height / layout.height)) };
  return constrain({ ...view, zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.zoom)) }, width, height, panExtent(layout));
}

/** The view React Flow (d3-zoom) would settle on for `view` within `extent`, so both agree from the start. */
export function constrain(view: Viewport, width: number, height: number, extent: Extent): Viewport {
  const { x, y, zoom } = view;
  const dx0 = -x / zoom - extent[0][0];
  const dx1 = (width - x) / zoom - extent[1][0];
  const dy0 = -y / zoom - extent[0][1];
  const dy1 = (height - y) / zoom - extent[1][1];
  const sx = dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1);
  const sy = dy1 > dy0 ? (dy0 + dy1) / 2 : Math.min(0, dy0) || Math.max(0, dy1);
  return { x: x + zoom * sx, y: y + zoom * sy, zoom };
}

/** Screen px kept free around a framed area. */
const FRAME_PAD = 24;

/**
 * The view in which `area` fills a `width` × `height` canvas, centred, as large as MAX_ZOOM
 * allows, beside the sticky lane headers and under the sticky step headers (`headers`, in
 * blueprint units: they scale with the zoom), which would otherwise cover part of it.
 */
export function frameViewport(area: Area, width: number, height: number, headers: { left: number; top: number }): Viewport {
  const zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, (width - 2 * FRAME_PAD) / (area.width + headers.left), (height - 2 * FRAME_PAD) / (area.height + headers.top)));
  const slackX = width - 2 * FRAME_PAD - (area.width + headers.left) * zoom;
  const slackY = height - 2 * FRAME_PAD - (area.height + headers.top) * zoom;
  return {
    x: FRAME_PAD + slackX / 2 + (headers.left - area.x) * zoom,
    y: FRAME_PAD + slackY / 2 + (headers.top - area.y) * zoom,
    zoom,
  };
}
