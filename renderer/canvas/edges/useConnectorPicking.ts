import { useCallback, useMemo, useRef, type MouseEvent, type PointerEvent, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { BlueprintLayout } from '../../../shared/layout';
import { selectConnector } from '../../state/selection';
import { connectorAt } from './connectorHit';

/** About this many screen pixels either side of a line still pick it. */
const REACH_PX = 5;
/** …but never less than this in blueprint units, so a zoomed-in line is not a hair to hit. */
const REACH_MIN = 6;

export interface ConnectorPicking {
  /** Selects the connector under a click on the empty pane, if any; a double click opens its label. */
  pick: (event: MouseEvent, twice: boolean) => boolean;
  /** Shows the pointer cursor over connectors. */
  onPointerMove: (event: PointerEvent) => void;
}

/**
 * Connectors are pixels on a canvas, so clicks on them reach React Flow's pane; this finds the
 * connector under such a click from the layout's routes.
 */
export function useConnectorPicking(layoutRef: RefObject<BlueprintLayout | null>): ConnectorPicking {
  const flow = useReactFlow();
  const hoverFrame = useRef(0);

  const at = useCallback((clientX: number, clientY: number): string | null => {
    const layout = layoutRef.current;
    if (!layout) return null;
    const zoom = flow.getZoom();
    const p = flow.screenToFlowPosition({ x: clientX, y: clientY });
    return connectorAt(layout.connectors, p, Math.max(REACH_MIN, REACH_PX / zoom));
  }, [flow, layoutRef]);

  const pick = useCallback((event: MouseEvent, twice: boolean) => {
    if (!(event.target as Element).classList.contains('react-flow__pane')) return false;
    const id = at(event.clientX, event.clientY);
    if (!id) return false;
    selectConnector(id);
    if (twice) requestAnimationFrame(() => document.querySelector<HTMLInputElement>('.fs-connector-panel input')?.focus());
    return true;
  }, [at]);

  const onPointerMove = useCallback((event: PointerEvent) => {
    const pane = event.target as HTMLElement;
    if (event.buttons !== 0 || !pane.classList.contains('react-flow__pane') || hoverFrame.current) return;
    const { clientX, clientY } = event;
    hoverFrame.current = requestAnimationFrame(() => {
      hoverFrame.current = 0;
      pane.style.cursor = at(clientX, clientY) ? 'pointer' : '';
    });
  }, [at]);

  return useMemo(() => ({ pick, onPointerMove }), [pick, onPointerMove]);
}
