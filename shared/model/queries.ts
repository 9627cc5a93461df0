import type { Blueprint, Card, Connector, Id, Lane, Stage, Step, Touchpoint, WorkshopDoc } from './types';

type Positioned = { id: Id; position: number };

/** Ties on position are broken by id so that every reader sees one order. */
export function byPosition<T extends Positioned>(a: T, b: T): number {
  return a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function sorted<T extends Positioned>(records: Iterable<T>): T[] {
  return [...records].sort(byPosition);
}

export function blueprintsOf(doc: WorkshopDoc): Blueprint[] {
  return sorted(Object.values(doc.blueprints));
}

export function lanesOf(doc: WorkshopDoc, blueprintId: Id): Lane[] {
  return sorted(Object.values(doc.lanes).filter((l) => l.blueprintId === blueprintId));
}

export function stagesOf(doc: WorkshopDoc, blueprintId: Id): Stage[] {
  return sorted(Object.values(doc.stages).filter((s) => s.blueprintId === blueprintId));
}

export function stepsOf(doc: WorkshopDoc, stageId: Id): Step[] {
  return sorted(Object.values(doc.steps).filter((s) => s.stageId === stageId));
}

/** All steps of a blueprint, left to right. */
export function columnsOf(doc: WorkshopDoc, blueprintId: Id): Step[] {
  return stagesOf(doc, blueprintId).flatMap((stage) => stepsOf(doc, stage.id));
}

/**
 * The record with this id, never a property every object inherits: records are keyed by id in
 * plain objects, where `table["toString"]` would otherwise be a function.
 */
export function recordIn<T>(table: Record<Id, T>, id: Id | null | undefined): T | undefined {
  return typeof id === 'string' && Object.hasOwn(table, id) ? table[id] : undefined;
}

export function blueprintOfStep(doc: WorkshopDoc, stepId: Id): Id | undefined {
  const step = recordIn(doc.steps, stepId);
  return step ? recordIn(doc.stages, step.stageId)?.blueprintId : undefined;
}

export function blueprintOfCard(doc: WorkshopDoc, cardId: Id): Id | undefined {
  const card = recordIn(doc.cards, cardId);
  return card ? recordIn(doc.lanes, card.laneId)?.blueprintId : undefined;
}

export function cardsOfBlueprint(doc: WorkshopDoc, blueprintId: Id): Card[] {
  return Object.values(doc.cards).filter((c) => recordIn(doc.lanes, c.laneId)?.blueprintId === blueprintId);
}

export function connectorsOfBlueprint(doc: WorkshopDoc, blueprintId: Id): Connector[] {
  return Object.values(doc.connectors).filter((c) => c.blueprintId === blueprintId);
}

/** Cards grouped by cell key `laneId|stepId`, each cell in card order. */
export function cardsByCell(doc: WorkshopDoc, blueprintId: Id): Map<string, Card[]> {
  const cells = new Map<string, Card[]>();
  for (const card of cardsOfBlueprint(doc, blueprintId)) {
    const key = cellKey(card.laneId, card.stepId);
    const list = cells.get(key);
    if (list) list.push(card);
    else cells.set(key, [card]);
  }
  for (const list of cells.values()) list.sort(byPosition);
  return cells;
}

export function cellKey(laneId: Id, stepId: Id): string {
  return `${laneId}|${stepId}`;
}

/** A position after every sibling. */
export function positionAfterAll(siblings: Iterable<Positioned>): number {
  let max = -1;
  for (const s of siblings) if (s.position > max) max = s.position;
  return Math.floor(max) + 1;
}

/** A position strictly between two neighbours (either may be missing at the ends). */
export function positionBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return 0;
  if (before === undefined) return (after as number) - 1;
  if (after === undefined) return before + 1;
  return (before + after) / 2;
}

/** Experience minus expectation: below zero the reality falls short of the promise; null until both are rated. */
export function experienceGap(tp: Pick<Touchpoint, 'expectation' | 'experience'>): number | null {
  return tp.expectation === null || tp.experience === null ? null : tp.experience - tp.expectation;
}
