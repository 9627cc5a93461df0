import { LAYOUT, type ConnectorBox, type LabelBox as PlacedLabel, type Point } from '../../../shared/layout';

const CORNER = 8;

interface Corner { into: Point; at: Point; out: Point }

/** A route's straight runs and its rounded corners: corner i joins line i to line i + 1. */
function routePieces(path: readonly Point[]): { lines: [Point, Point][]; corners: Corner[] } {
  const lines: [Point, Point][] = [];
  const corners: Corner[] = [];
  let from = path[0];
  if (!from) return { lines, corners };
  for (let i = 1; i < path.length - 1; i++) {
    const prev = path[i - 1] as Point;
    const at = path[i] as Point;
    const next = path[i + 1] as Point;
    const r = Math.min(CORNER, Math.hypot(at.x - prev.x, at.y - prev.y) / 2, Math.hypot(next.x - at.x, next.y - at.y) / 2);
    const into = toward(at, prev, r);
    lines.push([from, into]);
    corners.push({ into, at, out: toward(at, next, r) });
    from = corners[corners.length - 1]!.out;
  }
  lines.push([from, path[path.length - 1] as Point]);
  return { lines, corners };
}

const xy = (p: Point) => `${p.x} ${p.y}`;

/** SVG path data for a layout route: the same orthogonal polyline the exports draw, corners rounded. */
export function connectorPathData(path: readonly Point[]): string {
  if (path.length === 0) return '';
  const { lines, corners } = routePieces(path);
  let d = `M${xy(lines[0]![0])}`;
  lines.forEach(([, to], i) => {
    d += ` L${xy(to)}`;
    const c = corners[i];
    if (c) d += ` Q${xy(c.at)} ${xy(c.out)}`;
  });
  return d;
}

/**
 * A route as one path per straight run plus one path of all its corners. Dashed routes are
 * drawn this way: Chrome's rasterizer dashes a straight line only where a tile needs it, but
 * dashes a whole polyline again for every tile it crosses.
 */
export function connectorPiecesData(path: readonly Point[]): { lines: string[]; corners: string } {
  if (path.length === 0) return { lines: [], corners: '' };
  const { lines, corners } = routePieces(path);
  return {
    lines: lines.map(([a, b]) => `M${xy(a)} L${xy(b)}`),
    corners: corners.map((c) => `M${xy(c.into)} Q${xy(c.at)} ${xy(c.out)}`).join(' '),
  };
}

function toward(from: Point, to: Point, distance: number): Point {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: from.x + ((to.x - from.x) / length) * distance, y: from.y + ((to.y - from.y) / length) * distance };
}

export interface LabelBox { x: number; y: number; width: number; height: number; lines: string[]; lineHeight: number }

const labels = new WeakMap<ConnectorBox, LabelBox | null>();

/**
 * The label's backing box as the layout placed it (clear of the cards, the same box every export
 * draws). Remembered per layout object: drawing, bounds and picking on every pointer move all ask.
 */
export function labelBox(connector: ConnectorBox): LabelBox | null {
  const known = labels.get(connector);
  if (known !== undefined) return known;
  const box = connector.labelBox ? { ...connector.labelBox, lineHeight: LAYOUT.connectorLabelLineHeight } : null;
  labels.set(connector, box);
  return box;
}

const sameLabel = (a: PlacedLabel | null, b: PlacedLabel | null) =>
  a === b || (!!a && !!b && a.x === b.x && a.y === b.y && a.width === b.width && a.lines.join('\n') === b.lines.join('\n'));
const samePoints = (a: readonly Point[], b: readonly Point[]) => a.length === b.length && a.every((p, i) => p.x === b[i]!.x && p.y === b[i]!.y);

/** Whether two layouts of a connector draw the same picture (a re-layout makes new objects for unchanged ones). */
export function sameConnector(a: ConnectorBox, b: ConnectorBox): boolean {
  return a === b || (a.id === b.id && a.kind === b.kind && a.label === b.label && samePoints(a.path, b.path) && sameLabel(a.labelBox, b.labelBox));
}

export interface Rect { x0: number; y0: number; x1: number; y1: number }

const bounds = new WeakMap<ConnectorBox, Rect>();

/** The area a connector draws on, label and arrowheads included. */
export function connectorBounds(connector: ConnectorBox): Rect {
  let r = bounds.get(connector);
  if (r) return r;
  const xs = connector.path.map((p) => p.x);
  const ys = connector.path.map((p) => p.y);
  const label = labelBox(connector);
  const pad = 12;
  r = {
    x0: Math.min(...xs, label?.x ?? Infinity) - pad,
    y0: Math.min(...ys, label?.y ?? Infinity) - pad,
    x1: Math.max(...xs, label ? label.x + label.width : -Infinity) + pad,
    y1: Math.max(...ys, label ? label.y + label.height : -Infinity) + pad,
  };
  bounds.set(connector, r);
  return r;
}

export const intersects = (a: Rect, b: Rect): boolean => a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1;
