/** Sizes in px at 100% zoom, shared by the canvas and every export. */
export const LAYOUT = {
  laneHeaderWidth: 176,
  laneHeaderPadding: 14,
  laneHeaderFontSize: 13,
  laneHeaderLineHeight: 17,
  laneMinHeight: 96,
  curveLaneMinHeight: 140,

  stageHeaderHeight: 40,
  stageFontSize: 14,
  stepHeaderMinHeight: 36,
  stepHeaderPadding: 9,
  stepFontSize: 12,
  stepLineHeight: 16,
  stepMaxLines: 3,

  cellPaddingX: 18,
  cellPaddingY: 14,
  cardWidth: 208,
  cardGap: 10,
  cardPadding: 10,
  cardRadius: 6,
  titleFontSize: 13,
  titleLineHeight: 17,
  titleMaxLines: 4,
  descriptionGap: 4,
  descriptionFontSize: 11,
  descriptionLineHeight: 15,
  descriptionMaxLines: 5,
  /** The owner (department) under the title and description: a person mark and the name on one line. */
  ownerGap: 4,
  ownerFontSize: 10.5,
  ownerLineHeight: 14,
  ownerIconSize: 12,
  imageHeight: 96,
  imageGap: 8,
  /** The row of touchpoint, strategy, fail point and product marks at the foot of a card. */
  footerGap: 8,
  footerHeight: 22,
  /** Connector labels: placed where they cover no card (labels.ts), the same size on screen and paper. */
  connectorLabelFontSize: 10,
  connectorLabelLineHeight: 12,
  connectorLabelMaxLines: 3,
  connectorLabelPaddingX: 5,
  connectorLabelPaddingY: 2,
} as const;

/** Width of one step column: one card plus the gutters either side. */
export const STEP_WIDTH = LAYOUT.cardWidth + 2 * LAYOUT.cellPaddingX;
