import type { KeyboardEvent } from 'react';
import type { XYPosition } from '@xyflow/react';
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

/**
 * Alt+arrow on a header's ⋯ button moves its lane (up, down) or its stage or step (left, right),
 * and the view follows it with `panBy` when it would leave the screen.
 */
export function onHeaderKey(kind: HeaderKind, id: string, event: KeyboardEvent, panBy: (by: XYPosition) => unknown): void {
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
    const button = document.querySelector<HTMLElement>(`[data-header-id="${CSS.escape(id)}"] .fs-header-menu`);
    button?.focus({ preventScroll: true });
    const header = button?.closest<HTMLElement>('[data-header-id]');
    const by = header ? revealBy(kind, header) : 0;
    if (by) void panBy(kind === 'lane' ? { x: 0, y: by } : { x: by, y: 0 });
  });
}

/** Screen px between a header and the edge of the canvas, clear of the sticky corner, left free beside a revealed header. */
const MARGIN = 24;

/** How far to move the view along the header's axis so that all of it is on screen (0 if it is, or if it is wider than the screen). */
function revealBy(kind: HeaderKind, header: HTMLElement): number {
  const canvas = header.closest('.react-flow');
  const corner = canvas?.querySelector('.fs-sticky-corner')?.getBoundingClientRect();
  const view = canvas?.getBoundingClientRect();
  if (!corner || !view) return 0;
  const r = header.getBoundingClientRect();
  const [lo, hi, min, max] = kind === 'lane' ? [r.top, r.bottom, corner.bottom, view.bottom] : [r.left, r.right, corner.right, view.right];
  if (hi - lo > max - min) return 0;
  if (hi > max) return max - hi - MARGIN;
  if (lo < min) return min - lo + MARGIN;
  return 0;
}
