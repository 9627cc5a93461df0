import type { Connector } from '../model/types';
import { LAYOUT } from './constants';
import { clampLines, wrapText } from './text';
import type { BlueprintLayout, CardBox, ConnectorBox, LaneBox, Point, StepBox } from './types';

/** A step column and its place from the left, for routing. */
export interface Column { index: number; step: StepBox }

/** What routing needs of a layout: its columns by step id, lanes by id, and each column's cards from the top. */
export interface Routing {
  columns: Map<string, Column>;
  lanes: Map<string, LaneBox>;
  cardsInColumn: CardBox[][];
}

export function routingOf(layout: Pick<BlueprintLayout, 'steps' | 'lanes' | 'cards'>): Routing {
  const columns = new Map(layout.steps.map((step, index) => [step.id, { index, step }]));
  const cardsInColumn: CardBox[][] = layout.steps.map(() => []);
  for (const card of layout.cards) {
    const column = columns.get(card.stepId);
    if (column) cardsInColumn[column.index]!.push(card);
  }
  for (const cards of cardsInColumn) cards.sort((a, b) => a.y - b.y);
  return { columns, lanes: new Map(layout.lanes.map((l) => [l.id, l])), cardsInColumn };
}

/**
 * Routes a connector orthogonally through the gutter beside the source card's column: out of
 * the side facing the target, along the gutter, into the target's facing side. Cards in one
 * column are joined through the gutter on their right. When the run into the target would pass
 * through a card of a column in between, it goes instead along the free band at the top or
 * bottom of a lane (no card reaches into a lane's padding) to the gutter beside the target.
 */
export function routeConnector(connector: Pick<Connector, 'id' | 'from' | 'to' | 'kind' | 'label'>, from: CardBox, to: CardBox, routing: Routing): ConnectorBox {
  const a = routing.columns.get(from.stepId) as Column;
  const b = routing.columns.get(to.stepId) as Column;
  // Connectors sharing a gutter or a card side are spread a little apart, by a stable hash of
  // their id, so that parallel runs and arrowheads do not fall on top of each other.
  const spread = hash(connector.id);
  const ay = from.y + from.height / 2 + (((spread >>> 3) % 5) - 2) * Math.min(5, from.height / 10);
  const by = to.y + to.height / 2 + (((spread >>> 6) % 5) - 2) * Math.min(5, to.height / 10);
  const shift = ((spread % 7) - 3) * 3;
  let path: Point[];
  if (b.index === a.index) {
    const gx = a.step.x + a.step.width + shift;
    path = orthogonal({ x: from.x + from.width, y: ay }, gx, { x: to.x + to.width, y: by });
  } else {
    const right = b.index > a.index;
    const start = { x: right ? from.x + from.width : from.x, y: ay };
    const end = { x: right ? to.x : to.x + to.width, y: by };
    const gx = (right ? a.step.x + a.step.width : a.step.x) + shift;
    if (!blocked(routing, a.index, b.index, by)) path = orthogonal(start, gx, end);
    else {
      const gx2 = (right ? b.step.x : b.step.x + b.step.width) + shift;
      const cy = channel(routing, from, to, ay, by, spread);
      path = [start, { x: gx, y: ay }, { x: gx, y: cy }, { x: gx2, y: cy }, { x: gx2, y: by }, end];
    }
  }
  return {
    id: connector.id, from: connector.from, to: connector.to, kind: connector.kind, label: connector.label,
    path, labelAt: labelPoint(path), labelLines: labelLines(connector.label),
  };
}

/** Whether a card of a column strictly between `a` and `b` reaches height `y` (cards are sorted from the top). */
function blocked(routing: Routing, a: number, b: number, y: number): boolean {
  for (let i = Math.min(a, b) + 1; i < Math.max(a, b); i++) {
    const cards = routing.cardsInColumn[i]!;
    let lo = 0;
    let hi = cards.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cards[mid]!.y + cards[mid]!.height < y - CLEARANCE) lo = mid + 1;
      else hi = mid;
    }
    const card = cards[lo];
    if (card && card.y - CLEARANCE < y) return true;
  }
  return false;
}

/** A line this close to a card's edge reads as touching it. */
const CLEARANCE = 3;

/**
 * The height of the detour: the middle of the free band at the top or bottom of the source's or
 * the target's lane, whichever makes the shortest way, spread apart like the gutters.
 */
function channel(routing: Routing, from: CardBox, to: CardBox, ay: number, by: number, spread: number): number {
  const band = LAYOUT.cellPaddingY / 2;
  const offset = (((spread >>> 9) % 3) - 1) * 3;
  let best = NaN;
  let cost = Infinity;
  for (const laneId of [to.laneId, from.laneId]) {
    const lane = routing.lanes.get(laneId);
    if (!lane) continue;
    for (const y of [lane.y + band + offset, lane.y + lane.height - band + offset]) {
      const c = Math.abs(ay - y) + Math.abs(y - by);
      if (c < cost) {
        cost = c;
        best = y;
      }
    }
  }
  return Number.isNaN(best) ? by : best;
}

function orthogonal(start: Point, gx: number, end: Point): Point[] {
  if (start.y === end.y) return [start, end];
  return [start, { x: gx, y: start.y }, { x: gx, y: end.y }, end];
}

/**
 * Where the label goes: on the longest run along a gutter when there is one, since gutters hold
 * no cards; else the middle of the line.
 */
function labelPoint(path: Point[]): Point {
  let run: [Point, Point] = [path[0] as Point, path[path.length - 1] as Point];
  let longest = -1;
  for (let i = 2; i < path.length - 1; i += 2) {
    const p = path[i - 1] as Point;
    const q = path[i] as Point;
    if (Math.abs(q.y - p.y) > longest) {
      longest = Math.abs(q.y - p.y);
      run = [p, q];
    }
  }
  const [a, b] = run;
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/** A label may reach 8 px past the gutter on either side: still inside the cards' own padding. */
const LABEL_WIDTH = 2 * LAYOUT.cellPaddingX + 16 - 6;

function labelLines(label: string): string[] {
  if (!label.trim()) return [];
  const size = LAYOUT.connectorLabelFontSize;
  return clampLines(wrapText(label.trim(), size, LABEL_WIDTH), LAYOUT.connectorLabelMaxLines, size, LABEL_WIDTH);
}

/** FNV-1a: a small, stable hash, the same in every process. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
