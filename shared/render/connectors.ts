import { LAYOUT } from '../layout/constants';
import type { ConnectorBox, Point } from '../layout/types';
import { CONNECTOR_STYLE } from './connectorStyle';
import type { Painter } from './displayList';
import { INK } from './palette';

/** The line of a connector with its kind's arrowhead (and a cause's dot at its start), as the canvas draws it. */
export function drawConnector(p: Painter, connector: ConnectorBox): void {
  const style = CONNECTOR_STYLE[connector.kind];
  const path = connector.path;
  if (path.length < 2) return;
  p.polyline(path, { stroke: style.color, strokeWidth: style.width, fill: 'none', ...(style.dash ? { dash: style.dash } : {}) });
  const end = path[path.length - 1] as Point;
  const before = path[path.length - 2] as Point;
  const length = Math.hypot(end.x - before.x, end.y - before.y) || 1;
  const ux = (end.x - before.x) / length;
  const uy = (end.y - before.y) / length;
  const head = style.head;
  const s = head.size / head.box;
  // The head's own box, its point `ref` on the route's end, turned along the last run.
  const points = head.points.map(([u, v]) => {
    const a = (u - head.ref[0]) * s;
    const b = (v - head.ref[1]) * s;
    return { x: end.x + a * ux - b * uy, y: end.y + a * uy + b * ux };
  });
  if (head.stroke) p.polyline(points, { fill: 'none', stroke: style.color, strokeWidth: head.stroke * s });
  else p.polyline(points, { fill: style.color }, head.closed);
  if (style.startDot) p.circle((path[0] as Point).x, (path[0] as Point).y, style.startDot, { fill: style.color });
}

/** The label in the box the layout placed clear of the cards, as the canvas draws it. */
export function drawConnectorLabel(p: Painter, connector: ConnectorBox): void {
  const box = connector.labelBox;
  if (!box) return;
  const size = LAYOUT.connectorLabelFontSize;
  const lineHeight = LAYOUT.connectorLabelLineHeight;
  p.rect(box.x, box.y, box.width, box.height, { radius: 3, fill: INK.paper, stroke: CONNECTOR_STYLE[connector.kind].color, strokeWidth: 1 });
  box.lines.forEach((line, i) => {
    p.text(box.x + box.width / 2, box.y + LAYOUT.connectorLabelPaddingY + (i + 1) * lineHeight - 3, line, { size, fill: INK.text, anchor: 'middle' });
  });
}
