export { renderSheet, SHEET_MARGIN, type Sheet, type SheetOptions } from './sheet';
export { toSvg, escapeXml } from './svg';
export { Painter, type DisplayItem, type DisplayList } from './displayList';
export { CARD_KIND_STYLE, CONNECTOR_STYLE, INK, LANE_TINT, SENTIMENT_STYLE, STRATEGY_STYLE, FAIL_POINT_COLOR } from './palette';
export { sentimentLabel, CHANNEL_LABEL } from './marks';
