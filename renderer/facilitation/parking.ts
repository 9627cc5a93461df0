import { cardToNote, noteToCard } from '../../shared/commands/parking';
import { newId } from '../../shared/model/ids';
import { dispatch, getDoc } from '../state/documentStore';
import { getSelection, selectCards } from '../state/selection';
import { canvas } from '../canvas/controller';
import { focusCard } from '../canvas/focus';

/** The drag type of a parked note, so the canvas takes notes and nothing else dropped on it. */
export const NOTE_TYPE = 'application/x-frontstage-note';

/** Sends cards to the parking lot, in the order given; each becomes a note. */
export function parkCards(cardIds: readonly string[]): void {
  for (const cardId of cardIds) dispatch(cardToNote, { cardId, noteId: newId('n') });
}

export function parkSelected(): void {
  parkCards(getSelection().cardIds);
}

/** Cards a drag let go of over the parking lot go there; returns whether they did. */
export function parkIfDroppedOnParkingLot(cardIds: readonly string[], event: { clientX?: number; clientY?: number } | globalThis.TouchEvent): boolean {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (point?.clientX === undefined || point.clientY === undefined) return false;
  const over = document.elementsFromPoint(point.clientX, point.clientY).some((el) => el.closest('.fs-parking'));
  if (over) parkCards(cardIds);
  return over;
}

/** A parked note becomes a card in a cell; the card is selected and focused, ready to edit. */
export function placeNote(noteId: string, laneId: string, stepId: string, index?: number): void {
  const cardId = newId('c');
  dispatch(noteToCard, { noteId, cardId, laneId, stepId, ...(index === undefined ? {} : { index }) });
  if (!getDoc().cards[cardId]) return;
  selectCards([cardId]);
  focusCard(cardId);
}

/** A note dropped on the canvas goes to the cell under the pointer. */
export function dropNote(noteId: string, clientX: number, clientY: number): boolean {
  const target = canvas()?.dropAt(clientX, clientY);
  if (!target || !getDoc().parkingLot[noteId]) return false;
  placeNote(noteId, target.laneId, target.stepId, target.index);
  return true;
}
