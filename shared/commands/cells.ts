import { blueprintOfStep, cellKey } from '../model/queries';
import type { Card, Id, WorkshopDoc } from '../model/types';
import type { Draft } from 'immer';
import { cellIndex } from './cellIndex';
import { before, lookup, type DocDraft } from './draft';
import { refuse } from './errors';
import { siblings } from './positions';

/** The blueprint of a cell, refusing a lane and a step that do not exist or belong to different blueprints. */
export function blueprintOfCell(doc: WorkshopDoc, laneId: Id, stepId: Id): Id {
  const lane = lookup(doc.lanes, laneId) ?? refuse(`there is no lane "${laneId}"`);
  const stepBlueprint = blueprintOfStep(doc, stepId) ?? refuse(`there is no step "${stepId}"`);
  if (lane.blueprintId !== stepBlueprint) refuse(`lane "${laneId}" and step "${stepId}" are in different blueprints`);
  return lane.blueprintId;
}

/** The cards of a cell in order, leaving out the ones being placed. */
export function cellCards(cards: Readonly<Record<Id, Card>>, laneId: Id, stepId: Id, leaveOut: ReadonlySet<Id> | Id | null = null): Card[] {
  const ids = cellIndex(cards).get(cellKey(laneId, stepId)) ?? [];
  return siblings([...ids].map((id) => cards[id]!), leaveOut);
}

/**
 * A cell's cards as they are in the draft now: the cell's cards before the edit plus the cards
 * this edit already put there (`added`), read through the draft for their current positions.
 */
export function cellNow(draft: DocDraft, laneId: Id, stepId: Id, added: readonly Id[]): Draft<Card>[] {
  const now = [...cellCards(before(draft).cards, laneId, stepId).map((c) => c.id), ...added]
    .map((id) => draft.cards[id]!)
    .filter((c) => c.laneId === laneId && c.stepId === stepId);
  return siblings(now);
}
