import type { ConnectorKind } from '../model/types';
import { CONNECTOR_COLOR } from './palette';

/**
 * An arrowhead in its own box (`box` units square), placed with its point `ref` on the route's
 * end and scaled to `size` px: a polygon (`closed`, filled) or an open chevron drawn with a `stroke`.
 */
export interface Arrowhead { box: number; size: number; ref: [number, number]; points: [number, number][]; closed: boolean; stroke?: number }

/** The arrowhead's outline as SVG path data in its own box (the canvas's markers). */
export const arrowheadPath = (head: Arrowhead): string =>
  head.points.map(([x, y], i) => `${i ? 'L' : 'M'}${x} ${y}`).join('') + (head.closed ? 'Z' : '');

export interface ConnectorStyle {
  color: string;
  width: number;
  dash?: readonly number[];
  head: Arrowhead;
  /** A dot on the route's start (a cause marks where the trouble starts), radius in px. */
  startDot?: number;
}

/**
 * How each kind of connector is drawn, on the canvas (its arrowhead markers and line classes)
 * and in every export: told apart by line pattern and arrowhead as well as colour.
 */
export const CONNECTOR_STYLE: Record<ConnectorKind, ConnectorStyle> = {
  flow: { color: CONNECTOR_COLOR.flow, width: 1.6, head: { box: 10, size: 9, ref: [9, 5], points: [[0, 0], [10, 5], [0, 10]], closed: true } },
  dependency: { color: CONNECTOR_COLOR.dependency, width: 1.6, dash: [7, 5], head: { box: 10, size: 10, ref: [9, 5], points: [[1, 1], [9, 5], [1, 9]], closed: false, stroke: 1.6 } },
  cause: { color: CONNECTOR_COLOR.cause, width: 2, head: { box: 12, size: 12, ref: [11, 6], points: [[0, 1], [12, 6], [0, 11], [3, 6]], closed: true }, startDot: 3.2 },
  feedback: { color: CONNECTOR_COLOR.feedback, width: 1.6, dash: [2, 5], head: { box: 10, size: 9, ref: [9, 5], points: [[0, 0], [10, 5], [0, 10]], closed: false, stroke: 1.6 } },
};
