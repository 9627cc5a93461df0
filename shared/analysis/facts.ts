import { byPosition, experienceGap, sorted } from '../model/queries';
import type { Blueprint, Card, Connector, Id, Lane, Stage, Step, Touchpoint, WorkshopDoc } from '../model/types';

/** A card marked as a touchpoint. */
export type TouchpointCard = Card & { touchpoint: Touchpoint };

/** Importance at which a touchpoint is key (CONTRACT §6). */
export const KEY_IMPORTANCE = 4;

/**
 * What every analysis of one blueprint reads, gathered once: its stages and steps in order, its
 * lanes, and its cards in reading order (stage, step, lane, position). Every lane counts, hidden
 * ones too: hiding a lane changes the picture, not the data (docs/analysis.md).
 */
export interface BlueprintFacts {
  doc: WorkshopDoc;
  blueprint: Blueprint;
  stages: Stage[];
  /** Steps of each stage, left to right. */
  stepsOfStage: Map<Id, Step[]>;
  stageOfStep: Map<Id, Id>;
  lanes: Map<Id, Lane>;
  /** Every card of the blueprint, in reading order. */
  cards: Card[];
  /** The touchpoints among them, in reading order. */
  touchpoints: TouchpointCard[];
  connectors: Connector[];
  /** Each card's place in reading order. */
  rank: Map<Id, number>;
}

export function blueprintFacts(doc: WorkshopDoc, blueprintId: Id): BlueprintFacts {
  const blueprint = Object.hasOwn(doc.blueprints, blueprintId) ? doc.blueprints[blueprintId] : undefined;
  if (!blueprint) throw new Error(`There is no blueprint with id "${blueprintId}" in this workshop.`);
  const stages = sorted(Object.values(doc.stages).filter((s) => s.blueprintId === blueprintId));
  const stepsOfStage = new Map<Id, Step[]>(stages.map((s) => [s.id, []]));
  for (const step of Object.values(doc.steps)) stepsOfStage.get(step.stageId)?.push(step);
  // A step's column: its stage, then its place in the stage.
  const column = new Map<Id, number>();
  const stageOfStep = new Map<Id, Id>();
  let next = 0;
  for (const stage of stages) {
    const steps = stepsOfStage.get(stage.id)!.sort(byPosition);
    for (const step of steps) {
      column.set(step.id, next++);
      stageOfStep.set(step.id, stage.id);
    }
  }
  const laneList = sorted(Object.values(doc.lanes).filter((l) => l.blueprintId === blueprintId));
  const lanes = new Map(laneList.map((l) => [l.id, l]));
  const row = new Map(laneList.map((l, i) => [l.id, i]));

  // A card whose step is not in this blueprint (a damaged file) reads after every column.
  const cards = Object.values(doc.cards).filter((c) => lanes.has(c.laneId));
  const key = new Map(cards.map((c) => [c.id, [column.get(c.stepId) ?? Infinity, row.get(c.laneId)!, c.position] as const]));
  cards.sort((a, b) => {
    const ka = key.get(a.id)!;
    const kb = key.get(b.id)!;
    return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
  const rank = new Map(cards.map((c, i) => [c.id, i]));
  const touchpoints = cards.filter((c): c is TouchpointCard => c.touchpoint !== null);
  const connectors = Object.values(doc.connectors).filter((c) => c.blueprintId === blueprintId);
  return { doc, blueprint, stages, stepsOfStage, stageOfStep, lanes, cards, touchpoints, connectors, rank };
}

/** Whether a touchpoint is key: importance ≥ 4. */
export const isKey = (card: TouchpointCard): boolean => card.touchpoint.importance >= KEY_IMPORTANCE;

/** Experience − expectation of a card, null when it is no touchpoint or either score is unset. */
export const gapOf = (card: Card): number | null => (card.touchpoint ? experienceGap(card.touchpoint) : null);

/**
 * The order of every card id list (CONTRACT §6): importance, high first; then gap, worst first;
 * then reading order. A card that is no touchpoint ranks below every touchpoint and an unset gap
 * below every set one, so plain cards (fail points) follow the touchpoints they sit among.
 */
export function byPriority(facts: BlueprintFacts): (a: Card, b: Card) => number {
  return (a, b) => {
    const importance = (b.touchpoint?.importance ?? 0) - (a.touchpoint?.importance ?? 0);
    if (importance) return importance;
    const ga = gapOf(a);
    const gb = gapOf(b);
    if (ga !== gb) {
      if (ga === null) return 1;
      if (gb === null) return -1;
      return ga - gb;
    }
    return facts.rank.get(a.id)! - facts.rank.get(b.id)!;
  };
}

/** The ids of cards, in the order of byPriority. */
export function orderedIds(facts: BlueprintFacts, cards: Iterable<Card>): Id[] {
  return [...cards].sort(byPriority(facts)).map((c) => c.id);
}
