import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { CARD_MARKS_CSS, cardMarksCss, coloured } from '../../../scripts/card-marks.mjs';

const marks = join(__dirname, '../../../renderer/styles/marks');

/** RGBA of the pixel at (x, y) of an SVG rendered at its own size. */
function pixel(svg: string, x: number, y: number): number[] {
  const image = new Resvg(svg).render();
  const i = (y * image.width + x) * 4;
  return [...image.pixels.subarray(i, i + 4)];
}

describe('card marks as pictures', () => {
  it('card-marks.css is what scripts/card-marks.mjs makes of the shapes and theme today', () => {
    expect(readFileSync(CARD_MARKS_CSS, 'utf8') === cardMarksCss(), 'run: node scripts/card-marks.mjs').toBe(true);
  });

  it('has a light and a dark picture of every shape', () => {
    const css = cardMarksCss();
    for (const name of ['benchmark', 'differentiate', 'failpoint', 'clock', 'touchpoint-1', 'touchpoint-5', 'sentiment-n2', 'sentiment-p2']) {
      expect(css).toMatch(new RegExp(`^\\.fs-mark-icon\\.fs-icon-${name}::before \\{ background-image: url\\(data:image/png;base64,`, 'm'));
      expect(css).toMatch(new RegExp(`^html\\[data-theme='dark'\\] \\.fs-mark-icon\\.fs-icon-${name}::before`, 'm'));
    }
  });

  it('paints a shape in the colour and keeps the letter cut out of it', () => {
    const shield = coloured(readFileSync(join(marks, 'benchmark.mask.svg'), 'utf8'), '#ff0000');
    expect(pixel(shield, 8, 15)).toEqual([255, 0, 0, 255]);
    // Inside the B's upper bowl's stroke, where the mask cuts the shield away.
    expect(pixel(shield, 6, 8)[3]).toBe(0);
  });

  it('colours stroked shapes too', () => {
    const ring = coloured(readFileSync(join(marks, 'touchpoint-5.mask.svg'), 'utf8'), '#00ff00');
    expect(pixel(ring, 9, 1)).toEqual([0, 255, 0, 255]);
    expect(pixel(ring, 9, 9)).toEqual([0, 255, 0, 255]);
  });
});
