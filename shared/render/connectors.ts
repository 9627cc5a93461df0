import { LAYOUT } from '../layout/constants';
import { measureText } from '../layout/text';
import type { ConnectorBox, Point } from '../layout/types';
import type { Painter } from './displayList';
import { CONNECTOR_STYLE, INK } from './palette';

const ARROW_LENGTH = 8;
const ARROW_HALF_WIDTH = 4;

/** The line of a connector, stopped short of its target so the arrowhead ends on the card edge. */
export function drawConnector(p: Painter, connector: ConnectorBox): void {
  const style = CONNECTOR_STYLE[connector.kind];
  const path = connector.path;
  if (path.length < 2) return;
  const end = path[path.length - 1] as Point;
  const before = path[path.length - 2] as Point;
  const length = Math.hypot(end.x - before.x, end.y - before.y) || 1;
  const ux = (end.x - before.x) / length;
  const uy = (end.y - before.y) / length;
  const shortened = [...path.slice(0, -1), { x: end.x - ux * ARROW_LENGTH, y: end.y - uy * ARROW_LENGTH }];
  p.polyline(shortened, { stroke: style.color, strokeWidth: style.width, fill: 'none', ...(style.dash ? { dash: style.dash } : {}) });
  const base = { x: end.x - ux * ARROW_LENGTH, y: end.y - uy * ARROW_LENGTH };
  p.polyline([
    end,
    { x: base.x - uy * ARROW_HALF_WIDTH, y: base.y + ux * ARROW_HALF_WIDTH },
    { x: base.x + uy * ARROW_HALF_WIDTH, y: base.y - ux * ARROW_HALF_WIDTH },
  ], { fill: style.color }, true);
  if (connector.kind === 'cause') p.circle((path[0] as Point).x, (path[0] as Point).y, 3, { fill: style.color });
}

export function drawConnectorLabel(p: Painter, connector: ConnectorBox): void {
  const lines = connector.labelLines;
  if (!lines.length) return;
  const style = CONNECTOR_STYLE[connector.kind];
  const size = LAYOUT.connectorLabelFontSize;
  const lineHeight = LAYOUT.connectorLabelLineHeight;
  const width = Math.max(...lines.map((l) => measureText(l, size))) + 6;
  const height = lines.length * lineHeight + 4;
  const { x, y } = connector.labelAt;
  p.rect(x - width / 2, y - height / 2, width, height, { radius: 3, fill: INK.paper, stroke: style.color, strokeWidth: 0.8 });
  lines.forEach((line, i) => {
    p.text(x, y - height / 2 + 2 + (i + 1) * lineHeight - 2.5, line, { size, fill: style.color, anchor: 'middle' });
  });
}
