import { useEffect, useRef, useState, type JSX, type PointerEvent } from 'react';
import { useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import type { BlueprintLayout, CardBox, Point } from '../../../shared/layout';
import { updateConnector } from '../../../shared/commands/connectors';
import { dispatch } from '../../state/documentStore';
import { cardAt, fixedPoint, handlePoint, type ConnectorEnd } from './endGeometry';

/** Handle radius in screen pixels: 14 px across at every zoom, big enough to grab. */
const HANDLE_RADIUS = 7;
const ENDS: readonly ConnectorEnd[] = ['from', 'to'];
const NAMES: Record<ConnectorEnd, string> = { from: 'Connector start handle', to: 'Connector end handle' };
const TIPS: Record<ConnectorEnd, string> = {
  from: 'Drag onto another card to change where this connector starts',
  to: 'Drag onto another card to change where this connector ends',
};

interface Drag { end: ConnectorEnd; pointer: Point; candidate: CardBox | null }

const zoomOf = (s: ReactFlowState) => s.transform[2];

// Every drop gets its own undo group, so two quick re-attachments stay two undo steps instead of
// merging the way a typing burst does.
let drops = 0;

/**
 * Grab handles at both ends of the selected connector, drawn in blueprint coordinates. Dragging
 * one draws a dashed line from the fixed end to the pointer, rings the card under the pointer
 * (found in the layout's card boxes, not the DOM) and, dropped there, re-attaches that end in one
 * undo step. Empty canvas, the connector's own cards, or Escape cancel with nothing changed.
 * Only the handles take the pointer; the rest of the layer lets clicks through to the pane.
 */
export function ConnectorEnds({ layout, connectorId }: { layout: BlueprintLayout; connectorId: string }): JSX.Element | null {
  const flow = useReactFlow();
  const zoom = useStore(zoomOf);
  const [drag, setDrag] = useState<Drag | null>(null);
  const dragRef = useRef<Drag | null>(null);
  dragRef.current = drag;
  const connector = layout.connectors.find((c) => c.id === connectorId);

  const dragging = drag !== null;
  useEffect(() => {
    if (!dragging) return;
    // Capture phase, ahead of the window shortcuts, so this Escape does not also clear the selection.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      setDrag(null);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [dragging]);

  if (!connector) return null;
  const r = HANDLE_RADIUS / zoom;
  const ends = new Set([connector.from, connector.to]);

  const track = (end: ConnectorEnd, event: PointerEvent) => {
    const pointer = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    setDrag({ end, pointer, candidate: cardAt(layout, pointer, ends) });
  };
  const start = (end: ConnectorEnd) => (event: PointerEvent<SVGCircleElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    track(end, event);
  };
  const move = (end: ConnectorEnd) => (event: PointerEvent) => {
    if (dragRef.current?.end === end) track(end, event);
  };
  const drop = () => {
    const done = dragRef.current;
    setDrag(null);
    if (!done?.candidate) return;
    dispatch(updateConnector, { connectorId, fields: { [done.end]: done.candidate.id } }, { group: `connector.reattach:${++drops}` });
  };

  const anchor = drag ? fixedPoint(connector, drag.end) : null;
  const box = drag?.candidate;
  const pad = 4 / zoom;
  return (
    <svg className={`fs-connector-ends${drag ? ' is-dragging' : ''}`} width={layout.width} height={layout.height}>
      {box && <rect className="fs-connector-ends-candidate" x={box.x - pad} y={box.y - pad} width={box.width + 2 * pad} height={box.height + 2 * pad} rx={8 / zoom} />}
      {drag && anchor && <line className="fs-connector-ends-preview" x1={anchor.x} y1={anchor.y} x2={drag.pointer.x} y2={drag.pointer.y} />}
      {ENDS.map((end) => {
        const at = drag?.end === end ? drag.pointer : handlePoint(connector, end, r);
        return (
          <circle
            key={end} className="fs-connector-end nopan" role="img" aria-label={NAMES[end]} cx={at.x} cy={at.y} r={r}
            onPointerDown={start(end)} onPointerMove={move(end)} onPointerUp={drop} onPointerCancel={() => setDrag(null)}
          >
            <title>{TIPS[end]}</title>
          </circle>
        );
      })}
    </svg>
  );
}
