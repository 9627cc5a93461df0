import type { ConnectorBox, Point } from '../../../shared/layout';
import type { ConnectorKind } from '../../../shared/model';
import { labelBox, traceRoute, type LabelBox, type RouteSink } from './connectorPath';

/** An arrowhead in its own box of `box` units, drawn `size` units long with its tip on the route's end. */
interface Head { box: number; size: number; tip: Point; points: [number, number][]; closed: boolean }

const HEADS: Record<ConnectorKind, Head> = {
  flow: { box: 10, size: 9, tip: { x: 9, y: 5 }, points: [[0, 0], [10, 5], [0, 10]], closed: true },
  dependency: { box: 10, size: 10, tip: { x: 9, y: 5 }, points: [[1, 1], [9, 5], [1, 9]], closed: false },
  cause: { box: 12, size: 12, tip: { x: 11, y: 6 }, points: [[0, 1], [12, 6], [0, 11], [3, 6]], closed: true },
  feedback: { box: 10, size: 9, tip: { x: 9, y: 5 }, points: [[0, 0], [10, 5], [0, 10]], closed: false },
};
/** A cause starts at a dot on the card it comes from. */
const CAUSE_DOT = 3.2;

/** Path data written by traceRoute, with numbers kept short. */
class PathData implements RouteSink {
  d = '';
  moveTo(x: number, y: number): void {
    this.d += `M${r(x)} ${r(y)}`;
  }
  lineTo(x: number, y: number): void {
    this.d += `L${r(x)} ${r(y)}`;
  }
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void {
    this.d += `Q${r(cx)} ${r(cy)} ${r(x)} ${r(y)}`;
  }
}
const r = (v: number) => Math.round(v * 10) / 10;

function head(out: PathData, kind: ConnectorKind, path: readonly Point[]): void {
  const tip = path[path.length - 1];
  const from = path[path.length - 2];
  if (!tip || !from) return;
  const h = HEADS[kind];
  const s = h.size / h.box;
  const a = Math.atan2(tip.y - from.y, tip.x - from.x);
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  h.points.forEach(([px, py], i) => {
    const x = (px - h.tip.x) * s;
    const y = (py - h.tip.y) * s;
    (i ? out.lineTo : out.moveTo).call(out, tip.x + x * cos - y * sin, tip.y + x * sin + y * cos);
  });
  if (h.closed) out.d += 'Z';
}

function dot(out: PathData, at: Point): void {
  out.d += `M${r(at.x - CAUSE_DOT)} ${r(at.y)}a${CAUSE_DOT} ${CAUSE_DOT} 0 1 0 ${2 * CAUSE_DOT} 0a${CAUSE_DOT} ${CAUSE_DOT} 0 1 0 ${-2 * CAUSE_DOT} 0Z`;
}

/** The drawing of one kind of connector: its lines, and its arrowheads (filled or open by kind). */
export interface KindShapes { kind: ConnectorKind; lines: string; heads: string; headsFilled: boolean }

export interface ConnectorShapes {
  kinds: KindShapes[];
  labels: (LabelBox & { kind: ConnectorKind })[];
}

/**
 * Every connector of a kind merged into one path of lines and one of arrowheads: a few elements
 * for the whole blueprint instead of several per connector, so opening and panning a large
 * blueprint creates, lays out and paints far less. Picking is geometry (connectorAt).
 */
export function connectorShapes(connectors: readonly ConnectorBox[]): ConnectorShapes {
  const lines = new Map<ConnectorKind, PathData>();
  const heads = new Map<ConnectorKind, PathData>();
  const labels: ConnectorShapes['labels'] = [];
  for (const c of connectors) {
    let l = lines.get(c.kind);
    let h = heads.get(c.kind);
    if (!l || !h) {
      l = new PathData();
      h = new PathData();
      lines.set(c.kind, l);
      heads.set(c.kind, h);
    }
    traceRoute(l, c.path);
    head(h, c.kind, c.path);
    if (c.kind === 'cause' && c.path[0]) dot(h, c.path[0]);
    const label = labelBox(c);
    if (label) labels.push({ ...label, kind: c.kind });
  }
  return {
    kinds: [...lines].map(([kind, l]) => ({ kind, lines: l.d, heads: heads.get(kind)!.d, headsFilled: HEADS[kind].closed })),
    labels,
  };
}
