import type { KeyboardEvent } from 'react';
import { getDoc } from '../../state/documentStore';
import type { HeaderKind } from '../StickyHeaders';
import { laneBy, stageBy, stepBy } from './headerMoves';
import { runHeaderMove } from './runHeaderMove';

const DELTAS: Record<HeaderKind, Partial<Record<string, -1 | 1>>> = {
  lane: { ArrowUp: -1, ArrowDown: 1 },
  stage: { ArrowLeft: -1, ArrowRight: 1 },
  step: { ArrowLeft: -1, ArrowRight: 1 },
};
const MOVE_BY = { lane: laneBy, stage: stageBy, step: stepBy };

/** Alt+arrow on a header's ⋯ button moves its lane (up, down) or its stage or step (left, right). */
export function onHeaderKey(kind: HeaderKind, id: string, event: KeyboardEvent): void {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const delta = DELTAS[kind][event.key];
  if (!delta) return;
  // Alt+Left and Alt+Right would otherwise go back and forward in the browser's history.
  event.preventDefault();
  const move = MOVE_BY[kind](getDoc(), id, delta);
  if (!move) return;
  runHeaderMove(move);
  // Reordering can move the button's DOM node, which drops its focus: give it back.
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>(`[data-header-id="${CSS.escape(id)}"] .fs-header-menu`)?.focus({ preventScroll: true });
  });
}
