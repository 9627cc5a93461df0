import { deleteCards, duplicateCards } from '../../shared/commands/cards';
import { deleteConnectors } from '../../shared/commands/connectors';
import { byPosition, cardsOfBlueprint, columnsOf, lanesOf, newId } from '../../shared/model';
import { dispatch, getDoc } from '../state/documentStore';
import { getSelection, selectCards } from '../state/selection';
import { startNewCard } from '../canvas/capture';
import { focusCard } from '../canvas/focus';
import { focusedCell, getCurrentCell } from '../canvas/grid/gridFocus';
import { canvas } from '../canvas/controller';

/** Whether a lane × step cell is in the blueprint (and its lane shown). */
function liveCell(cell: { laneId: string; stepId: string } | null, blueprintId: string): cell is { laneId: string; stepId: string } {
  const doc = getDoc();
  const lane = cell && doc.lanes[cell.laneId];
  const step = cell && doc.steps[cell.stepId];
  return !!lane && !lane.hidden && lane.blueprintId === blueprintId && !!step && doc.stages[step.stageId]?.blueprintId === blueprintId;
}

/**
 * Adds a card in the focused cell, else below the selected card, else in the current cell (the
 * last one the keyboard was in), else in the cell in the middle of the screen, else the first cell.
 */
export function addCardHere(): void {
  const doc = getDoc();
  const { blueprintId, cardIds } = getSelection();
  if (!blueprintId) return;
  const focused = focusedCell();
  if (liveCell(focused, blueprintId)) {
    startNewCard(focused.laneId, focused.stepId);
    return;
  }
  const selected = cardIds.length ? doc.cards[cardIds[cardIds.length - 1]!] : undefined;
  if (selected) {
    const siblings = Object.values(doc.cards)
      .filter((c) => c.laneId === selected.laneId && c.stepId === selected.stepId)
      .sort(byPosition);
    startNewCard(selected.laneId, selected.stepId, siblings.findIndex((c) => c.id === selected.id) + 1, selected.id);
    return;
  }
  const known = getCurrentCell() ?? canvas()?.cellInView() ?? null;
  if (liveCell(known, blueprintId)) {
    startNewCard(known.laneId, known.stepId);
    return;
  }
  const lane = lanesOf(doc, blueprintId).find((l) => !l.hidden);
  const step = columnsOf(doc, blueprintId)[0];
  if (lane && step) startNewCard(lane.id, step.id);
}

export function deleteSelected(): void {
  const { cardIds } = getSelection();
  if (cardIds.length) {
    dispatch(deleteCards, { cardIds });
    return;
  }
  const { connectorId } = getSelection();
  if (connectorId && getDoc().connectors[connectorId]) dispatch(deleteConnectors, { connectorIds: [connectorId] });
}

export function duplicateSelected(): void {
  const { cardIds } = getSelection();
  if (!cardIds.length) return;
  const newIds = cardIds.map(() => newId('c'));
  dispatch(duplicateCards, { cardIds, newIds });
  const made = newIds.filter((id) => getDoc().cards[id]);
  selectCards(made);
  if (made[0]) focusCard(made[0]);
}

export function selectAll(): void {
  const { blueprintId } = getSelection();
  if (blueprintId) selectCards(cardsOfBlueprint(getDoc(), blueprintId).map((c) => c.id));
}
