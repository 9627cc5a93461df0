import { useCallback, type RefObject } from 'react';

const MOVING = 'is-view-moving';

/**
 * Marks the canvas while its view pans or zooms (React Flow's move start and end), so styles can
 * keep cards out of hit testing and hover for the duration. The class is set on the element
 * directly: a React state would re-render the canvas twice per pan for no visible change.
 */
export function useViewMotion(canvas: RefObject<HTMLElement | null>): { onMoveStart: () => void; onMoveEnd: () => void } {
  const onMoveStart = useCallback(() => canvas.current?.classList.add(MOVING), [canvas]);
  const onMoveEnd = useCallback(() => canvas.current?.classList.remove(MOVING), [canvas]);
  return { onMoveStart, onMoveEnd };
}
