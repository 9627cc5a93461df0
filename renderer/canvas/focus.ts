import { getDoc } from '../state/documentStore';

type Reveal = (cardId: string) => void;
let reveal: Reveal | null = null;

/** The canvas registers how to bring a card into view (it may not be rendered while off screen). */
export function setRevealer(fn: Reveal | null): void {
  reveal = fn;
}

/** Moves keyboard focus to a card, scrolling it into view first; retries until it is rendered. */
export function focusCard(cardId: string): void {
  if (!getDoc().cards[cardId]) return;
  reveal?.(cardId);
  let tries = 0;
  const attempt = () => {
    const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(cardId)}"]`);
    if (el) el.focus({ preventScroll: true });
    else if (tries++ < 20) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
