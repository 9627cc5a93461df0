import type { Id } from '../../shared/model';
import { getDoc } from '../state/documentStore';

/** Something on the canvas to bring into view before it takes the focus. */
export type RevealTarget =
  | { kind: 'card'; id: Id }
  | { kind: 'cell'; laneId: Id; stepId: Id }
  | { kind: 'lane' | 'stage' | 'step'; id: Id };

type Reveal = (target: RevealTarget) => void;
let reveal: Reveal | null = null;

/** The canvas registers how to bring a card, cell or header into view (cards off screen are not rendered). */
export function setRevealer(fn: Reveal | null): void {
  reveal = fn;
}

export function revealOnCanvas(target: RevealTarget): void {
  reveal?.(target);
}

/**
 * Focuses the element `find` returns: at once when it is there (so the next key pressed goes to
 * it), else once it is rendered, retrying for a few frames: a card, cell or header brought into
 * view, or just added, mounts a frame or two later.
 */
export function focusWhenRendered(find: () => HTMLElement | null): void {
  let tries = 0;
  const attempt = () => {
    const el = find();
    if (el) el.focus({ preventScroll: true });
    else if (tries++ < 20) requestAnimationFrame(attempt);
  };
  attempt();
}

/** Moves keyboard focus to a card, scrolling it into view first; retries until it is rendered. */
export function focusCard(cardId: string): void {
  if (!getDoc().cards[cardId]) return;
  reveal?.({ kind: 'card', id: cardId });
  focusWhenRendered(() => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(cardId)}"]`));
}
