import type { ConnectorKind } from '../model/types';
import { CONNECTOR_COLOR } from './palette';

/**
 * An arrowhead in its own box (`box` units square), placed with its point `ref` on the route's
 * end and scaled to `size` px: filled, or an open chevron drawn with a `stroke`.
 */
export interface Arrowhead { box: number; size: number; ref: [number, number]; d: string; stroke?: number }

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
  flow: { color: CONNECTOR_COLOR.flow, width: 1.6, head: { box: 10, size: 9, ref: [9, 5], d: 'M0 0L10 5L0 10Z' } },
  dependency: { color: CONNECTOR_COLOR.dependency, width: 1.6, dash: [7, 5], head: { box: 10, size: 10, ref: [9, 5], d: 'M1 1L9 5L1 9', stroke: 1.6 } },
  cause: { color: CONNECTOR_COLOR.cause, width: 2, head: { box: 12, size: 12, ref: [11, 6], d: 'M0 1L12 6L0 11L3 6Z' }, startDot: 3.2 },
  feedback: { color: CONNECTOR_COLOR.feedback, width: 1.6, dash: [2, 5], head: { box: 10, size: 9, ref: [9, 5], d: 'M0 0L10 5L0 10', stroke: 1.6 } },
};
