import { addCard, updateCard } from '../../shared/commands/cards';
import { addStep } from '../../shared/commands/steps';
import { cardsByCell, cellKey, columnsOf, newId } from '../../shared/model';
import { discardGroup, dispatch, getDoc } from '../state/documentStore';
import { selectCards } from '../state/selection';
import { getEditing, setEditing, type Editing } from './editing';
import { focusCard } from './focus';

/** The add of a card still being typed, so leaving it empty takes the add back without a trace. */
const newGroup = (cardId: string) => `new-card:${cardId}`;

/** Adds an empty card at `index` of a cell (default: last) and opens its title for typing. */
export function startNewCard(laneId: string, stepId: string, index?: number, after?: string): void {
  const id = newId('c');
  dispatch(addCard, index === undefined ? { id, laneId, stepId } : { id, laneId, stepId, index }, { group: newGroup(id) });
  if (!getDoc().cards[id]) return;
  selectCards([id]);
  setEditing(after ? { cardId: id, isNew: true, after } : { cardId: id, isNew: true });
}

export function startEditing(cardId: string): void {
  if (!getDoc().cards[cardId]) return;
  selectCards([cardId]);
  setEditing({ cardId, isNew: false });
}

/** Where the editor's typing goes when it is committed. */
export type Then = 'blur' | 'stay' | 'next-below' | 'next-step' | 'previous-step';

/**
 * Commits the inline title. An empty new card is discarded instead (and the capture stops);
 * otherwise `then` may open the next new card below it or in the neighbouring step of the lane.
 */
export function commitTitle(cardId: string, title: string, then: Then): void {
  const editing = getEditing();
  if (editing?.cardId !== cardId) return;
  setEditing(null);
  const card = getDoc().cards[cardId];
  if (!card) return;
  const text = title.replace(/[\r\n]+/g, ' ').trim();
  if (editing.isNew && text === '') {
    discard(editing);
    return;
  }
  if (editing.isNew) {
    // The empty card and its title become one step, "Add card", however long the typing took.
    const cell = cardsByCell(getDoc(), getDoc().lanes[card.laneId]?.blueprintId ?? '').get(cellKey(card.laneId, card.stepId)) ?? [];
    const index = cell.findIndex((c) => c.id === cardId);
    discardGroup(newGroup(cardId));
    dispatch(addCard, { id: cardId, laneId: card.laneId, stepId: card.stepId, index, fields: { title: text } });
  } else if (text !== card.title) dispatch(updateCard, { cardId, fields: { title: text } });
  if (then === 'blur') return;
  // Enter on a card that was already there just commits; chaining is for capture.
  if (then === 'stay' || (then === 'next-below' && !editing.isNew)) {
    focusCard(cardId);
    return;
  }
  const doc = getDoc();
  const lane = doc.lanes[card.laneId];
  if (!lane) return;
  if (then === 'next-below') {
    const cell = cardsByCell(doc, lane.blueprintId).get(cellKey(card.laneId, card.stepId)) ?? [];
    startNewCard(card.laneId, card.stepId, cell.findIndex((c) => c.id === cardId) + 1, cardId);
    return;
  }
  const steps = columnsOf(doc, lane.blueprintId);
  const at = steps.findIndex((s) => s.id === card.stepId) + (then === 'next-step' ? 1 : -1);
  const step = steps[at];
  if (step) startNewCard(card.laneId, step.id, undefined, cardId);
  else if (then === 'next-step') {
    // Tab past the last step keeps the capture going in a new step at the end.
    const current = doc.steps[card.stepId];
    const stepId = newId('s');
    if (current) dispatch(addStep, { id: stepId, stageId: current.stageId });
    if (getDoc().steps[stepId]) startNewCard(card.laneId, stepId, undefined, cardId);
    else focusCard(cardId);
  } else focusCard(cardId);
}

/** Leaves the editor without keeping the typing; a new card goes away with it. */
export function cancelEditing(cardId: string): void {
  const editing = getEditing();
  if (editing?.cardId !== cardId) return;
  setEditing(null);
  if (editing.isNew && getDoc().cards[cardId]?.title === '') discard(editing);
  else focusCard(cardId);
}

function discard(editing: Editing): void {
  discardGroup(newGroup(editing.cardId));
  if (editing.after && getDoc().cards[editing.after]) {
    selectCards([editing.after]);
    focusCard(editing.after);
  }
}
