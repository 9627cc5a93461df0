import type { BlueprintLayout, CardBox, Point } from '../../shared/layout';

export interface Cell {
  laneId: string;
  stepId: string;
}

export interface DropTarget extends Cell {
  /** Where the dropped cards go among the cell's other cards, 0 = on top. */
  index: number;
}

/** The lane × step cell under a point of the blueprint, or null outside the grid. */
export function cellAt(layout: BlueprintLayout, point: Point): Cell | null {
  const lane = layout.lanes.find((l) => point.y >= l.y && point.y < l.y + l.height);
  const step = layout.steps.find((s) => point.x >= s.x && point.x < s.x + s.width);
  return lane && step ? { laneId: lane.id, stepId: step.id } : null;
}

/** Cards of one cell top to bottom, as laid out. */
export function cardsInCell(layout: BlueprintLayout, cell: Cell): CardBox[] {
  return layout.cards.filter((c) => c.laneId === cell.laneId && c.stepId === cell.stepId).sort((a, b) => a.y - b.y);
}

/**
 * Where cards dropped at `point` land: the cell under the point, placed before the first
 * other card whose middle lies below the point. Cards being moved do not count.
 */
export function dropTarget(layout: BlueprintLayout, point: Point, moving: ReadonlySet<string>): DropTarget | null {
  const cell = cellAt(layout, point);
  if (!cell) return null;
  const others = cardsInCell(layout, cell).filter((c) => !moving.has(c.id));
  const index = others.findIndex((c) => c.y + c.height / 2 > point.y);
  return { ...cell, index: index < 0 ? others.length : index };
}

/** The rectangle of a cell, for highlighting a drop target. */
export function cellRect(layout: BlueprintLayout, cell: Cell): { x: number; y: number; width: number; height: number } | null {
  const lane = layout.lanes.find((l) => l.id === cell.laneId);
  const step = layout.steps.find((s) => s.id === cell.stepId);
  return lane && step ? { x: step.x, y: lane.y, width: step.width, height: lane.height } : null;
}
