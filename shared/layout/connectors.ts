import type { Connector } from '../model/types';
import { LAYOUT } from './constants';
import { placeLabels } from './labels';
import { assignTracks, spreadSlots, type Run, type Slot } from './spread';
import type { BlueprintLayout, CardBox, ConnectorBox, LaneBox, Point, StepBox } from './types';

/** A step column and its place from the left, for routing. */
export interface Column { index: number; step: StepBox }

/** What routing needs of a layout: its columns, lanes, each column's cards from the top, its gutters. */
export interface Routing {
  columns: Map<string, Column>;
  lanes: Map<string, LaneBox>;
  cardsInColumn: CardBox[][];
  /** x of every gutter: the left edge of each column, then the right edge of the last. */
  gutters: number[];
  /** The grid right of the lane headers and below the step headers, where labels may go. */
  area: { x0: number; y0: number; x1: number; y1: number };
  /** Heights of the three lines, which labels rather leave uncovered. */
  lines: number[];
}

type RoutedLayout = Pick<BlueprintLayout, 'steps' | 'lanes' | 'cards' | 'lines' | 'width' | 'height' | 'stageHeaderHeight' | 'stepHeaderHeight' | 'laneHeaderWidth'>;

export function routingOf(layout: RoutedLayout): Routing {
  const columns = new Map(layout.steps.map((step, index) => [step.id, { index, step }]));
  const cardsInColumn: CardBox[][] = layout.steps.map(() => []);
  for (const card of layout.cards) {
    const column = columns.get(card.stepId);
    if (column) cardsInColumn[column.index]!.push(card);
  }
  for (const cards of cardsInColumn) cards.sort((a, b) => a.y - b.y);
  const last = layout.steps[layout.steps.length - 1];
  const gutters = [...layout.steps.map((s) => s.x), ...(last ? [last.x + last.width] : [])];
  const area = { x0: layout.laneHeaderWidth, y0: layout.stageHeaderHeight + layout.stepHeaderHeight, x1: layout.width, y1: layout.height };
  return { columns, lanes: new Map(layout.lanes.map((l) => [l.id, l])), cardsInColumn, gutters, area, lines: layout.lines.map((l) => l.y) };
}

type ConnectorRecord = Pick<Connector, 'id' | 'from' | 'to' | 'kind' | 'label'>;
export interface RouteRequest { connector: ConnectorRecord; from: CardBox; to: CardBox }

type Side = 'left' | 'right' | 'top' | 'bottom';
/** An end of a route on a side of its card, where spreading puts it (`at`). */
interface End extends Slot { card: CardBox; side: Side; group: number }

/**
 * How a route goes. `side`: out of the side facing the target, along the gutter beside the
 * source's column, into the target's facing side (straight when both ends are level).
 * `detour`: the same, but when that last run would cross a card, along a lane's free band to
 * the gutter beside the target. `vertical`: two cards of one column with nothing between, from
 * the bottom of the upper into the top of the lower (or back up). `around`: one column with
 * cards between, out of the source's side, along the gutter, and into the target from above
 * (or below) through the gap beside it, so the route still reads in the flow's direction.
 * `loop`: a card joined to itself (only a damaged file has one), out of and back into its right side.
 */
type Shape =
  | { kind: 'side'; gutter: number }
  | { kind: 'detour'; gutter: number; gutter2: number; bandY: number }
  | { kind: 'vertical' }
  | { kind: 'around'; gutter: number; turnY: number }
  | { kind: 'loop'; gutter: number };

interface Plan { request: RouteRequest; index: number; from: End; to: End; shape: Shape; runs: Run[] }

/** A line this close to a card's edge reads as touching it. */
const CLEARANCE = 3;
/** Ends on a card's left or right side stay this far from its corners (less on small cards). */
const SIDE_MARGIN = 8;
const SIDE_GAP = 6;
/** Ends on a card's top or bottom stay this far from its corners, this far apart. */
const TOP_MARGIN = 24;
const TOP_GAP = 12;
/** Parallel runs in a gutter, and in a lane's free band, lie this far apart at most. */
const GUTTER_STEP = 6;
const BAND_STEP = 4;

/**
 * Routes every connector of a layout: orthogonal paths that never cross a card and read in the
 * flow's direction, their ends spread along card sides and their parallel runs spread over
 * gutters and bands, and each label placed where it covers no card (see labels.ts).
 */
export function routeConnectors(requests: RouteRequest[], routing: Routing): ConnectorBox[] {
  const plans = requests.map((r, i) => plan(r, i, routing));
  spreadEnds(plans);
  const gutterRuns: Run[] = [];
  const bandRuns: Run[] = [];
  for (const p of plans) settle(p, routing, gutterRuns, bandRuns);
  assignTracks(gutterRuns, (gutter) => gutterHalf(routing, gutter), GUTTER_STEP, 4);
  assignTracks(bandRuns, () => LAYOUT.cellPaddingY / 2 - 3, BAND_STEP, 6);
  const boxes = plans.map((p) => ({
    id: p.request.connector.id, from: p.request.connector.from, to: p.request.connector.to,
    kind: p.request.connector.kind, label: p.request.connector.label,
    path: pathOf(p, routing), labelBox: null,
  }));
  placeLabels(boxes, routing);
  return boxes;
}

/** One connector routed on its own (a dragged card's connectors follow the pointer this way). */
export function routeConnector(connector: ConnectorRecord, from: CardBox, to: CardBox, routing: Routing): ConnectorBox {
  return routeConnectors([{ connector, from, to }], routing)[0]!;
}

function plan(request: RouteRequest, index: number, routing: Routing): Plan {
  const { from, to } = request;
  const a = routing.columns.get(from.stepId) as Column;
  const b = routing.columns.get(to.stepId) as Column;
  const end = (card: CardBox, side: Side, ideal: number, which: 0 | 1): End => ({ card, side, group: 0, order: 2 * index + which, ideal, at: ideal });
  if (from.id === to.id) {
    const [y0, y1] = sideRange(from);
    return { request, from: end(from, 'right', y0, 0), to: end(to, 'right', y1, 1), shape: { kind: 'loop', gutter: a.index + 1 }, runs: [], index };
  }
  if (a.index === b.index) {
    const down = to.y > from.y;
    const [upper, lower] = down ? [from, to] : [to, from];
    const enter = end(to, down ? 'top' : 'bottom', centreX(to), 1);
    if (!cardBetween(routing.cardsInColumn[a.index]!, upper, lower)) {
      return { request, index, from: end(from, down ? 'bottom' : 'top', centreX(from), 0), to: enter, shape: { kind: 'vertical' }, runs: [] };
    }
    // The gutter on the right, unless that is the blueprint's edge.
    const right = a.index + 1 < routing.gutters.length - 1 || a.index === 0;
    const turnY = down ? to.y - LAYOUT.cardGap / 2 : to.y + to.height + LAYOUT.cardGap / 2;
    return {
      request, index, from: end(from, right ? 'right' : 'left', clamp(turnY, ...sideRange(from)), 0), to: enter,
      shape: { kind: 'around', gutter: right ? a.index + 1 : a.index, turnY }, runs: [],
    };
  }
  const right = b.index > a.index;
  const [ay, by] = facing(from, to);
  return {
    request, index,
    from: end(from, right ? 'right' : 'left', ay, 0),
    to: end(to, right ? 'left' : 'right', by, 1),
    shape: { kind: 'side', gutter: right ? a.index + 1 : a.index }, runs: [],
  };
}

/** Where two cards in different columns would like their ends: level where their sides overlap. */
function facing(from: CardBox, to: CardBox): [number, number] {
  const [a0, a1] = sideRange(from);
  const [b0, b1] = sideRange(to);
  const lo = Math.max(a0, b0);
  const hi = Math.min(a1, b1);
  if (lo <= hi) return [(lo + hi) / 2, (lo + hi) / 2];
  return [clamp(to.y + to.height / 2, a0, a1), clamp(from.y + from.height / 2, b0, b1)];
}

function sideRange(card: CardBox): [number, number] {
  const m = Math.min(SIDE_MARGIN, card.height / 4);
  return [card.y + m, card.y + card.height - m];
}

const SIDES: Record<Side, number> = { left: 0, right: 1, top: 2, bottom: 3 };

/** Spreads the ends on each side of each card: all ends sorted by card and side, then one side at a time. */
function spreadEnds(plans: Plan[]): void {
  const cardIndex = new Map<string, number>();
  const ends: End[] = [];
  for (const p of plans) {
    for (const end of [p.from, p.to]) {
      let i = cardIndex.get(end.card.id);
      if (i === undefined) cardIndex.set(end.card.id, (i = cardIndex.size));
      end.group = 4 * i + SIDES[end.side];
      ends.push(end);
    }
  }
  ends.sort((a, b) => a.group - b.group);
  for (let i = 0; i < ends.length; ) {
    let j = i + 1;
    while (j < ends.length && ends[j]!.group === ends[i]!.group) j++;
    const { card, side } = ends[i]!;
    const slots = ends.slice(i, j);
    if (side === 'left' || side === 'right') {
      const m = Math.min(SIDE_MARGIN, card.height / 4);
      spreadSlots(slots, card.y + m, card.y + card.height - m, SIDE_GAP);
    } else {
      const m = Math.min(TOP_MARGIN, card.width / 4);
      spreadSlots(slots, card.x + m, card.x + card.width - m, TOP_GAP);
    }
    i = j;
  }
}

/** With the ends in place: detours where a level run would cross a card, and the runs to spread. */
function settle(p: Plan, routing: Routing, gutterRuns: Run[], bandRuns: Run[]): void {
  const shape = p.shape;
  const ay = p.from.at;
  const by = p.to.at;
  const add = (list: Run[], channel: number, from: number, to: number) => {
    const r: Run = { channel, from, to, order: p.index, offset: 0 };
    list.push(r);
    p.runs.push(r);
  };
  if (shape.kind === 'around') add(gutterRuns, shape.gutter, ay, shape.turnY);
  if (shape.kind === 'loop') add(gutterRuns, shape.gutter, ay, by);
  if (shape.kind !== 'side') return;
  const a = routing.columns.get(p.from.card.stepId) as Column;
  const b = routing.columns.get(p.to.card.stepId) as Column;
  if (!blocked(routing, a.index, b.index, by)) {
    if (ay !== by) add(gutterRuns, shape.gutter, ay, by);
    return;
  }
  const right = b.index > a.index;
  const gutter2 = right ? b.index : b.index + 1;
  const band = channel(routing, p.from.card, p.to.card, ay, by);
  p.shape = { kind: 'detour', gutter: shape.gutter, gutter2, bandY: band.y };
  add(gutterRuns, shape.gutter, ay, band.y);
  add(gutterRuns, gutter2, band.y, by);
  add(bandRuns, band.channel, routing.gutters[shape.gutter]!, routing.gutters[gutter2]!);
}

function pathOf(p: Plan, routing: Routing): Point[] {
  const { from, to, shape } = p;
  const start = endPoint(from);
  const end = endPoint(to);
  switch (shape.kind) {
    case 'vertical': {
      if (start.x === end.x) return [start, end];
      const mid = (start.y + end.y) / 2;
      return [start, { x: start.x, y: mid }, { x: end.x, y: mid }, end];
    }
    case 'around': {
      const gx = gutterX(routing, shape.gutter) + p.runs[0]!.offset;
      return [start, { x: gx, y: start.y }, { x: gx, y: shape.turnY }, { x: end.x, y: shape.turnY }, end];
    }
    case 'loop':
    case 'side': {
      if (start.y === end.y && shape.kind === 'side') return [start, end];
      const gx = gutterX(routing, shape.gutter) + p.runs[0]!.offset;
      return [start, { x: gx, y: start.y }, { x: gx, y: end.y }, end];
    }
    case 'detour': {
      const gx = gutterX(routing, shape.gutter) + p.runs[0]!.offset;
      const gx2 = gutterX(routing, shape.gutter2) + p.runs[1]!.offset;
      const cy = shape.bandY + p.runs[2]!.offset;
      return [start, { x: gx, y: start.y }, { x: gx, y: cy }, { x: gx2, y: cy }, { x: gx2, y: end.y }, end];
    }
  }
}

function endPoint(e: End): Point {
  const c = e.card;
  switch (e.side) {
    case 'left': return { x: c.x, y: e.at };
    case 'right': return { x: c.x + c.width, y: e.at };
    case 'top': return { x: e.at, y: c.y };
    case 'bottom': return { x: e.at, y: c.y + c.height };
  }
}

/**
 * The middle of a gutter, and how far runs may stray from it. Between two columns that is the
 * whole space between their cards; at the blueprint's left and right edges only the half beside
 * the cards, so no route touches the lane headers or leaves the grid.
 */
function gutterX(routing: Routing, gutter: number): number {
  const x = routing.gutters[gutter]!;
  const inset = LAYOUT.cellPaddingX / 2;
  return gutter === 0 ? x + inset : gutter === routing.gutters.length - 1 ? x - inset : x;
}

function gutterHalf(routing: Routing, gutter: number): number {
  const edge = gutter === 0 || gutter === routing.gutters.length - 1;
  return edge ? LAYOUT.cellPaddingX / 2 - CLEARANCE - 1 : LAYOUT.cellPaddingX - CLEARANCE - 1;
}

/** Whether a card of the column lies wholly between `upper` and `lower` (cards are sorted from the top). */
function cardBetween(cards: CardBox[], upper: CardBox, lower: CardBox): boolean {
  const top = upper.y + upper.height;
  let lo = 0;
  let hi = cards.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cards[mid]!.y < top) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < cards.length && cards[i]!.y < lower.y; i++) {
    const card = cards[i]!;
    if (card.id !== lower.id && card.id !== upper.id && card.y + card.height <= lower.y) return true;
  }
  return false;
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

/**
 * The band of the detour: the free band at the top or bottom of the source's or the target's
 * lane (no card reaches into a lane's padding), whichever makes the shortest way.
 */
function channel(routing: Routing, from: CardBox, to: CardBox, ay: number, by: number): { channel: number; y: number } {
  const band = LAYOUT.cellPaddingY / 2;
  let best = { channel: -1, y: by };
  let cost = Infinity;
  for (const laneId of [to.laneId, from.laneId]) {
    const lane = routing.lanes.get(laneId);
    if (!lane) continue;
    // A band is known by its height: no two lanes' bands share one.
    for (const y of [lane.y + band, lane.y + lane.height - band]) {
      const c = Math.abs(ay - y) + Math.abs(y - by);
      if (c < cost) {
        cost = c;
        best = { channel: y, y };
      }
    }
  }
  return best;
}

const centreX = (card: CardBox) => card.x + card.width / 2;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
