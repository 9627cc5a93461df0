import { useCallback, useEffect, useRef, useState, type JSX, type RefObject } from 'react';
import { useReactFlow, useStoreApi, type Connection, type FinalConnectionState, type OnConnectStartParams } from '@xyflow/react';
import type { BlueprintLayout, CardBox } from '../../../shared/layout';
import { addConnector } from '../../../shared/commands/connectors';
import { newId } from '../../../shared/model';
import { dispatch, getDoc } from '../../state/documentStore';
import { selectConnector } from '../../state/selection';
import { setConnecting } from '../nodes/handleReach';
import { cardAt } from './endGeometry';

interface Gesture { from: string; fromTarget: boolean; cancelled: boolean; done: boolean }

/**
 * Drawing a connector from a card's handle: React Flow ends it on a handle it finds near the
 * pointer; this also ends it anywhere on another card's body (found in the layout's card boxes,
 * and ringed while the pointer is over it). Escape cancels mid-drag; a drop on empty canvas or
 * on the card it started from changes nothing.
 */
export function useConnectOnCard(layoutRef: RefObject<BlueprintLayout | null>) {
  const flow = useReactFlow();
  const store = useStoreApi();
  const gesture = useRef<Gesture | null>(null);
  const [candidate, setCandidate] = useState<CardBox | null>(null);
  const [active, setActive] = useState(false);

  useEffect(() => {
    if (!active) return;
    const onMove = (event: PointerEvent) => {
      const g = gesture.current;
      const layout = layoutRef.current;
      if (!g || g.cancelled || !layout) return;
      const next = cardAt(layout, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }), new Set([g.from]));
      setCandidate((prev) => (prev?.id === next?.id ? prev : next));
    };
    // Capture phase, ahead of the window shortcuts, so this Escape does not also clear the selection.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !gesture.current) return;
      event.preventDefault();
      event.stopPropagation();
      gesture.current.cancelled = true;
      setCandidate(null);
      setConnecting(false);
      // React Flow sees its connection gone on the next pointer move and stops listening.
      store.getState().cancelConnection();
    };
    window.addEventListener('pointermove', onMove, true);
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('pointermove', onMove, true);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [active, flow, store, layoutRef]);

  const onConnectStart = useCallback((_: unknown, params: OnConnectStartParams) => {
    if (!params.nodeId) return;
    gesture.current = { from: params.nodeId, fromTarget: params.handleType === 'target', cancelled: false, done: false };
    setConnecting(true);
    setActive(true);
  }, []);

  const onConnect = useCallback((connection: Connection) => {
    const g = gesture.current;
    if (g?.cancelled) return;
    if (g) g.done = true;
    connect(connection.source, connection.target);
  }, []);

  const onConnectEnd = useCallback((event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    const g = gesture.current;
    gesture.current = null;
    setConnecting(false);
    setActive(false);
    setCandidate(null);
    if (!g || g.cancelled || g.done || state.isValid) return;
    const layout = layoutRef.current;
    const point = 'changedTouches' in event ? event.changedTouches[0] : event;
    if (!layout || !point) return;
    const card = cardAt(layout, flow.screenToFlowPosition({ x: point.clientX, y: point.clientY }), new Set([g.from]));
    // Dragged from a card's left (target) handle, the new connector comes into that card.
    if (card) connect(g.fromTarget ? card.id : g.from, g.fromTarget ? g.from : card.id);
  }, [flow, layoutRef]);

  return { onConnectStart, onConnect, onConnectEnd, candidate };
}

function connect(from: string | null, to: string | null): void {
  if (!from || !to || from === to) return;
  const id = newId('k');
  dispatch(addConnector, { id, from, to, kind: 'flow' });
  if (getDoc().connectors[id]) selectConnector(id);
}

/** The ring around the card a connector being drawn would end on, in blueprint coordinates. */
export function ConnectCandidate({ card, width, height }: { card: CardBox | null; width: number; height: number }): JSX.Element | null {
  if (!card) return null;
  return (
    <svg className="fs-connector-ends is-dragging" width={width} height={height} aria-hidden="true">
      <rect className="fs-connector-ends-candidate" x={card.x - 4} y={card.y - 4} width={card.width + 8} height={card.height + 8} rx={8} />
    </svg>
  );
}
