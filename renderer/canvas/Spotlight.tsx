import { useEffect, useMemo, useRef, type JSX } from 'react';
import { useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import type { BlueprintLayout } from '../../shared/layout';
import { usePresentationStops } from '../shell/presenting';
import type { Stop } from '../shell/presentation';
import type { Area } from './controller';
import { frameViewport } from './openingView';

/** Blueprint units of context around a presented card. */
const CARD_CONTEXT = 40;

/**
 * What a stop frames on screen and what stays lit: a stage's steps (or one step), over the lanes
 * that have cards in them (a tall blueprint would otherwise shrink to unreadable), or a card.
 */
function areasOf(layout: BlueprintLayout, stop: Stop | null): { frame: Area; lit: Area } | null {
  if (stop?.kind === 'stage' || stop?.kind === 'step') {
    const stage = stop.kind === 'stage' ? layout.stages.find((s) => s.id === stop.id) : layout.steps.find((s) => s.id === stop.id);
    if (!stage) return null;
    const steps = new Set(stop.kind === 'step' ? [stop.id] : layout.steps.filter((s) => s.stageId === stage.id).map((s) => s.id));
    const used = new Set(layout.cards.filter((c) => steps.has(c.stepId)).map((c) => c.laneId));
    const lanes = layout.lanes.filter((l) => used.has(l.id));
    const shown = lanes.length ? lanes : layout.lanes;
    const top = shown[0]?.y ?? 0;
    const bottom = shown.length ? shown[shown.length - 1]!.y + shown[shown.length - 1]!.height : layout.height;
    return {
      lit: { x: stage.x, y: 0, width: stage.width, height: layout.height },
      frame: { x: stage.x, y: top, width: stage.width, height: bottom - top },
    };
  }
  const box = stop && layout.cards.find((c) => c.id === stop.id);
  if (!box) return null;
  return {
    lit: { x: box.x - 6, y: box.y - 6, width: box.width + 12, height: box.height + 12 },
    frame: { x: box.x - CARD_CONTEXT, y: box.y - CARD_CONTEXT, width: box.width + 2 * CARD_CONTEXT, height: box.height + 2 * CARD_CONTEXT },
  };
}

const paneSize = (s: ReactFlowState) => `${s.width} ${s.height}`;
const transformOf = (s: ReactFlowState) => s.transform;

/**
 * Presentation mode on the canvas: each stop is framed to fill the canvas, the rest of the
 * blueprint is dimmed (lane headers stay lit so every row keeps its name), and the view the
 * facilitator had comes back when the presentation ends.
 */
export function Spotlight({ layout }: { layout: BlueprintLayout }): JSX.Element | null {
  const flow = useReactFlow();
  const { stop } = usePresentationStops();
  const areas = useMemo(() => areasOf(layout, stop), [layout, stop]);
  const size = useStore(paneSize);
  const [tx, ty, zoom] = useStore(transformOf);
  const first = useRef(true);

  useEffect(() => {
    const before = flow.getViewport();
    // At once, not animated: the focus comes back right after, and brings what it lands on into
    // view from wherever the view is then.
    return () => void flow.setViewport(before);
  }, [flow]);

  const frameKey = areas ? `${areas.frame.x} ${areas.frame.y} ${areas.frame.width} ${areas.frame.height}` : '';
  useEffect(() => {
    const pane = document.querySelector<HTMLElement>('.fs-canvas .react-flow');
    if (!areas || !pane) return;
    const headers = { left: layout.laneHeaderWidth, top: layout.stageHeaderHeight + layout.stepHeaderHeight };
    void flow.setViewport(frameViewport(areas.frame, pane.clientWidth, pane.clientHeight, headers), { duration: first.current ? 0 : 300 });
    first.current = false;
    // Framed again only when the stop, its size or the canvas's size changes (areas is read through frameKey).
  }, [flow, frameKey, size, layout.laneHeaderWidth, layout.stageHeaderHeight, layout.stepHeaderHeight]);

  if (!areas) return null;
  const { lit } = areas;
  const sx = lit.x * zoom + tx;
  const sy = lit.y * zoom + ty;
  const laneEdge = Math.max(0, tx) + layout.laneHeaderWidth * zoom;
  return (
    <svg className="fs-spotlight" aria-hidden="true">
      <defs>
        <mask id="fs-spotlight-hole">
          <rect width="100%" height="100%" fill="white" />
          <rect x={sx} y={sy} width={lit.width * zoom} height={lit.height * zoom} rx={stop?.kind === 'card' ? 10 : 0} fill="black" />
          <rect x={0} y={0} width={laneEdge} height="100%" fill="black" />
        </mask>
      </defs>
      <rect width="100%" height="100%" mask="url(#fs-spotlight-hole)" className="fs-spotlight-dim" />
    </svg>
  );
}
