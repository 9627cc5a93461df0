import { addCard, updateCard } from '../../shared/commands/cards';
import { cardsByCell, cellKey, columnsOf, newId } from '../../shared/model';
import { discardGroup, dispatch, getDoc } from '../state/documentStore';
import { selectCards } from '../state/selection';
import { getEditing, setEditing } from './editing';
import { focusCard } from './focus';

/** Keyboard capture: a new card and its title are one undo step, named after the add. */
const newGroup = (cardId: string) => `new-card:${cardId}`;

/** Adds an empty card at `index` of a cell (default: last) and opens its title for typing. */
export function startNewCard(laneId: string, stepId: string, index?: number): void {
  const id = newId('c');
  dispatch(addCard, index === undefined ? { id, laneId, stepId } : { id, laneId, stepId, index }, { group: newGroup(id) });
  if (!getDoc().cards[id]) return;
  selectCards([id]);
  setEditing({ cardId: id, isNew: true });
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
    discardGroup(newGroup(cardId));
    return;
  }
  if (text !== card.title) dispatch(updateCard, { cardId, fields: { title: text } }, editing.isNew ? { group: newGroup(cardId) } : undefined);
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
    startNewCard(card.laneId, card.stepId, cell.findIndex((c) => c.id === cardId) + 1);
    return;
  }
  const steps = columnsOf(doc, lane.blueprintId);
  const at = steps.findIndex((s) => s.id === card.stepId) + (then === 'next-step' ? 1 : -1);
  const step = steps[at];
  if (step) startNewCard(card.laneId, step.id);
  else focusCard(cardId);
}

/** Leaves the editor without keeping the typing; a new card goes away with it. */
export function cancelEditing(cardId: string): void {
  const editing = getEditing();
  if (editing?.cardId !== cardId) return;
  setEditing(null);
  if (editing.isNew && getDoc().cards[cardId]?.title === '') discardGroup(newGroup(cardId));
  else focusCard(cardId);
}
