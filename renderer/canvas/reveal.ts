import type { Viewport } from '@xyflow/react';
import type { BlueprintLayout } from '../../shared/layout';
import type { RevealTarget } from './focus';

/** A box in blueprint coordinates; an axis left out is not to be brought into view. */
export interface Span { x?: [number, number]; y?: [number, number] }

/** Screen px kept between a revealed box and the edge of what is visible. */
const MARGIN = 12;

/**
 * How far to move one axis so that [a, b] (screen px) lies within [lo, hi]: the least amount,
 * nothing when it is already inside (flush with an edge counts: the first cell of a blueprint
 * opened at its corner must not nudge the view); a box larger than the space shows its start.
 */
function along(a: number, b: number, lo: number, hi: number): number {
  if (a >= lo && b <= hi) return 0;
  if (b - a > hi - lo - 2 * MARGIN) return a < lo || a > hi ? lo + MARGIN - a : 0;
  if (a < lo + MARGIN) return lo + MARGIN - a;
  if (b > hi - MARGIN) return hi - MARGIN - b;
  return 0;
}

/**
 * The view that shows `span` by moving the least: the blueprint pans (never zooms) until the box
 * is clear of the sticky lane and step headers and of the pane's edges, and stays put when it
 * already is. `pane` is the canvas's size in screen px; `bottom` is screen px covered at the foot.
 */
export function revealView(view: Viewport, pane: { width: number; height: number }, layout: BlueprintLayout, span: Span, bottom = 0): Viewport {
  const { x, y, zoom } = view;
  let dx = 0;
  let dy = 0;
  if (span.x) dx = along(span.x[0] * zoom + x, span.x[1] * zoom + x, layout.laneHeaderWidth * zoom, pane.width);
  if (span.y) dy = along(span.y[0] * zoom + y, span.y[1] * zoom + y, (layout.stageHeaderHeight + layout.stepHeaderHeight) * zoom, pane.height - bottom);
  return { x: x + dx, y: y + dy, zoom };
}

/** The box to bring into view for a card, a cell, or a header (along its own axis only). */
export function spanOf(layout: BlueprintLayout, target: RevealTarget): Span | null {
  if (target.kind === 'card') {
    const box = layout.cards.find((c) => c.id === target.id);
    return box ? { x: [box.x, box.x + box.width], y: [box.y, box.y + box.height] } : null;
  }
  if (target.kind === 'cell') {
    const lane = layout.lanes.find((l) => l.id === target.laneId);
    const step = layout.steps.find((s) => s.id === target.stepId);
    return lane && step ? { x: [step.x, step.x + step.width], y: [lane.y, lane.y + lane.height] } : null;
  }
  if (target.kind === 'lane') {
    const lane = layout.lanes.find((l) => l.id === target.id);
    return lane ? { y: [lane.y, lane.y + lane.height] } : null;
  }
  const column = target.kind === 'stage' ? layout.stages.find((s) => s.id === target.id) : layout.steps.find((s) => s.id === target.id);
  return column ? { x: [column.x, column.x + column.width] } : null;
}
