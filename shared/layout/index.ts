export { layoutBlueprint, layoutUnrouted, withRoutes } from './blueprint';
export { LAYOUT, STEP_WIDTH } from './constants';
export { FONT_FAMILY, clampLines, measureText, wrapText, type FontWeight } from './text';
export { hasMarks } from './cards';
export type * from './types';
export { routeConnector, routeConnectors, routingOf, type Column, type RouteRequest, type Routing } from './connectors';
export { labelSize } from './labels';
