import { getDoc, redo, undo } from '../state/documentStore';
import { selectCards } from '../state/selection';
import { focusCard, revealOnCanvas } from '../canvas/focus';
import { focusCell, getCurrentCell } from '../canvas/grid/gridFocus';
import { announce } from './announce';
import { describeStep, type HistoryMove } from './describeStep';

/**
 * After an undo or redo: says what it did, and shows the card it changed (selected and brought
 * into view; the keyboard follows when it was on the canvas, not when it was on the Undo button).
 * When the step took away what had the focus (a card, a header), the focus goes to the current cell.
 */
function tell(move: HistoryMove | null, onCanvas: boolean): void {
  if (!move) return;
  const { text, cardIds } = describeStep(move);
  announce(text);
  const live = cardIds.filter((id) => getDoc().cards[id]);
  if (live.length) {
    selectCards(live);
    if (onCanvas) focusCard(live[0]!);
    else revealOnCanvas({ kind: 'card', id: live[0]! });
    return;
  }
  if (!onCanvas) return;
  requestAnimationFrame(() => {
    const cell = getCurrentCell();
    if ((document.activeElement === document.body || !document.activeElement) && cell) focusCell(cell.laneId, cell.stepId);
  });
}

const onCanvas = () => !!document.activeElement?.closest('.fs-canvas');

export function undoAndSay(): void {
  const was = onCanvas();
  tell(undo(), was);
}

export function redoAndSay(): void {
  const was = onCanvas();
  tell(redo(), was);
}
