import type { BlueprintLayout } from '../../../shared/layout';
import type { Id } from '../../../shared/model';

/** What keyboard focus can rest on in the blueprint: a cell, a card, or a lane, stage or step header. */
export type GridFocus =
  | { kind: 'cell'; laneId: Id; stepId: Id }
  | { kind: 'card'; id: Id }
  | { kind: 'lane'; id: Id }
  | { kind: 'stage'; id: Id }
  | { kind: 'step'; id: Id };

export type GridMove = 'up' | 'down' | 'left' | 'right' | 'home' | 'end' | 'first' | 'last';

/** The visible lanes and the steps of a blueprint, with each cell's cards top to bottom. */
export interface Grid {
  lanes: Id[];
  steps: Id[];
  stages: { id: Id; steps: Id[] }[];
  stageOfStep: Map<Id, Id>;
  cards: Map<string, Id[]>;
  /** Where each card sits: its cell and its index among the cell's cards. */
  cardAt: Map<Id, { laneId: Id; stepId: Id; index: number }>;
}

export const cellKey = (laneId: Id, stepId: Id): string => `${laneId} ${stepId}`;

const grids = new WeakMap<BlueprintLayout, Grid>();

export function gridOf(layout: BlueprintLayout): Grid {
  const known = grids.get(layout);
  if (known) return known;
  const cards = new Map<string, Id[]>();
  const cardAt = new Map<Id, { laneId: Id; stepId: Id; index: number }>();
  for (const box of [...layout.cards].sort((a, b) => a.y - b.y)) {
    const key = cellKey(box.laneId, box.stepId);
    const list = cards.get(key) ?? [];
    cardAt.set(box.id, { laneId: box.laneId, stepId: box.stepId, index: list.length });
    list.push(box.id);
    cards.set(key, list);
  }
  const grid: Grid = {
    lanes: layout.lanes.map((l) => l.id),
    steps: layout.steps.map((s) => s.id),
    stages: layout.stages.map((g) => ({ id: g.id, steps: layout.steps.filter((s) => s.stageId === g.id).map((s) => s.id) })),
    stageOfStep: new Map(layout.steps.map((s) => [s.id, s.stageId])),
    cards,
    cardAt,
  };
  grids.set(layout, grid);
  return grid;
}

export const cardsOfCell = (grid: Grid, laneId: Id, stepId: Id): Id[] => grid.cards.get(cellKey(laneId, stepId)) ?? [];

const cell = (laneId: Id, stepId: Id): GridFocus => ({ kind: 'cell', laneId, stepId });

/** Where focus goes in a cell of `laneId` × `stepId` arriving at card `index`: that card (or the last), else the cell. */
function intoCell(grid: Grid, laneId: Id, stepId: Id, index: number): GridFocus {
  const cards = cardsOfCell(grid, laneId, stepId);
  const id = cards[Math.min(index, cards.length - 1)];
  return id ? { kind: 'card', id } : cell(laneId, stepId);
}

/**
 * Where a key moves focus. Each step is a column read top to bottom: a lane's cell, then its
 * cards, then the next lane's cell, so Up and Down never leave the step and reach every cell and
 * card on the way. Left and Right go to the neighbouring step of the same lane (the card at the
 * same height, else the cell), never skipping one. Past the first lane or step they reach the
 * step or lane header; headers move along their own row or column. Null when there is nowhere to go.
 */
export function move(grid: Grid, from: GridFocus, key: GridMove): GridFocus | null {
  switch (from.kind) {
    case 'cell': return fromCell(grid, from.laneId, from.stepId, key);
    case 'card': {
      const at = grid.cardAt.get(from.id);
      return at ? fromCard(grid, at.laneId, at.stepId, at.index, key) : null;
    }
    case 'lane': return fromLaneHeader(grid, from.id, key);
    case 'step': return fromStepHeader(grid, from.id, key);
    case 'stage': return fromStageHeader(grid, from.id, key);
  }
}

/** The step `by` columns away in the lane, or the first or last step; null past the edge. */
function stepAlong(grid: Grid, stepId: Id, key: GridMove): Id | null {
  const at = grid.steps.indexOf(stepId);
  if (at < 0) return null;
  if (key === 'home' || key === 'first') return grid.steps[0] ?? null;
  if (key === 'end' || key === 'last') return grid.steps[grid.steps.length - 1] ?? null;
  return grid.steps[at + (key === 'left' ? -1 : 1)] ?? null;
}

function fromCell(grid: Grid, laneId: Id, stepId: Id, key: GridMove): GridFocus | null {
  const lane = grid.lanes.indexOf(laneId);
  if (lane < 0 || !grid.steps.includes(stepId)) return null;
  if (key === 'first') return firstCell(grid);
  if (key === 'last') return lastCell(grid);
  if (key === 'up') {
    const above = grid.lanes[lane - 1];
    if (!above) return { kind: 'step', id: stepId };
    const cards = cardsOfCell(grid, above, stepId);
    return cards.length ? { kind: 'card', id: cards[cards.length - 1]! } : cell(above, stepId);
  }
  if (key === 'down') {
    const first = cardsOfCell(grid, laneId, stepId)[0];
    if (first) return { kind: 'card', id: first };
    const below = grid.lanes[lane + 1];
    return below ? cell(below, stepId) : null;
  }
  if (key === 'left' && stepId === grid.steps[0]) return { kind: 'lane', id: laneId };
  const step = stepAlong(grid, stepId, key);
  return step && step !== stepId ? cell(laneId, step) : null;
}

function fromCard(grid: Grid, laneId: Id, stepId: Id, index: number, key: GridMove): GridFocus | null {
  const cards = cardsOfCell(grid, laneId, stepId);
  if (key === 'first') return firstCell(grid);
  if (key === 'last') return lastCell(grid);
  if (key === 'up') return index > 0 ? { kind: 'card', id: cards[index - 1]! } : cell(laneId, stepId);
  if (key === 'down') {
    if (index < cards.length - 1) return { kind: 'card', id: cards[index + 1]! };
    const below = grid.lanes[grid.lanes.indexOf(laneId) + 1];
    return below ? cell(below, stepId) : null;
  }
  if (key === 'left' && stepId === grid.steps[0]) return { kind: 'lane', id: laneId };
  const step = stepAlong(grid, stepId, key);
  return step && step !== stepId ? intoCell(grid, laneId, step, index) : null;
}

function fromLaneHeader(grid: Grid, laneId: Id, key: GridMove): GridFocus | null {
  const at = grid.lanes.indexOf(laneId);
  if (at < 0) return null;
  if (key === 'right') return grid.steps[0] ? cell(laneId, grid.steps[0]) : null;
  const next =
    key === 'up' ? grid.lanes[at - 1] : key === 'down' ? grid.lanes[at + 1]
      : key === 'home' || key === 'first' ? grid.lanes[0] : key === 'end' || key === 'last' ? grid.lanes[grid.lanes.length - 1] : undefined;
  return next && next !== laneId ? { kind: 'lane', id: next } : null;
}

function fromStepHeader(grid: Grid, stepId: Id, key: GridMove): GridFocus | null {
  if (!grid.steps.includes(stepId)) return null;
  if (key === 'up') {
    const stage = grid.stageOfStep.get(stepId);
    return stage ? { kind: 'stage', id: stage } : null;
  }
  if (key === 'down') return grid.lanes[0] ? cell(grid.lanes[0], stepId) : null;
  const step = stepAlong(grid, stepId, key);
  return step && step !== stepId ? { kind: 'step', id: step } : null;
}

function fromStageHeader(grid: Grid, stageId: Id, key: GridMove): GridFocus | null {
  const at = grid.stages.findIndex((s) => s.id === stageId);
  if (at < 0) return null;
  if (key === 'down') {
    const step = grid.stages[at]!.steps[0];
    return step ? { kind: 'step', id: step } : null;
  }
  const next =
    key === 'left' ? grid.stages[at - 1] : key === 'right' ? grid.stages[at + 1]
      : key === 'home' || key === 'first' ? grid.stages[0] : key === 'end' || key === 'last' ? grid.stages[grid.stages.length - 1] : undefined;
  return next && next.id !== stageId ? { kind: 'stage', id: next.id } : null;
}

function firstCell(grid: Grid): GridFocus | null {
  const lane = grid.lanes[0];
  const step = grid.steps[0];
  return lane && step ? cell(lane, step) : null;
}

function lastCell(grid: Grid): GridFocus | null {
  const lane = grid.lanes[grid.lanes.length - 1];
  const step = grid.steps[grid.steps.length - 1];
  return lane && step ? cell(lane, step) : null;
}

/** The cell a focus belongs to: a cell itself, or a card's cell. */
export function cellOfFocus(grid: Grid, focus: GridFocus): { laneId: Id; stepId: Id } | null {
  if (focus.kind === 'cell') return { laneId: focus.laneId, stepId: focus.stepId };
  if (focus.kind === 'card') {
    const at = grid.cardAt.get(focus.id);
    return at ? { laneId: at.laneId, stepId: at.stepId } : null;
  }
  return null;
}
