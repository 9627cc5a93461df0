import type { WorkshopDoc } from '../../../shared/model';
import type { BlueprintLayout, Point } from '../../../shared/layout';
import type { HeaderKind } from '../StickyHeaders';
import { laneTo, stageTo, stepTo, type HeaderMove } from './headerMoves';

/**
 * Where a dragged header would land, in blueprint units: the insertion line (`at` across the
 * lanes for a lane, down the columns for a stage or step), the stage receiving a step, and how
 * to get there from the document.
 */
export interface HeaderDrop {
  axis: 'x' | 'y';
  at: number;
  stageId?: string;
  move: (doc: WorkshopDoc) => HeaderMove | null;
}

const middle = (start: number, size: number) => start + size / 2;

/** Lanes go between the visible lanes; the pointer's height picks the gap. */
function laneDrop(layout: BlueprintLayout, laneId: string, y: number): HeaderDrop | null {
  const others = layout.lanes.filter((l) => l.id !== laneId);
  if (others.length === 0) return null;
  const slot = others.filter((l) => middle(l.y, l.height) < y).length;
  const below = others[slot];
  const above = others[slot - 1];
  const beforeId = below?.id ?? null;
  return { axis: 'y', at: below ? below.y : above!.y + above!.height, move: (doc) => laneTo(doc, laneId, beforeId) };
}

function stageDrop(layout: BlueprintLayout, stageId: string, x: number): HeaderDrop | null {
  const others = layout.stages.filter((s) => s.id !== stageId);
  if (others.length === 0) return null;
  const index = others.filter((s) => middle(s.x, s.width) < x).length;
  const right = others[index];
  const left = others[index - 1];
  return { axis: 'x', at: right ? right.x : left!.x + left!.width, move: (doc) => stageTo(doc, stageId, index) };
}

/**
 * Steps go into the stage under the pointer (the nearest end one past either edge), between
 * its other steps; a stage left with no other step takes it in its middle.
 */
function stepDrop(layout: BlueprintLayout, stepId: string, x: number): HeaderDrop | null {
  const stages = layout.stages;
  const stage = stages.find((s) => x < s.x + s.width) ?? stages[stages.length - 1];
  if (!stage) return null;
  const others = layout.steps.filter((s) => s.stageId === stage.id && s.id !== stepId);
  const index = others.filter((s) => middle(s.x, s.width) < x).length;
  const right = others[index];
  const left = others[index - 1];
  const at = right ? right.x : left ? left.x + left.width : middle(stage.x, stage.width);
  return { axis: 'x', at, stageId: stage.id, move: (doc) => stepTo(doc, stepId, stage.id, index) };
}

/** The drop for the header `id` of `kind` with the pointer at `p` (blueprint units). */
export function headerDrop(layout: BlueprintLayout, kind: HeaderKind, id: string, p: Point): HeaderDrop | null {
  if (kind === 'lane') return laneDrop(layout, id, p.y);
  if (kind === 'stage') return stageDrop(layout, id, p.x);
  return stepDrop(layout, id, p.x);
}
