import type { CardKind, ConnectorKind, Id, LaneKind, LaneRole } from '../model/types';

export interface Point { x: number; y: number }

export interface LaneBox {
  id: Id; name: string; kind: LaneKind; role: LaneRole | null;
  y: number; height: number;
  /** The name wrapped to the lane header. */
  nameLines: string[];
}

export interface StageBox { id: Id; name: string; x: number; width: number; nameLines: string[] }

export interface StepBox { id: Id; stageId: Id; name: string; x: number; width: number; nameLines: string[] }

export type BlueprintLineId = 'interaction' | 'visibility' | 'internal';

export interface LineBox { id: BlueprintLineId; label: string; y: number; x1: number; x2: number }

export interface CardBox {
  id: Id; laneId: Id; stepId: Id; kind: CardKind;
  x: number; y: number; width: number; height: number;
  titleLines: string[];
  descriptionLines: string[];
  /** The owning department on one line (clamped), and the top of that line, when the card has an owner. */
  owner?: { y: number; text: string };
  /** Photo of physical evidence, when the card has one. */
  image?: { assetId: Id; x: number; y: number; width: number; height: number };
  /** Top of the marks row (touchpoint, strategy, fail point, product ratings), when the card has marks. */
  footerY?: number;
}

/** A connector label: its box on the blueprint, placed clear of the cards, and its wrapped lines. */
export interface LabelBox { x: number; y: number; width: number; height: number; lines: string[] }

export interface ConnectorBox {
  id: Id; from: Id; to: Id; kind: ConnectorKind; label: string;
  /** Orthogonal polyline from a side of `from` to a side of `to` (left or right, or top or bottom within one column). */
  path: Point[];
  /** Null when the connector has no label. */
  labelBox: LabelBox | null;
}

export interface CurvePoint extends Point {
  stepId: Id;
  /** Importance-weighted mean sentiment of the step's touchpoints, −2…+2. */
  value: number;
}

export interface ExperienceCurve {
  laneId: Id;
  /** y of sentiment 0, and of the extremes +2 and −2. */
  zeroY: number; topY: number; bottomY: number;
  /** One point per step that has touchpoints, left to right. */
  points: CurvePoint[];
}

export interface BlueprintLayout {
  blueprintId: Id;
  width: number;
  height: number;
  laneHeaderWidth: number;
  stageHeaderHeight: number;
  stepHeaderHeight: number;
  /** Visible lanes only, top to bottom. */
  lanes: LaneBox[];
  stages: StageBox[];
  steps: StepBox[];
  lines: LineBox[];
  cards: CardBox[];
  connectors: ConnectorBox[];
  curve?: ExperienceCurve;
}
