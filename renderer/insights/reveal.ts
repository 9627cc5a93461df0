import { getDoc } from '../state/documentStore';
import { getSelection, selectBlueprint, selectCards } from '../state/selection';
import { blueprintOfCard, type Id } from '../../shared/model';

type Show = (cardId: Id) => boolean;
let show: Show | null = null;
let pending: Id | null = null;

const RETRY_FRAMES = 30;

/**
 * The canvas registers how to bring a card on screen. A card asked for before the canvas could
 * show it (another blueprint was on screen) is shown once it can, within a few frames.
 */
export function setCardShower(fn: Show | null): void {
  show = fn;
  if (!fn) return;
  let frames = 0;
  const retry = () => {
    if (!pending || show !== fn) return;
    if (fn(pending)) pending = null;
    else if (frames++ < RETRY_FRAMES) requestAnimationFrame(retry);
  };
  retry();
}

/**
 * Selects a card and brings it on screen with the least movement, switching to its blueprint
 * first if needed; the keyboard focus stays where it is (in the Insights panel).
 */
export function revealCard(cardId: Id): void {
  const doc = getDoc();
  const blueprintId = blueprintOfCard(doc, cardId);
  if (!blueprintId) return;
  if (getSelection().blueprintId !== blueprintId) selectBlueprint(blueprintId);
  selectCards([cardId]);
  if (!show || !show(cardId)) pending = cardId;
}
