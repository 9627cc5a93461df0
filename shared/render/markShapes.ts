/**
 * The shapes of the marks on cards, in the legend and in every export: one definition, drawn
 * by the exports as vector paths (marks.ts) and by the canvas as masks and pictures made from
 * the same shapes (renderer/styles/marks/*.mask.svg, written by `node scripts/card-marks.mjs`).
 */

/** A part of a mark in the mark's own box. `cut` parts are holes (a letter, a stroke) through the rest. */
export type MarkPart =
  | { shape: 'path'; d: string; fill?: boolean; stroke?: number; round?: boolean; cut?: boolean }
  | { shape: 'circle'; cx: number; cy: number; r: number; fill?: boolean; stroke?: number; cut?: boolean };

/** `width` × `height` is the shape's own box; `size` the width and height it is shown at on a card, in px. */
export interface MarkShape { width: number; height: number; size: [number, number]; parts: MarkPart[] }

export type MarkName =
  | 'benchmark' | 'differentiate' | 'failpoint' | 'clock' | 'owner'
  | `touchpoint-${1 | 2 | 3 | 4 | 5}`
  | `sentiment-${'n2' | 'n1' | '0' | 'p1' | 'p2'}`;

// Outlines of DejaVu Sans Bold's "B" and "D" where the shield and the star show them.
const LETTER_B = 'M8.03 8.06Q8.45 8.06 8.67 7.87Q8.88 7.68 8.88 7.32Q8.88 6.97 8.67 6.78Q8.45 6.59 8.03 6.59L7.04 6.59L7.04 8.06ZM8.09 11.08Q8.62 11.08 8.9 10.86Q9.17 10.63 9.17 10.17Q9.17 9.72 8.9 9.5Q8.63 9.27 8.09 9.27L7.04 9.27L7.04 11.08ZM9.75 8.59Q10.32 8.76 10.64 9.21Q10.95 9.66 10.95 10.31Q10.95 11.32 10.28 11.81Q9.6 12.3 8.22 12.3L5.25 12.3L5.25 5.37L7.93 5.37Q9.38 5.37 10.02 5.81Q10.67 6.25 10.67 7.21Q10.67 7.71 10.43 8.07Q10.2 8.42 9.75 8.59Z';
const LETTER_D = 'M7.99 7.8L7.99 11.13L8.49 11.13Q9.36 11.13 9.81 10.71Q10.27 10.28 10.27 9.46Q10.27 8.65 9.81 8.22Q9.36 7.8 8.49 7.8ZM6.58 6.73L8.06 6.73Q9.31 6.73 9.92 6.91Q10.53 7.09 10.96 7.51Q11.35 7.88 11.53 8.37Q11.72 8.85 11.72 9.46Q11.72 10.08 11.53 10.56Q11.35 11.05 10.96 11.42Q10.52 11.84 9.91 12.02Q9.29 12.2 8.06 12.2L6.58 12.2Z';

/** A face: a ring, two eyes and a mouth that bends with the sentiment (never colour alone). */
function face(mouth: string, brows?: string): MarkShape {
  return {
    width: 24, height: 24, size: [16, 16],
    parts: [
      { shape: 'circle', cx: 12, cy: 12, r: 10, stroke: 1.8 },
      { shape: 'circle', cx: 8.5, cy: 9.5, r: 1.3, fill: true },
      { shape: 'circle', cx: 15.5, cy: 9.5, r: 1.3, fill: true },
      ...(brows ? [{ shape: 'path' as const, d: brows, stroke: 1.4, round: true }] : []),
      { shape: 'path', d: mouth, stroke: 1.8, round: true },
    ],
  };
}

/** The touchpoint mark: a ring that grows, and thickens, with importance 1…5. */
function ring(importance: number): MarkShape {
  return {
    width: 18, height: 18, size: [18, 18],
    parts: [
      { shape: 'circle', cx: 9, cy: 9, r: 3 + 1.1 * importance, stroke: 1 + 0.45 * importance },
      { shape: 'circle', cx: 9, cy: 9, r: 1.6, fill: true },
    ],
  };
}

export const MARK_SHAPES: Record<MarkName, MarkShape> = {
  benchmark: {
    width: 16, height: 18, size: [16, 18],
    parts: [
      { shape: 'path', d: 'M8 1L15 3.5L15 8.5C15 12.8 12 15.6 8 17C4 15.6 1 12.8 1 8.5L1 3.5Z', fill: true },
      { shape: 'path', d: LETTER_B, fill: true, cut: true },
    ],
  },
  differentiate: {
    width: 18, height: 18, size: [18, 18],
    parts: [
      { shape: 'path', d: 'M9 0.8L11.4 6L17 6.6L12.8 10.4L14 16L9 13.1L4 16L5.2 10.4L1 6.6L6.6 6Z', fill: true },
      { shape: 'path', d: LETTER_D, fill: true, cut: true },
    ],
  },
  failpoint: {
    width: 16, height: 16, size: [16, 16],
    parts: [
      { shape: 'path', d: 'M8 1L15 14L1 14Z', fill: true },
      { shape: 'path', d: 'M8 5.5L8 9.5', stroke: 1.8, round: true, cut: true },
      { shape: 'circle', cx: 8, cy: 11.9, r: 1, fill: true, cut: true },
    ],
  },
  clock: {
    width: 14, height: 14, size: [14, 14],
    parts: [
      { shape: 'circle', cx: 7, cy: 7, r: 5.6, stroke: 1.4 },
      { shape: 'path', d: 'M7 3.8L7 7L9.2 8.4', stroke: 1.4, round: true },
    ],
  },
  owner: {
    width: 14, height: 14, size: [12, 12],
    parts: [
      { shape: 'circle', cx: 7, cy: 4.4, r: 2.7, fill: true },
      { shape: 'path', d: 'M1.6 13.4Q1.6 8.3 7 8.3Q12.4 8.3 12.4 13.4Z', fill: true },
    ],
  },
  'touchpoint-1': ring(1),
  'touchpoint-2': ring(2),
  'touchpoint-3': ring(3),
  'touchpoint-4': ring(4),
  'touchpoint-5': ring(5),
  'sentiment-n2': face('M7 16.5Q12 11.5 17 16.5', 'M6.5 7L10 8M17.5 7L14 8'),
  'sentiment-n1': face('M8 16Q12 13.5 16 16'),
  'sentiment-0': face('M8 15L16 15'),
  'sentiment-p1': face('M8 14Q12 16.5 16 14'),
  'sentiment-p2': face('M7 13.5Q12 18.5 17 13.5'),
};

/** The mark a touchpoint of this importance (1…5) shows. */
export const touchpointMark = (importance: number): MarkName => `touchpoint-${Math.min(5, Math.max(1, Math.round(importance))) as 1 | 2 | 3 | 4 | 5}`;

/** The suffix of a sentiment's mark and theme colour (−2…+2, rounded to the scale). */
export function sentimentKey(value: number): 'n2' | 'n1' | '0' | 'p1' | 'p2' {
  const v = Math.round(value);
  return v <= -2 ? 'n2' : v === -1 ? 'n1' : v === 0 ? '0' : v === 1 ? 'p1' : 'p2';
}

export const sentimentMark = (value: number): MarkName => `sentiment-${sentimentKey(value)}`;

/**
 * The mark as a mask image for CSS: what it draws is opaque, its cut parts are holes. Painted
 * in any colour by `background-color` (the legend), or coloured into a picture (card marks).
 */
export function maskSvg(name: MarkName): string {
  const { width, height, parts } = MARK_SHAPES[name];
  const solid = parts.filter((p) => !p.cut).map((p) => partSvg(p)).join('');
  const cut = parts.filter((p) => p.cut).map((p) => partSvg(p)).join('');
  const head = `<svg xmlns='http://www.w3.org/2000/svg' width='${width}' height='${height}' viewBox='0 0 ${width} ${height}'>`;
  if (!cut) return `${head}${solid}</svg>\n`;
  return `${head}<mask id='m'><rect width='${width}' height='${height}' fill='white'/>${cut}</mask><g mask='url(#m)'>${solid}</g></svg>\n`;
}

function partSvg(p: MarkPart): string {
  const paint = p.stroke
    ? ` fill='none' stroke='black' stroke-width='${round(p.stroke)}'${'round' in p && p.round ? " stroke-linecap='round'" : ''}`
    : '';
  return p.shape === 'circle' ? `<circle cx='${p.cx}' cy='${p.cy}' r='${round(p.r)}'${paint}/>` : `<path d='${p.d}'${paint}/>`;
}

const round = (n: number) => Math.round(n * 100) / 100;
