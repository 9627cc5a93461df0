import { describe, expect, it } from 'vitest';
import { layoutBlueprint } from '../../../shared/layout';
import { cellAt, cardsInCell, dropTarget } from '../../../renderer/canvas/geometry';
import { generateDoc } from '../../fixtures/generate';

const doc = generateDoc({ cards: 60, stages: 2, stepsPerStage: 3 });
const layout = layoutBlueprint(doc, 'bp1');
const lane = (id: string) => layout.lanes.find((l) => l.id === id)!;
const step = (id: string) => layout.steps.find((s) => s.id === id)!;

describe('drop target from layout geometry', () => {
  it('finds the cell under a point and nothing outside the grid', () => {
    const l = lane('lane2');
    const s = step('step1-0');
    expect(cellAt(layout, { x: s.x + 5, y: l.y + 5 })).toEqual({ laneId: 'lane2', stepId: 'step1-0' });
    expect(cellAt(layout, { x: 10, y: l.y + 5 })).toBeNull(); // lane header column
    expect(cellAt(layout, { x: s.x + 5, y: 5 })).toBeNull(); // stage header row
    expect(cellAt(layout, { x: layout.width + 10, y: l.y + 5 })).toBeNull();
  });

  it('places a drop above the first card whose middle is below the point', () => {
    const cell = { laneId: 'lane0', stepId: 'step0-0' };
    const cards = cardsInCell(layout, cell);
    expect(cards.length).toBeGreaterThan(1);
    const [first, second] = cards;
    const x = first!.x + 10;
    expect(dropTarget(layout, { x, y: first!.y + 1 }, new Set())).toEqual({ ...cell, index: 0 });
    expect(dropTarget(layout, { x, y: second!.y + second!.height / 2 - 1 }, new Set())).toEqual({ ...cell, index: 1 });
    expect(dropTarget(layout, { x, y: lane('lane0').y + lane('lane0').height - 2 }, new Set())).toEqual({ ...cell, index: cards.length });
  });

  it('does not count the cards being moved', () => {
    const cell = { laneId: 'lane0', stepId: 'step0-0' };
    const [first, second] = cardsInCell(layout, cell);
    const point = { x: second!.x + 10, y: second!.y + second!.height - 1 };
    expect(dropTarget(layout, point, new Set())!.index).toBe(2);
    expect(dropTarget(layout, point, new Set([first!.id]))!.index).toBe(1);
  });
});
