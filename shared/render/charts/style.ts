import type { Quadrant } from '../../analysis/types';
import type { Point } from '../../layout/types';
import type { DisplayItem, Painter } from '../displayList';
import { INK, SENTIMENT_COLOR } from '../palette';

/** Chart colours: one per quadrant, told apart by position and name as well, never by colour alone. */
export const QUADRANT_STYLE: Record<Quadrant, { color: string; tint: string; label: string; meaning: string }> = {
  fixFirst: { color: '#B42318', tint: '#FCEDEB', label: 'Fix first', meaning: 'key, below expectation' },
  protect: { color: '#1D4E89', tint: '#EAF0F7', label: 'Protect', meaning: 'key, meets expectation: benchmark it' },
  differentiate: { color: '#7A3E9D', tint: '#F4EEF8', label: 'Differentiate', meaning: 'already good: design it on-brand' },
  monitor: { color: '#9A5B00', tint: '#FBF4E6', label: 'Monitor', meaning: 'minor, below expectation' },
  unrated: { color: '#6B7685', tint: '#F1F3F5', label: 'Unrated', meaning: 'no expectation or experience score' },
};

export const CHART = {
  /** Customer service against every other owner. */
  customerService: INK.touchpoint,
  otherOwner: '#8DA2B8',
  bar: '#5B7794',
  barTrack: '#EEF1F5',
  below: SENTIMENT_COLOR.n2,
  above: SENTIMENT_COLOR.p1,
  gap: '#B42318',
  curveFill: '#E2F0EE',
  font: 8.5,
  small: 7.5,
} as const;

/**
 * A drawing context for d3-shape generators with straight segments: d3 computes the shape, the
 * painter places it (with its offset) as display-list polylines that every writer draws.
 */
export class PolylineContext {
  private runs: { points: Point[]; closed: boolean }[] = [];

  moveTo(x: number, y: number): void {
    this.runs.push({ points: [{ x, y }], closed: false });
  }

  lineTo(x: number, y: number): void {
    this.runs[this.runs.length - 1]?.points.push({ x, y });
  }

  closePath(): void {
    const run = this.runs[this.runs.length - 1];
    if (run) run.closed = true;
  }

  /** Draws what the generator traced, and forgets it. */
  paint(p: Painter, style: Omit<Extract<DisplayItem, { type: 'path' }>, 'type' | 'd'>): void {
    for (const run of this.runs) p.polyline(run.points, style, run.closed);
    this.runs = [];
  }
}
