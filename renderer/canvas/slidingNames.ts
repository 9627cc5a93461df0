import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { BlueprintLayout } from '../../shared/layout';

/** Room kept at the end of a header for its ⋯ button, in blueprint units. */
const END = 48;

function slide(root: HTMLElement | null, id: string | undefined, css: string | null, held: { current: HTMLElement | null }): void {
  const el = id ? root?.querySelector<HTMLElement>(`[data-header-id="${CSS.escape(id)}"] .fs-header-name`) ?? null : null;
  if (held.current && held.current !== el) held.current.style.transform = '';
  if (el && css !== null) el.style.transform = css;
  held.current = el;
}

/**
 * Keeps the name of the stage cut by the left edge of the cells, and of the lane cut by their
 * top edge, in view by sliding it along its header. Only that one name element is touched per
 * pan frame (a style shared by every header would restyle them all on every frame); percentages
 * of its own size keep it inside its header without measuring it.
 */
export function useSlidingNames(root: RefObject<HTMLElement | null>, layout: BlueprintLayout, viewLeft: number, viewTop: number): void {
  const stageHeld = useRef<HTMLElement | null>(null);
  const laneHeld = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const stage = layout.stages.find((s) => s.x < viewLeft && s.x + s.width > viewLeft);
    slide(root.current, stage?.id, stage ? `translateX(clamp(0px, ${viewLeft - stage.x}px, max(0px, calc(${stage.width - END}px - 100%))))` : null, stageHeld);
    const lane = layout.lanes.find((l) => l.y < viewTop && l.y + l.height > viewTop);
    // A lane's name is centred in its header: it moves to the middle of the part still in view.
    slide(root.current, lane?.id, lane ? `translateY(clamp(0px, ${(viewTop - lane.y) / 2}px, max(0px, calc(${lane.height / 2 - 8}px - 50%))))` : null, laneHeld);
  });
}
