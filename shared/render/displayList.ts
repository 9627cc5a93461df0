import type { FontWeight } from '../layout/text';
import type { Point } from '../layout/types';

/** Drawing primitives every writer (SVG, PDF) understands; coordinates in px. */
interface Stroke { stroke?: string; strokeWidth?: number; dash?: readonly number[]; cap?: 'round' }

export type DisplayItem =
  | ({ type: 'rect'; x: number; y: number; width: number; height: number; fill?: string; radius?: number } & Stroke)
  | ({ type: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string } & Stroke)
  | ({ type: 'circle'; cx: number; cy: number; r: number; fill?: string } & Stroke)
  /** SVG path data restricted to absolute M, L, Q, C and Z so that every writer can draw it. */
  | ({ type: 'path'; d: string; fill?: string } & Stroke)
  | {
      type: 'text'; x: number; y: number; text: string; size: number; weight: FontWeight; fill: string;
      anchor: 'start' | 'middle' | 'end';
    }
  | { type: 'image'; x: number; y: number; width: number; height: number; mime: string; base64: string }
  /** A symbol (symbols.ts) drawn into the box at (x, y): a mark repeated on many cards is defined once. */
  | { type: 'use'; symbol: string; x: number; y: number; width: number; height: number };

/** A picture drawn in its own `width` × `height` box, for `use` items to place again and again. */
export interface DisplaySymbol { width: number; height: number; items: DisplayItem[] }

export interface DisplayList {
  width: number;
  height: number;
  /** Page background. */
  background: string;
  items: DisplayItem[];
  /** Accessible title of the picture. */
  title: string;
}

/** Rounds to 1/100 px: enough for print, and keeps output compact and identical run to run. */
export const r2 = (n: number): number => Math.round(n * 100) / 100;

function polylineData(points: readonly Point[], closed = false): string {
  let d = '';
  points.forEach((p, i) => {
    d += `${i === 0 ? 'M' : 'L'}${r2(p.x)} ${r2(p.y)}`;
  });
  return closed ? d + 'Z' : d;
}

/**
 * Path data scaled by `scale` and moved by (dx, dy). Every command the display list allows
 * (M, L, Q, C, Z) takes absolute x, y pairs, so numbers alternate between x and y.
 */
export function transformPath(d: string, scale: number, dx: number, dy: number): string {
  let x = true;
  return d.replace(/[MLQCZ]|-?\d*\.?\d+(?:e-?\d+)?/g, (token) => {
    if (/[MLQCZ]/.test(token)) return token;
    const v = Number(token) * scale + (x ? dx : dy);
    x = !x;
    return String(r2(v));
  }).replace(/\s*([MLQCZ])\s*/g, '$1').replace(/\s+/g, ' ');
}

/** Collects display items, shifted by an offset so that parts can be drawn in their own coordinates. */
export class Painter {
  readonly items: DisplayItem[] = [];
  constructor(private dx = 0, private dy = 0) {}

  at(dx: number, dy: number): Painter {
    const child = new Painter(this.dx + dx, this.dy + dy);
    (child as { items: DisplayItem[] }).items = this.items;
    return child;
  }

  /** Draws symbol `name` (see symbols.ts) into the box at (x, y). */
  use(name: string, x: number, y: number, width: number, height: number): void {
    this.items.push({ type: 'use', symbol: name, x: x + this.dx, y: y + this.dy, width, height });
  }

  rect(x: number, y: number, width: number, height: number, style: Omit<Extract<DisplayItem, { type: 'rect' }>, 'type' | 'x' | 'y' | 'width' | 'height'>): void {
    this.items.push({ type: 'rect', x: x + this.dx, y: y + this.dy, width, height, ...style });
  }

  line(x1: number, y1: number, x2: number, y2: number, stroke: string, strokeWidth = 1, dash?: readonly number[], cap?: 'round'): void {
    this.items.push({ type: 'line', x1: x1 + this.dx, y1: y1 + this.dy, x2: x2 + this.dx, y2: y2 + this.dy, stroke, strokeWidth, ...(dash ? { dash } : {}), ...(cap ? { cap } : {}) });
  }

  /** Path data in this painter's coordinates (absolute M, L, Q, C, Z), shifted by its offset. */
  path(d: string, style: Omit<Extract<DisplayItem, { type: 'path' }>, 'type' | 'd'>): void {
    this.items.push({ type: 'path', d: transformPath(d, 1, this.dx, this.dy), ...style });
  }

  circle(cx: number, cy: number, r: number, style: Omit<Extract<DisplayItem, { type: 'circle' }>, 'type' | 'cx' | 'cy' | 'r'>): void {
    this.items.push({ type: 'circle', cx: cx + this.dx, cy: cy + this.dy, r, ...style });
  }

  polyline(points: readonly Point[], style: Omit<Extract<DisplayItem, { type: 'path' }>, 'type' | 'd'>, closed = false): void {
    this.items.push({ type: 'path', d: polylineData(points.map((p) => ({ x: p.x + this.dx, y: p.y + this.dy })), closed), ...style });
  }

  /** A quadratic curve from `a` to `b` bending towards `control`. */
  curve(a: Point, control: Point, b: Point, style: Omit<Extract<DisplayItem, { type: 'path' }>, 'type' | 'd'>): void {
    const p = (q: Point) => `${r2(q.x + this.dx)} ${r2(q.y + this.dy)}`;
    this.items.push({ type: 'path', d: `M${p(a)}Q${p(control)} ${p(b)}`, ...style });
  }

  text(x: number, y: number, text: string, style: { size: number; weight?: 'normal' | 'bold'; fill: string; anchor?: 'start' | 'middle' | 'end' }): void {
    if (!text) return;
    this.items.push({ type: 'text', x: x + this.dx, y: y + this.dy, text, size: style.size, weight: style.weight ?? 'normal', fill: style.fill, anchor: style.anchor ?? 'start' });
  }

  image(x: number, y: number, width: number, height: number, mime: string, base64: string): void {
    this.items.push({ type: 'image', x: x + this.dx, y: y + this.dy, width, height, mime, base64 });
  }
}
