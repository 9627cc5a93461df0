import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { measureText, wrapText } from '../../../shared/layout';

describe('wrapText cache', () => {
  it('gives the same lines the second time, as an array of its own', () => {
    const first = wrapText('Greets every guest at the door with a smile', 13, 120, 'bold');
    first.push('changed by a caller');
    const second = wrapText('Greets every guest at the door with a smile', 13, 120, 'bold');
    expect(second).not.toContain('changed by a caller');
    expect(second.join(' ')).toBe('Greets every guest at the door with a smile');
    expect(second.every((line) => measureText(line, 13, 'bold') <= 120)).toBe(true);
  });

  it('keys on size, width and weight, not only the text', () => {
    const text = 'Benchmark the espresso temperature every morning';
    expect(wrapText(text, 13, 300).length).toBeLessThan(wrapText(text, 13, 80).length);
    expect(wrapText(text, 11, 120)).not.toEqual(wrapText(text, 20, 120));
  });

  it('never loses or reorders words, whatever the text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 40, max: 300 }), (text, width) => {
      const words = (s: string) => s.split(/\s+/).filter(Boolean).join('');
      expect(words(wrapText(text, 12, width).join(' '))).toBe(words(text));
      expect(wrapText(text, 12, width)).toEqual(wrapText(text, 12, width));
    }));
  });
});

describe('measureText', () => {
  it('adds an em for characters outside the Basic Multilingual Plane and the font', () => {
    expect(measureText('a😀', 10) - measureText('a', 10)).toBeCloseTo(10);
    expect(measureText('ab', 10)).toBeGreaterThan(measureText('a', 10));
  });
});
