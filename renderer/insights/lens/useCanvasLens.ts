import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { useReactFlow, type Viewport } from '@xyflow/react';
import type { BlueprintLayout } from '../../../shared/layout';
import type { Id } from '../../../shared/model';
import { clearLens, getLens, lensActive, settleCurrent, useLens } from './lensStore';
import { useLensMatches, type LensMatches } from './useLensMatches';
import { followViewport, nearestToView } from './follow';
import { paneFrame } from './paneFrame';
import { setCardShower } from '../reveal';
import { useUi } from '../../state/ui';

export interface CanvasLens {
  matches: LensMatches;
  /** The class of a card's node: a found card, the current one, or '' (dimmed while the lens is active). */
  classOf: (id: Id) => string;
}

/**
 * Find and lenses on the canvas: which cards stand out, the view following the current match
 * with the least movement, and the view put back where it was when everything is cleared.
 * Cards revealed from the Insights panel come on screen the same way.
 */
export function useCanvasLens(blueprintId: Id, layoutRef: RefObject<BlueprintLayout | null>): CanvasLens {
  const flow = useReactFlow();
  const lens = useLens();
  const matches = useLensMatches(blueprintId);
  const engaged = lens.open || lensActive(lens);

  // The view before the first search, put back when the find bar closes with nothing left.
  const saved = useRef<Viewport | null>(null);
  useEffect(() => {
    if (engaged && !saved.current) saved.current = flow.getViewport();
    if (!engaged && saved.current) {
      void flow.setViewport(saved.current);
      saved.current = null;
    }
  }, [engaged, flow]);

  // A find bar belongs to the blueprint it searched; presenting shows the blueprint undimmed.
  useEffect(() => () => clearLens(), []);
  const presenting = useUi().presentation;
  useEffect(() => {
    if (presenting) clearLens();
  }, [presenting]);

  const frame = useCallback(() => {
    const layout = layoutRef.current;
    return layout ? paneFrame(layout, flow.getViewport().zoom) : null;
  }, [flow, layoutRef]);

  // Cards the Insights panel reveals come on screen the same way the current match does.
  useEffect(() => {
    setCardShower((cardId) => {
      const box = layoutRef.current?.cards.find((c) => c.id === cardId);
      const f = frame();
      if (!box || !f) return false;
      const next = followViewport(flow.getViewport(), box, f);
      if (next) void flow.setViewport(next, { duration: 150 });
      return true;
    });
    return () => setCardShower(null);
  }, [flow, frame, layoutRef]);

  // Each new search, Enter, next or previous: go to the current match, or pick the one nearest
  // the view when the current one is no longer found.
  useEffect(() => {
    const layout = layoutRef.current;
    const f = frame();
    if (!layout || !f || matches.ids.length === 0) return;
    const view = flow.getViewport();
    let currentId = getLens().currentId;
    if (currentId === null || !matches.has.has(currentId)) {
      const found = layout.cards.filter((c) => matches.has.has(c.id));
      currentId = nearestToView(view, found, f)?.id ?? matches.ids[0]!;
      settleCurrent(currentId);
    }
    const box = layout.cards.find((c) => c.id === currentId);
    const next = box && followViewport(view, box, f);
    if (next) void flow.setViewport(next, { duration: 120 });
    // Only a follow request moves the view; edits that change the matches do not.
  }, [lens.follow, matches.active]);

  const currentId = lens.currentId;
  const classOf = useCallback(
    (id: Id) => (!matches.has.has(id) ? '' : id === currentId ? 'is-lens-hit is-lens-current' : 'is-lens-hit'),
    [matches, currentId],
  );
  return { matches, classOf };
}
