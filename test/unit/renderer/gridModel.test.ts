import { describe, expect, it } from 'vitest';
import { layoutBlueprint } from '../../../shared/layout';
import { gridOf, move, type GridFocus } from '../../../renderer/canvas/grid/gridModel';
import { generateDoc } from '../../fixtures/generate';

// 6 lanes × 4 steps (2 stages of 2): card c sits in lane c % 6, step floor(c / 6); cards 0–23
// fill every cell once, cards 24 and 25 stack a second and third card in lane 0, step 0 and
// lane 1, step 1; lane 5, step 3 (card 23) is emptied.
const doc = generateDoc({ cards: 26, stages: 2, stepsPerStage: 2 });
const lanes = Object.values(doc.lanes).sort((a, b) => a.position - b.position).map((l) => l.id);
const steps = Object.values(doc.steps).sort((a, b) => a.stageId.localeCompare(b.stageId) || a.position - b.position).map((s) => s.id);
for (let c = 0; c < 24; c++) Object.assign(doc.cards[`card${c}`]!, { laneId: lanes[c % 6]!, stepId: steps[Math.floor(c / 6)]!, position: 0 });
Object.assign(doc.cards['card24']!, { laneId: lanes[0]!, stepId: steps[0]!, position: 1 });
Object.assign(doc.cards['card25']!, { laneId: lanes[1]!, stepId: steps[1]!, position: 1 });
delete doc.cards['card23'];
const grid = gridOf(layoutBlueprint(doc, 'bp1'));
const card = (id: string): GridFocus => ({ kind: 'card', id });
const cell = (l: number, s: number): GridFocus => ({ kind: 'cell', laneId: lanes[l]!, stepId: steps[s]! });

describe('the keyboard model of the grid', () => {
  it('reads a step as a column: a cell, its cards, the next lane\'s cell, never another step', () => {
    const walk: (GridFocus | null)[] = [cell(0, 0)];
    for (let i = 0; i < 10; i++) walk.push(move(grid, walk[walk.length - 1]!, 'down'));
    expect(walk.slice(0, 9)).toEqual([cell(0, 0), card('card0'), card('card24'), cell(1, 0), card('card1'), cell(2, 0), card('card2'), cell(3, 0), card('card3')]);
    expect(walk.filter(Boolean).every((f) => f!.kind === 'card' ? grid.cardAt.get(f!.id)?.stepId === steps[0] : (f as { stepId: string }).stepId === steps[0])).toBe(true);
    expect(move(grid, card('card5'), 'down')).toBeNull();
  });

  it('goes up the same way, into the step header above the first lane', () => {
    expect(move(grid, cell(1, 0), 'up')).toEqual(card('card24'));
    expect(move(grid, card('card0'), 'up')).toEqual(cell(0, 0));
    expect(move(grid, cell(0, 2), 'up')).toEqual({ kind: 'step', id: steps[2] });
    expect(move(grid, { kind: 'step', id: steps[2]! }, 'up')).toEqual({ kind: 'stage', id: doc.steps[steps[2]!]!.stageId });
    expect(move(grid, { kind: 'step', id: steps[2]! }, 'down')).toEqual(cell(0, 2));
  });

  it('keeps the lane for Left and Right, to the card at the same height or the cell when it is empty', () => {
    expect(move(grid, card('card24'), 'right')).toEqual(card('card6'));
    expect(move(grid, card('card25'), 'left')).toEqual(card('card1'));
    expect(move(grid, card('card17'), 'right')).toEqual(cell(5, 3));
    expect(move(grid, cell(5, 3), 'right')).toBeNull();
    expect(move(grid, cell(2, 1), 'left')).toEqual(cell(2, 0));
    expect(move(grid, cell(2, 0), 'left')).toEqual({ kind: 'lane', id: lanes[2] });
    expect(move(grid, { kind: 'lane', id: lanes[2]! }, 'right')).toEqual(cell(2, 0));
  });

  it('goes to the ends of a lane with Home and End, and of the grid with Ctrl+Home and Ctrl+End', () => {
    expect(move(grid, cell(3, 1), 'home')).toEqual(cell(3, 0));
    expect(move(grid, cell(3, 1), 'end')).toEqual(cell(3, 3));
    expect(move(grid, card('card9'), 'first')).toEqual(cell(0, 0));
    expect(move(grid, card('card9'), 'last')).toEqual(cell(5, 3));
    expect(move(grid, cell(0, 0), 'home')).toBeNull();
  });

  it('moves along the header rows and columns', () => {
    expect(move(grid, { kind: 'step', id: steps[1]! }, 'right')).toEqual({ kind: 'step', id: steps[2] });
    expect(move(grid, { kind: 'step', id: steps[3]! }, 'right')).toBeNull();
    expect(move(grid, { kind: 'lane', id: lanes[0]! }, 'up')).toBeNull();
    expect(move(grid, { kind: 'lane', id: lanes[0]! }, 'down')).toEqual({ kind: 'lane', id: lanes[1] });
    const stages = grid.stages.map((s) => s.id);
    expect(move(grid, { kind: 'stage', id: stages[0]! }, 'right')).toEqual({ kind: 'stage', id: stages[1] });
    expect(move(grid, { kind: 'stage', id: stages[1]! }, 'down')).toEqual({ kind: 'step', id: steps[2] });
  });

  it('has nowhere to go from something that is not in the grid', () => {
    expect(move(grid, card('missing'), 'up')).toBeNull();
    expect(move(grid, { kind: 'cell', laneId: 'nope', stepId: steps[0]! }, 'down')).toBeNull();
  });
});
