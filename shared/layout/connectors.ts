import type { Connector } from '../model/types';
import { LAYOUT } from './constants';
import { clampLines, wrapText } from './text';
import type { CardBox, ConnectorBox, Point, StepBox } from './types';

/** A step column and its place from the left, for routing. */
export interface Column { index: number; step: StepBox }

/** The columns of a layout by step id, as `routeConnector` needs them. */
export function columnsOf(steps: StepBox[]): Map<string, Column> {
  return new Map(steps.map((step, index) => [step.id, { index, step }]));
}

/**
 * Routes a connector orthogonally through the gutter beside the source card's column: out of
 * the side facing the target, along the gutter, into the target's facing side. Cards in one
 * column are joined through the gutter on their right.
 */
export function routeConnector(connector: Pick<Connector, 'id' | 'from' | 'to' | 'kind' | 'label'>, from: CardBox, to: CardBox, columns: Map<string, Column>): ConnectorBox {
  const a = columns.get(from.stepId) as Column;
  const b = columns.get(to.stepId) as Column;
  // Connectors sharing a gutter or a card side are spread a little apart, by a stable hash of
  // their id, so that parallel runs and arrowheads do not fall on top of each other.
  const spread = hash(connector.id);
  const ay = from.y + from.height / 2 + (((spread >> 3) % 5) - 2) * Math.min(5, from.height / 10);
  const by = to.y + to.height / 2 + (((spread >> 6) % 5) - 2) * Math.min(5, to.height / 10);
  const shift = ((spread % 7) - 3) * 3;
  let path: Point[];
  if (b.index > a.index) {
    const gx = a.step.x + a.step.width + shift;
    path = orthogonal({ x: from.x + from.width, y: ay }, gx, { x: to.x, y: by });
  } else if (b.index < a.index) {
    const gx = a.step.x + shift;
    path = orthogonal({ x: from.x, y: ay }, gx, { x: to.x + to.width, y: by });
  } else {
    const gx = a.step.x + a.step.width + shift;
    path = orthogonal({ x: from.x + from.width, y: ay }, gx, { x: to.x + to.width, y: by });
  }
  return {
    id: connector.id, from: connector.from, to: connector.to, kind: connector.kind, label: connector.label,
    path, labelAt: labelPoint(path), labelLines: labelLines(connector.label),
  };
}

function orthogonal(start: Point, gx: number, end: Point): Point[] {
  if (start.y === end.y) return [start, end];
  return [start, { x: gx, y: start.y }, { x: gx, y: end.y }, end];
}

/**
 * Where the label goes: on the run along the gutter when there is one, since that is the only
 * part of the route that never crosses a card; else the middle of the line.
 */
function labelPoint(path: Point[]): Point {
  const [a, b] = path.length === 4 ? [path[1] as Point, path[2] as Point] : [path[0] as Point, path[path.length - 1] as Point];
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
