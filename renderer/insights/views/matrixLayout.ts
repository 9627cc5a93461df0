import { scaleBand } from 'd3-scale';
import type { Quadrant } from '../../../shared/analysis';
import type { Id } from '../../../shared/model';
import { measureText } from '../../../shared/layout/text';

export interface MatrixItem { id: Id; title: string; importance: number; gap: number; quadrant: Exclude<Quadrant, 'unrated'> }

export interface PlacedMark extends MatrixItem {
  x: number;
  y: number;
  /** The title shown beside the mark, when there was room for it; above or below it, a line joins them. */
  label: { x: number; y: number; anchor: 'start' | 'end'; text: string; leader: boolean } | null;
}

export interface MatrixGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** Where gap 0 and importance 4 begin: the quadrants' dividing lines. */
  divideX: number;
  divideY: number;
  gaps: { value: number; x: number }[];
  importances: { value: number; y: number }[];
  marks: PlacedMark[];
  /** Marks drawn in a cell already full, counted instead ("+N"). */
  overflow: { x: number; y: number; count: number }[];
}

/** The gaps always shown; wider gaps in the data widen the axis, up to the scale's ±4. */
const MIN_GAPS = [-2, -1, 0, 1, 2];
const IMPORTANCE = [5, 4, 3, 2, 1];
const MARK = 14;
const NAME_STRIP = 17;
export const LABEL_FONT = 10.5;
const LABEL_CHARS = 24;
/** Titles are shown for at most this many marks, the most urgent first: more would be unreadable. */
export const MAX_LABELS = 24;
/** Marks past this many in order are not tried for a title: in a crowded matrix they would find no room anyway. */
const LABEL_TRIES = 48;

const clampGap = (gap: number, gaps: readonly number[]) => Math.max(gaps[0]!, Math.min(gaps[gaps.length - 1]!, gap));

/** Whole gaps from the lowest to the highest in the data, never narrower than −2…+2. */
function gapDomain(items: readonly MatrixItem[]): number[] {
  let lo = MIN_GAPS[0]!;
  let hi = MIN_GAPS[MIN_GAPS.length - 1]!;
  for (const item of items) {
    lo = Math.max(-4, Math.min(lo, item.gap));
    hi = Math.min(4, Math.max(hi, item.gap));
  }
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

type Rect = { x0: number; y0: number; x1: number; y1: number };
const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * The priority matrix laid out in pixels: importance (5 at the top) by gap (below expectation on
 * the left), one band per whole score as in the report, each cell holding its touchpoints side
 * by side. Titles go beside as many marks as they fit without covering another mark or title,
 * the items' order (most urgent first) deciding who gets the room.
 */
export function layoutMatrix(items: readonly MatrixItem[], width: number, height: number): MatrixGeometry {
  const plot = { left: 34, top: 4, right: width - 8, bottom: height - 34 };
  const gaps = gapDomain(items);
  const x = scaleBand<number>().domain(gaps).range([plot.left, plot.right]);
  // A strip above and below the bands holds the quadrants' names, clear of every mark.
  const y = scaleBand<number>().domain(IMPORTANCE).range([plot.top + NAME_STRIP, plot.bottom - NAME_STRIP]);
  const bw = x.bandwidth();
  const bh = y.bandwidth();
  const perRow = Math.max(1, Math.floor((bw - 4) / MARK));
  const capacity = perRow * Math.max(1, Math.floor((bh - 4) / MARK));

  const keyOf = (item: MatrixItem) => `${clampGap(item.gap, gaps)}|${item.importance}`;
  const inCell = new Map<string, number>();
  for (const item of items) inCell.set(keyOf(item), (inCell.get(keyOf(item)) ?? 0) + 1);
  const cells = new Map<string, number>();
  const overflow = new Map<string, { x: number; y: number; count: number }>();
  const marks: PlacedMark[] = [];
  for (const item of items) {
    const gap = clampGap(item.gap, gaps);
    const key = keyOf(item);
    const n = cells.get(key) ?? 0;
    cells.set(key, n + 1);
    const cx = x(gap)!;
    const cy = y(item.importance)!;
    if (n >= capacity) {
      const o = overflow.get(key) ?? { x: cx + bw - 2, y: cy + bh - 2, count: 0 };
      o.count++;
      overflow.set(key, o);
      continue;
    }
    // A cell's marks sit side by side, centred in it, row under row.
    const across = Math.min(perRow, inCell.get(key)!);
    const left = cx + (bw - across * MARK) / 2;
    const row = Math.floor(n / perRow);
    const col = n % perRow;
    marks.push({ ...item, x: left + MARK / 2 + col * MARK, y: cy + 2 + MARK / 2 + row * MARK, label: null });
  }

  const taken: Rect[] = marks.map((m) => ({ x0: m.x - MARK / 2, y0: m.y - MARK / 2, x1: m.x + MARK / 2, y1: m.y + MARK / 2 }));
  let labelled = 0;
  for (const [i, m] of marks.entries()) {
    if (labelled >= MAX_LABELS || i >= LABEL_TRIES) break;
    const text = m.title.length > LABEL_CHARS ? `${m.title.slice(0, LABEL_CHARS - 1).trimEnd()}…` : m.title;
    const w = measureText(text, LABEL_FONT);
    const h = LABEL_FONT + 3;
    const r = MARK / 2 + 3;
    const dy = MARK / 2 + h / 2 + 1;
    // Right of the mark, else just above or below it with a short line to it; never to the left,
    // where a title would read as the neighbouring mark's.
    const candidates: { x: number; y: number; anchor: 'start' | 'end'; leader: boolean }[] = [
      { x: m.x + r, y: m.y, anchor: 'start', leader: false },
      { x: m.x - 2, y: m.y + dy, anchor: 'start', leader: true },
      { x: m.x - 2, y: m.y - dy, anchor: 'start', leader: true },
    ];
    for (const c of candidates) {
      const rect = c.anchor === 'start' ? { x0: c.x, y0: c.y - h / 2, x1: c.x + w, y1: c.y + h / 2 } : { x0: c.x - w, y0: c.y - h / 2, x1: c.x, y1: c.y + h / 2 };
      if (rect.x0 < plot.left + 2 || rect.x1 > plot.right - 2 || rect.y0 < plot.top + NAME_STRIP || rect.y1 > plot.bottom - NAME_STRIP) continue;
      if (taken.some((t, k) => k !== i && overlaps(t, rect))) continue;
      m.label = { x: c.x, y: c.y, anchor: c.anchor, text, leader: c.leader };
      taken.push(rect);
      labelled++;
      break;
    }
  }

  return {
    width, height, plot,
    divideX: x(0)!, divideY: y(3)!,
    gaps: gaps.map((value) => ({ value, x: x(value)! + bw / 2 })),
    importances: IMPORTANCE.map((value) => ({ value, y: y(value)! + bh / 2 })),
    marks,
    overflow: [...overflow.values()],
  };
}
