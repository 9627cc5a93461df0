import { LAYOUT } from '../layout/constants';
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

/** The label in the box the layout placed clear of the cards, as the canvas draws it. */
export function drawConnectorLabel(p: Painter, connector: ConnectorBox): void {
  const box = connector.labelBox;
  if (!box) return;
  const style = CONNECTOR_STYLE[connector.kind];
  const size = LAYOUT.connectorLabelFontSize;
  const lineHeight = LAYOUT.connectorLabelLineHeight;
  p.rect(box.x, box.y, box.width, box.height, { radius: 3, fill: INK.paper, stroke: style.color, strokeWidth: 1 });
  box.lines.forEach((line, i) => {
    p.text(box.x + box.width / 2, box.y + LAYOUT.connectorLabelPaddingY + (i + 1) * lineHeight - 3, line, { size, fill: INK.text, anchor: 'middle' });
  });
}
