import { LAYOUT } from './constants';
import type { Routing } from './connectors';
import { clampLines, measureText, wrapText } from './text';
import type { ConnectorBox, LabelBox, Point } from './types';

interface Wrap { lines: string[]; width: number; height: number; cost: number }

/**
 * Widths a label's text may wrap to, widest first, with the box's padding either side: a wide
 * label fits a lane's band or an empty cell, the narrowest a gutter between two cards.
 */
const WRAPS = [{ width: 150, pad: LAYOUT.connectorLabelPaddingX }, { width: 100, pad: LAYOUT.connectorLabelPaddingX }, { width: 64, pad: LAYOUT.connectorLabelPaddingX }, { width: 30, pad: 1.5 }];
/** Points along each straight run of a route where a label may sit. */
const FRACTIONS = [0.5, 0.3, 0.7, 0.12, 0.88];
/** Costs of what a label covers: a card or the header area is never worth it while anything else is free. */
const COVERS_CARD = 1000;
const OUTSIDE_GRID = 2000;
const COVERS_LABEL = 300;
const COVERS_END = 150;
const COVERS_LINE = 40;

/** A connector label's box for `lines`: the same size on the canvas and in every export. */
export function labelSize(lines: readonly string[], padX: number = LAYOUT.connectorLabelPaddingX): { width: number; height: number } {
  const size = LAYOUT.connectorLabelFontSize;
  return {
    width: Math.ceil(Math.max(0, ...lines.map((l) => measureText(l, size)))) + 2 * padX,
    height: lines.length * LAYOUT.connectorLabelLineHeight + 2 * LAYOUT.connectorLabelPaddingY,
  };
}

/**
 * Puts each label (in the order given) where it covers no card and no label placed before it,
 * touching its own route, as near the route's middle and on as few lines as the free space
 * allows: centred on a run, or beside it, in a gutter, a lane's free band or an empty cell.
 * Where no such place exists it takes the one that covers least.
 */
export function placeLabels(connectors: ConnectorBox[], routing: Routing): void {
  const placed = new LabelGrid();
  const places = new Places();
  for (const c of connectors) {
    const text = c.label.trim();
    if (!text || c.path.length < 2) continue;
    const best: Best = { cost: Infinity, x: 0, y: 0, wrap: null };
    // Fewer lines read better: a free place at one width ends the search. Places along the
    // route come first; the free stretches of its gutters are looked for only when those fail.
    for (const wrap of wraps(text)) {
      places.alongRoute(c.path, wrap);
      if (tryPlaces(best, wrap, places, c.path, routing, placed)) break;
      places.inGutters(c.path, wrap, routing);
      if (tryPlaces(best, wrap, places, c.path, routing, placed)) break;
    }
    const wrap = best.wrap!;
    const box: LabelBox = { x: best.x, y: best.y, width: wrap.width, height: wrap.height, lines: [...wrap.lines] };
    c.labelBox = box;
    placed.add(box.x, box.y, box.x + box.width, box.y + box.height);
  }
}

interface Best { cost: number; x: number; y: number; wrap: Wrap | null }

/** Tries the places cheapest first, keeping the best in `best`; true when one covers nothing (no later one can beat it). */
function tryPlaces(best: Best, wrap: Wrap, places: Places, path: readonly Point[], routing: Routing, placed: LabelGrid): boolean {
  for (let i = places.next(); i >= 0; i = places.next()) {
    const base = places.costs[i]! + wrap.cost;
    if (base >= best.cost) return false;
    const x = places.xs[i]!;
    const y = places.ys[i]!;
    const cover = covered(x, y, x + wrap.width, y + wrap.height, path, routing, placed);
    if (base + cover < best.cost) Object.assign(best, { cost: base + cover, x, y, wrap });
    if (cover === 0) return true;
  }
  return false;
}

const wrapCache = new Map<string, Wrap[]>();

function wraps(text: string): Wrap[] {
  const known = wrapCache.get(text);
  if (known) return known;
  const size = LAYOUT.connectorLabelFontSize;
  const max = LAYOUT.connectorLabelMaxLines;
  const out: Wrap[] = [];
  for (const { width, pad } of WRAPS) {
    const full = wrapText(text, size, width);
    const lines = full.length > max ? clampLines(full, max, size, width) : full;
    if (out.some((w) => w.lines.join('\n') === lines.join('\n'))) continue;
    // A label cut short loses words: only where nothing else fits.
    out.push({ lines, ...labelSize(lines, pad), cost: (lines.length - 1) * 4 + (full.length > max ? 120 : 0) });
  }
  if (wrapCache.size >= 2000) wrapCache.delete(wrapCache.keys().next().value as string);
  wrapCache.set(text, out);
  return out;
}

/**
 * Top-left corners to try, each with what its place costs (distance from the route's middle,
 * sitting beside the line rather than on it), kept in flat arrays: a large blueprint tries
 * thousands, and objects for each would mostly feed the garbage collector.
 */
class Places {
  xs: number[] = [];
  ys: number[] = [];
  costs: number[] = [];
  private tried: boolean[] = [];
  private count = 0;
  private total = 1;

  /** Centred on each straight run of the route, or beside it, at a few points along it. */
  alongRoute(path: readonly Point[], wrap: Wrap): void {
    this.start(path);
    const { width: w, height: h } = wrap;
    let along = 0;
    for (let i = 1; i < path.length; i++) {
      const p = path[i - 1]!;
      const q = path[i]!;
      const length = Math.abs(q.x - p.x) + Math.abs(q.y - p.y);
      if (length === 0) continue;
      for (const f of FRACTIONS) {
        const x = p.x + (q.x - p.x) * f;
        const y = p.y + (q.y - p.y) * f;
        const cost = this.far(along + length * f);
        this.push(x - w / 2, y - h / 2, cost);
        if (p.x === q.x) {
          this.push(x + 3, y - h / 2, cost + 3);
          this.push(x - 3 - w, y - h / 2, cost + 3);
        } else {
          this.push(x - w / 2, y - 3 - h, cost + 3);
          this.push(x - w / 2, y + 3, cost + 3);
        }
      }
      along += length;
    }
  }

  /** Centred on the route's vertical runs where the cells on either side leave room. */
  inGutters(path: readonly Point[], wrap: Wrap, routing: Routing): void {
    this.start(path);
    const { width: w, height: h } = wrap;
    let along = 0;
    for (let i = 1; i < path.length; i++) {
      const p = path[i - 1]!;
      const q = path[i]!;
      if (p.x === q.x && p.y !== q.y) {
        for (const y of freeCentres(routing, p.x - w / 2, p.x + w / 2, Math.min(p.y, q.y), Math.max(p.y, q.y), h)) {
          this.push(p.x - w / 2, y - h / 2, this.far(along + Math.abs(y - p.y)) + 1);
        }
      }
      along += Math.abs(q.x - p.x) + Math.abs(q.y - p.y);
    }
  }

  /** The index of the cheapest place not tried yet, or −1. */
  next(): number {
    let k = -1;
    for (let i = 0; i < this.count; i++) if (!this.tried[i] && (k < 0 || this.costs[i]! < this.costs[k]!)) k = i;
    if (k >= 0) this.tried[k] = true;
    return k;
  }

  private start(path: readonly Point[]): void {
    this.count = 0;
    let total = 0;
    for (let i = 1; i < path.length; i++) total += Math.abs(path[i]!.x - path[i - 1]!.x) + Math.abs(path[i]!.y - path[i - 1]!.y);
    this.total = total || 1;
  }

  /** How far a point `d` along the route lies from its middle, as a cost. */
  private far(d: number): number {
    return (Math.abs(d - this.total / 2) / this.total) * 12;
  }

  private push(x: number, y: number, cost: number): void {
    const i = this.count++;
    this.xs[i] = x;
    this.ys[i] = y;
    this.costs[i] = cost;
    this.tried[i] = false;
  }
}

/**
 * Centres (between `lo` and `hi`) of the free stretches of a vertical strip from `x0` to `x1`
 * that hold a label `h` tall: along a gutter, where the cells on either side are empty.
 */
function freeCentres(routing: Routing, x0: number, x1: number, lo: number, hi: number, h: number): number[] {
  const taken: [number, number][] = [];
  for (let i = firstColumn(routing, x0); i < routing.gutters.length - 1 && routing.gutters[i]! < x1; i++) {
    const cards = routing.cardsInColumn[i]!;
    for (let j = firstBelow(cards, lo - h); j < cards.length && cards[j]!.y < hi + h; j++) {
      const c = cards[j]!;
      if (c.x < x1 && c.x + c.width > x0) taken.push([c.y, c.y + c.height]);
    }
  }
  taken.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  let top = routing.area.y0;
  for (const [y0, y1] of [...taken, [routing.area.y1, routing.area.y1] as [number, number]]) {
    const from = Math.max(top + 2 + h / 2, lo);
    const to = Math.min(y0 - 2 - h / 2, hi);
    if (from <= to) out.push(Math.min(to, Math.max(from, (top + y0) / 2)));
    top = Math.max(top, y1);
  }
  return out;
}

/** What a label from (x0, y0) to (x1, y1) would cover, as a cost: 0 when it covers nothing. */
function covered(x0: number, y0: number, x1: number, y1: number, path: readonly Point[], routing: Routing, placed: LabelGrid): number {
  const { area } = routing;
  let cost = x0 < area.x0 || y0 < area.y0 || x1 > area.x1 || y1 > area.y1 ? OUTSIDE_GRID : 0;
  for (let i = firstColumn(routing, x0); i < routing.gutters.length - 1 && routing.gutters[i]! < x1; i++) {
    const cards = routing.cardsInColumn[i]!;
    for (let j = firstBelow(cards, y0); j < cards.length && cards[j]!.y < y1; j++) {
      const c = cards[j]!;
      const a = overlap(x0, y0, x1, y1, c.x, c.y, c.x + c.width, c.y + c.height);
      if (a > 0) cost += COVERS_CARD + a;
    }
  }
  for (const y of routing.lines) if (y > y0 && y < y1) cost += COVERS_LINE;
  const other = placed.overlap(x0, y0, x1, y1);
  if (other > 0) cost += COVERS_LABEL + other;
  const a = path[0]!;
  const b = path[path.length - 1]!;
  if (a.x > x0 - 2 && a.x < x1 + 2 && a.y > y0 - 2 && a.y < y1 + 2) cost += COVERS_END;
  if (b.x > x0 - 2 && b.x < x1 + 2 && b.y > y0 - 2 && b.y < y1 + 2) cost += COVERS_END;
  return cost;
}

/** Index of the column that reaches `x`, or the first to its right. */
function firstColumn(routing: Routing, x: number): number {
  const g = routing.gutters;
  let lo = 0;
  let hi = g.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (g[mid + 1]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first card (sorted from the top) whose bottom is below `y`. */
function firstBelow(cards: { y: number; height: number }[], y: number): number {
  let lo = 0;
  let hi = cards.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cards[mid]!.y + cards[mid]!.height <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function overlap(ax0: number, ay0: number, ax1: number, ay1: number, bx0: number, by0: number, bx1: number, by1: number): number {
  return Math.max(0, Math.min(ax1, bx1) - Math.max(ax0, bx0)) * Math.max(0, Math.min(ay1, by1) - Math.max(ay0, by0));
}

/** Labels placed so far (x0, y0, x1, y1 in a row), in square buckets so a query looks only at those nearby. */
class LabelGrid {
  private readonly cells = new Map<number, number[]>();

  add(x0: number, y0: number, x1: number, y1: number): void {
    for (let x = cell(x0); x <= cell(x1); x++) {
      for (let y = cell(y0); y <= cell(y1); y++) {
        const list = this.cells.get(key(x, y));
        if (list) list.push(x0, y0, x1, y1);
        else this.cells.set(key(x, y), [x0, y0, x1, y1]);
      }
    }
  }

  /** The area placed labels cover; a label in several buckets counts in the first one it shares with the query. */
  overlap(x0: number, y0: number, x1: number, y1: number): number {
    let sum = 0;
    for (let x = cell(x0); x <= cell(x1); x++) {
      for (let y = cell(y0); y <= cell(y1); y++) {
        const list = this.cells.get(key(x, y));
        if (!list) continue;
        for (let i = 0; i < list.length; i += 4) {
          const ox0 = list[i]!;
          const oy0 = list[i + 1]!;
          if (Math.max(cell(ox0), cell(x0)) === x && Math.max(cell(oy0), cell(y0)) === y) sum += overlap(x0, y0, x1, y1, ox0, oy0, list[i + 2]!, list[i + 3]!);
        }
      }
    }
    return sum;
  }
}

const BUCKET = 256;
const cell = (v: number) => Math.floor(v / BUCKET);
const key = (x: number, y: number) => x * 1_000_003 + y;
