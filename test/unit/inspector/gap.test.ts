import { describe, expect, it } from 'vitest';
import { experienceGap } from '../../../shared/model';
import { gapTone, gapWording } from '../../../renderer/inspector/gap';

describe('experience gap', () => {
  it('is experience minus expectation once both are rated', () => {
    expect(experienceGap({ expectation: 5, experience: 3 })).toBe(-2);
    expect(experienceGap({ expectation: 2, experience: 4 })).toBe(2);
    expect(experienceGap({ expectation: null, experience: 4 })).toBeNull();
    expect(experienceGap({ expectation: 3, experience: null })).toBeNull();
  });

  it('is worded the way the room says it, with a true minus sign', () => {
    expect(gapWording(-2)).toBe('\u22122: below expectation');
    expect(gapWording(0)).toBe('0: meets expectation');
    expect(gapWording(1)).toBe('+1: above expectation');
    expect(gapWording(null)).toMatch(/rate expectation and experience/i);
  });

  it('has a tone for each side of the promise', () => {
    expect([-1, 0, 3, null].map(gapTone)).toEqual(['below', 'meets', 'above', 'unknown']);
  });
});
