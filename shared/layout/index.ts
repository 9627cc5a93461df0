export { layoutBlueprint } from './blueprint';
export { LAYOUT, STEP_WIDTH } from './constants';
export { FONT_FAMILY, clampLines, measureText, wrapText, type FontWeight } from './text';
export { hasMarks } from './cards';
export type * from './types';
export { routeConnector, routingOf, type Column, type Routing } from './connectors';
