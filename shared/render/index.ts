export { renderSheet, SHEET_MARGIN, type Sheet } from './sheet';
export { toSvg, escapeXml } from './svg';
export { Painter, type DisplayItem, type DisplayList, type DisplaySymbol } from './displayList';
export { CARD_KIND_COLOR, CONNECTOR_COLOR, FAIL_POINT_COLOR, GAP_COLOR, INK, LANE_TINT, LINE_STYLE, SENTIMENT_COLOR, STRATEGY_COLOR } from './palette';
export { CONNECTOR_STYLE, arrowheadPath, type Arrowhead, type ConnectorStyle } from './connectorStyle';
export { LEGEND, type LegendEntry, type LegendGroup, type LegendSample } from './legendModel';
export { MARK_SHAPES, maskSvg, sentimentKey, sentimentMark, touchpointMark, type MarkName, type MarkPart, type MarkShape } from './markShapes';
export { markRow, sentimentName, SENTIMENT_NAMES, type RowItem } from './markRow';
export { strategyNotes, type StrategyNote } from './notes';
