import { describe, expect, it } from 'vitest';
import { edgeStep } from '../../../renderer/canvas/structure/edgePan';

describe('edgeStep', () => {
  it('does not move the view away from the edges', () => {
    expect(edgeStep(500, 0, 1000)).toBe(0);
    expect(edgeStep(48, 0, 1000)).toBe(0);
    expect(edgeStep(952, 0, 1000)).toBe(0);
  });

  it('moves towards the nearer edge, faster the closer the pointer, and no faster past it', () => {
    // Near the left or top edge the view moves right or down (positive), showing what lies before.
    expect(edgeStep(24, 0, 1000)).toBeGreaterThan(0);
    expect(edgeStep(4, 0, 1000)).toBeGreaterThan(edgeStep(24, 0, 1000));
    expect(edgeStep(-50, 0, 1000)).toBe(edgeStep(0, 0, 1000));
    expect(edgeStep(976, 0, 1000)).toBe(-edgeStep(24, 0, 1000));
    expect(edgeStep(1200, 100, 1100)).toBe(edgeStep(1100, 100, 1100));
  });
});
