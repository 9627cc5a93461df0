import { addCard, updateCard } from '../../shared/commands/cards';
import { addStep } from '../../shared/commands/steps';
import { cardsByCell, cellKey, columnsOf, lanesOf, newId, type Card, type Id } from '../../shared/model';
import { discardGroup, dispatch, getDoc } from '../state/documentStore';
import { selectCards } from '../state/selection';
import { getEditing, setEditing, type Editing } from './editing';
import { focusCard, revealOnCanvas } from './focus';
import { focusCell, setCurrentCell } from './grid/gridFocus';

/** The add of a card still being typed, so leaving it empty takes the add back without a trace. */
const newGroup = (cardId: string) => `new-card:${cardId}`;

/**
 * Adds an empty card at `index` of a cell (default: last) and opens its title for typing.
 * `after` is the card typed just before, `rowStart` the step where typing began in this lane.
 */
export function startNewCard(laneId: string, stepId: string, index?: number, after?: string, rowStart?: string): void {
  const id = newId('c');
  dispatch(addCard, index === undefined ? { id, laneId, stepId } : { id, laneId, stepId, index }, { group: newGroup(id) });
  if (!getDoc().cards[id]) return;
  selectCards([id]);
  setCurrentCell({ laneId, stepId });
  const editing: Editing = { cardId: id, isNew: true, rowStart: rowStart ?? stepId };
  if (after) editing.after = after;
  setEditing(editing);
  // Off screen, the card is not rendered, and neither is its title editor.
  revealOnCanvas({ kind: 'card', id });
}

export function startEditing(cardId: string): void {
  if (!getDoc().cards[cardId]) return;
  selectCards([cardId]);
  setEditing({ cardId, isNew: false });
}

/** Where the editor's typing goes when it is committed. */
export type Then = 'blur' | 'stay' | 'next-below' | 'next-step' | 'previous-step';

/** Where an empty new card goes: a key pressed before typing anything moves it instead of ending the capture. */
export type Shift = 'next-step' | 'previous-step' | 'next-lane' | 'up' | 'down' | 'left' | 'right';

function indexInCell(card: Card): number {
  const doc = getDoc();
  const cell = cardsByCell(doc, doc.lanes[card.laneId]?.blueprintId ?? '').get(cellKey(card.laneId, card.stepId)) ?? [];
  return cell.findIndex((c) => c.id === card.id);
}

/**
 * Commits the inline title. An empty new card is discarded instead (and the capture stops);
 * otherwise `then` may open the next new card below it or in the neighbouring step of the lane.
 */
export function commitTitle(cardId: string, title: string, then: Then): void {
  const editing = getEditing();
  if (editing?.cardId !== cardId) return;
  const card = getDoc().cards[cardId];
  const text = title.replace(/[\r\n]+/g, ' ').trim();
  if (editing.isNew && text === '' && card && (then === 'next-step' || then === 'previous-step')) {
    moveEmptyCard(cardId, then);
    return;
  }
  setEditing(null);
  if (!card) return;
  if (editing.isNew && text === '') {
    discard(editing);
    return;
  }
  if (editing.isNew) {
    // The empty card and its title become one step, "Add card", however long the typing took.
    const index = indexInCell(card);
    discardGroup(newGroup(cardId));
    dispatch(addCard, { id: cardId, laneId: card.laneId, stepId: card.stepId, index, fields: { title: text } });
  } else if (text !== card.title) dispatch(updateCard, { cardId, fields: { title: text } });
  if (then === 'blur') return;
  // Enter on a card that was already there just commits; chaining is for capture.
  if (then === 'stay' || (then === 'next-below' && !editing.isNew)) {
    focusCard(cardId);
    return;
  }
  if (then === 'next-below') {
    startNewCard(card.laneId, card.stepId, indexInCell(card) + 1, cardId, editing.rowStart);
    return;
  }
  nextStep(card, then === 'next-step' ? 1 : -1, cardId, editing.rowStart);
}

/** A new card in the neighbouring step of the card's lane; Tab past the last step adds a step. */
function nextStep(card: Card, by: 1 | -1, after: Id | undefined, rowStart: Id | undefined): void {
  const doc = getDoc();
  const lane = doc.lanes[card.laneId];
  if (!lane) return;
  const steps = columnsOf(doc, lane.blueprintId);
  const step = steps[steps.findIndex((s) => s.id === card.stepId) + by];
  if (step) startNewCard(card.laneId, step.id, undefined, after, rowStart);
  else if (by === 1) {
    const current = doc.steps[card.stepId];
    const stepId = newId('s');
    if (current) dispatch(addStep, { id: stepId, stageId: current.stageId });
    if (getDoc().steps[stepId]) startNewCard(card.laneId, stepId, undefined, after, rowStart);
    else if (after) focusCard(after);
  } else if (after) focusCard(after);
}

/**
 * Moves an empty new card: Tab and Shift+Tab to the next or previous step of the lane (past the
 * last step, a new step), Enter to the next lane at the step where typing began in this lane,
 * arrow keys to the neighbouring cell. With nowhere to go it stays where it is.
 */
export function moveEmptyCard(cardId: string, shift: Shift): void {
  const editing = getEditing();
  const doc = getDoc();
  const card = doc.cards[cardId];
  const lane = card && doc.lanes[card.laneId];
  if (editing?.cardId !== cardId || !editing.isNew || !card || !lane) return;
  const steps = columnsOf(doc, lane.blueprintId).map((s) => s.id);
  const lanes = lanesOf(doc, lane.blueprintId).filter((l) => !l.hidden).map((l) => l.id);
  const laneAt = lanes.indexOf(card.laneId);
  const stepAt = steps.indexOf(card.stepId);
  let target: { laneId: Id; stepId: Id; rowStart: Id | undefined } | null = null;
  if (shift === 'next-lane' || shift === 'up' || shift === 'down') {
    const laneId = lanes[laneAt + (shift === 'up' ? -1 : 1)];
    const stepId = shift === 'next-lane' && editing.rowStart && steps.includes(editing.rowStart) ? editing.rowStart : card.stepId;
    if (laneId) target = { laneId, stepId, rowStart: stepId };
  } else if (shift === 'left' || shift === 'right') {
    const stepId = steps[stepAt + (shift === 'left' ? -1 : 1)];
    if (stepId) target = { laneId: card.laneId, stepId, rowStart: editing.rowStart };
  }
  if (shift === 'next-step' || shift === 'previous-step') {
    setEditing(null);
    discardGroup(newGroup(cardId));
    nextStep(card, shift === 'next-step' ? 1 : -1, editing.after, editing.rowStart);
    return;
  }
  if (!target) {
    if (shift === 'next-lane') {
      setEditing(null);
      discard(editing);
    }
    return;
  }
  setEditing(null);
  discardGroup(newGroup(cardId));
  startNewCard(target.laneId, target.stepId, undefined, editing.after, target.rowStart);
}

/**
 * Several lines pasted into a new card: one card per line, in order, from where the card is,
 * as one undo step; typing goes on in a new card below the last one.
 */
export function commitLines(cardId: string, titles: string[]): void {
  const editing = getEditing();
  const card = getDoc().cards[cardId];
  if (editing?.cardId !== cardId || !editing.isNew || !card || titles.length === 0) return;
  setEditing(null);
  const index = indexInCell(card);
  const group = `paste-lines:${cardId}`;
  discardGroup(newGroup(cardId));
  let last = cardId;
  titles.forEach((title, k) => {
    const id = k === 0 ? cardId : newId('c');
    dispatch(addCard, { id, laneId: card.laneId, stepId: card.stepId, index: index + k, fields: { title } }, { group });
    if (getDoc().cards[id]) last = id;
  });
  startNewCard(card.laneId, card.stepId, index + titles.length, last, editing.rowStart);
}

/** Leaves the editor without keeping the typing; a new card goes away with it. */
export function cancelEditing(cardId: string): void {
  const editing = getEditing();
  if (editing?.cardId !== cardId) return;
  setEditing(null);
  if (editing.isNew && getDoc().cards[cardId]?.title === '') discard(editing);
  else focusCard(cardId);
}

/** Takes an empty new card back; focus goes to the card typed before it, else to its cell. */
function discard(editing: Editing): void {
  const card = getDoc().cards[editing.cardId];
  discardGroup(newGroup(editing.cardId));
  if (editing.after && getDoc().cards[editing.after]) {
    selectCards([editing.after]);
    focusCard(editing.after);
  } else if (card) focusCell(card.laneId, card.stepId);
}
