import { describe, expect, it } from 'vitest';
import { layoutBlueprint } from '../../../shared/layout';
import { neighbour, readingOrder } from '../../../renderer/canvas/navigation';
import { generateDoc } from '../../fixtures/generate';

// 6 lanes × 4 steps, one card per cell: card c sits in lane c % 6, step floor(c / 6).
const doc = generateDoc({ cards: 24, stages: 2, stepsPerStage: 2 });
const layout = layoutBlueprint(doc, 'bp1');

describe('arrow-key focus order', () => {
  it('moves along the lane for left and right', () => {
    expect(neighbour(layout, 'card7', 'right')).toBe('card13');
    expect(neighbour(layout, 'card7', 'left')).toBe('card1');
    expect(neighbour(layout, 'card1', 'left')).toBeNull();
    expect(neighbour(layout, 'card19', 'right')).toBeNull();
  });

  it('moves along the column for up and down', () => {
    expect(neighbour(layout, 'card7', 'down')).toBe('card8');
    expect(neighbour(layout, 'card7', 'up')).toBe('card6');
    expect(neighbour(layout, 'card6', 'up')).toBeNull();
  });

  it('reads lane by lane, left to right', () => {
    expect(readingOrder(layout).slice(0, 5)).toEqual(['card0', 'card6', 'card12', 'card18', 'card1']);
  });

  it('has no neighbour for a card that is not laid out', () => {
    expect(neighbour(layout, 'missing', 'up')).toBeNull();
  });
});
