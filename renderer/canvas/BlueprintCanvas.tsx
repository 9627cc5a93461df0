import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type JSX, type KeyboardEvent, type MouseEvent } from 'react';
import {
  ConnectionMode, SelectionMode, ReactFlow, ReactFlowProvider, ViewportPortal, useReactFlow, useStoreApi,
  type Viewport, type NodeChange, type OnNodeDrag, type XYPosition,
} from '@xyflow/react';
import { type BlueprintLayout, type CardBox } from '../../shared/layout';
import { layoutSelectors } from './layoutOf';
import { moveCards } from '../../shared/commands/cards';
import type { WorkshopDoc } from '../../shared/model';
import { dispatch, getDoc, useDoc } from '../state/documentStore';
import { getSelection, selectCards, selectConnector, useSelection } from '../state/selection';
import { CardNode, type CardNodeType } from './nodes/CardNode';
import { enterCard, leaveCard } from './nodes/handleReach';
import { ConnectorMarkers } from './edges/ConnectorMarkers';
import { MovingConnectors, VisibleConnectors } from './edges/ConnectorLayer';
import { useConnectorPicking } from './edges/useConnectorPicking';
import { useTiledView } from './edges/visibleArea';
import { intersects } from './edges/connectorPath';
import { ConnectorEnds } from './edges/ConnectorEnds';
import { ConnectCandidate, useConnectOnCard } from './edges/useConnectOnCard';
import { connectorsOf, rerouted } from './edges/movingConnectors';
import { DropHighlight, LaneBackground } from './LaneBackground';
import { StickyHeaders } from './StickyHeaders';
import { makeNodeDeriver } from './flowElements';
import { measureOnlyResizedNodes } from './sizedNodes';
import { cardsInCell, cellAt, dropTarget, type DropTarget } from './geometry';
import { startEditing, startNewCard } from './capture';
import { focusCard, revealOnCanvas, setRevealer, type RevealTarget } from './focus';
import { setCanvasController } from './controller';
import { CellLayer, ConnectSource } from './grid/CellLayer';
import { onGridKey } from './grid/gridKeys';
import { setCurrentCell } from './grid/gridFocus';
import { revealView, spanOf } from './reveal';
import { getUi, usePresenting } from '../state/ui';
import { Spotlight } from './Spotlight';
import { ConnectorPanel } from './ConnectorPanel';
import { Overview } from './Overview';
import { MAX_ZOOM, MIN_ZOOM, fillViewport, openingViewport, panExtent } from './openingView';
import { useStructureMenus } from './structure/useStructureMenus';
import { useCardMenu } from './useCardMenu';
import { useAfterFirstPaint } from '../shell/afterPaint';
import { useViewMotion } from './viewMotion';
import { useCanvasLens } from '../insights/lens/useCanvasLens';
import { LensOverlay } from '../insights/lens/LensOverlay';
import { PresenceLayer } from '../invite/PresenceLayer';
import { PresenterBeacon } from '../invite/PresenterBeacon';
import { parkIfDroppedOnParkingLot } from '../facilitation/parking';

const nodeTypes = { card: CardNode };
const MULTI_KEYS = ['Shift', 'Meta', 'Control'];

export function BlueprintCanvas({ blueprintId }: { blueprintId: string }): JSX.Element {
  return (
    <ReactFlowProvider>
      <CanvasInner blueprintId={blueprintId} />
    </ReactFlowProvider>
  );
}

function CanvasInner({ blueprintId }: { blueprintId: string }): JSX.Element {
  const flow = useReactFlow();
  const afterPaint = useAfterFirstPaint();
  // The first frame paints the cards; the connectors, whose routing is most of a large
  // blueprint's layout, are drawn in the frames after it.
  const selectLayout = useMemo(() => layoutSelectors(blueprintId), [blueprintId]);
  const layout = useDoc(afterPaint ? selectLayout.routed : selectLayout.unrouted);
  const cards = useDoc(selectCardsTable);
  const assets = useDoc(selectAssets);
  const selection = useSelection();
  const presenting = usePresenting();
  const [drag, setDrag] = useState<Map<string, XYPosition> | null>(null);
  const [hover, setHover] = useState<{ target: DropTarget; moving: ReadonlySet<string> } | null>(null);
  const layoutRef = useRef<BlueprintLayout | null>(layout);
  layoutRef.current = layout;
  const menus = useStructureMenus(blueprintId);
  const cardMenu = useCardMenu();
  const picking = useConnectorPicking(layoutRef);
  const connecting = useConnectOnCard(layoutRef);
  const width = layout?.width ?? 0;
  const height = layout?.height ?? 0;
  const extent = useMemo(() => panExtent({ width, height }), [width, height]);
  const store = useStoreApi<CardNodeType>();
  const sectionRef = useRef<HTMLElement>(null);
  const viewMotion = useViewMotion(sectionRef);
  const deriveNodes = useMemo(makeNodeDeriver, []);
  const selected = useMemo(() => new Set(selection.cardIds), [selection.cardIds]);
  // The cards being dragged change only when a drag starts or ends, so the layer of all the
  // other connectors stays as it is while the pointer moves.
  const movingKey = drag ? [...drag.keys()].sort().join(' ') : '';
  const moving = useMemo<ReadonlySet<string>>(() => (movingKey ? new Set(movingKey.split(' ')) : NO_IDS), [movingKey]);
  // React Flow holds only the cards near the screen (and the selected and dragged ones): it
  // builds its own record of every card it is given, and filters them all on every frame of a
  // pan, while the cards it draws are those on screen anyway. Until the first paint that is the
  // screen itself; later tiles arrive as deferred updates (see useTiledView).
  const area = useTiledView(afterPaint);
  // Find and lenses mark the cards they pick by a class on those nodes alone; the rest dim by
  // one class on the canvas, so a keystroke re-renders only cards whose match changed.
  const lens = useCanvasLens(blueprintId, layoutRef);
  const lensOf = lens.classOf;
  const baseNodes = useMemo(() => {
    if (!layout) return [];
    const keep = (box: CardBox) => selected.has(box.id) || moving.has(box.id) || intersects({ x0: box.x, y0: box.y, x1: box.x + box.width, y1: box.y + box.height }, area);
    return deriveNodes(layout, cards, assets, selected, keep, lensOf);
  }, [layout, cards, assets, selected, moving, deriveNodes, area, lensOf]);
  const nodes = useMemo(
    () => (drag ? baseNodes.map((n) => { const p = drag.get(n.id); return p ? { ...n, position: p } : n; }) : baseNodes),
    [baseNodes, drag],
  );

  // React Flow mounts once the pane's size is known, with its store already holding the opening
  // view and the pane size, so it never renders again after a setViewport. The cards are left to
  // its `nodes` prop, which arrives in an effect: its pane's own effects (which read the pane's
  // size, forcing style and layout) then run on a canvas without cards, and the cards and the
  // lane grid (whose portal needs a mounted React Flow) come in one commit, laid out once by the
  // frame that paints them. The connectors follow in the frames after (see layoutSelectors).
  const [opening, setOpening] = useState<Viewport | null>(null);
  useLayoutEffect(() => {
    const el = sectionRef.current;
    if (opening || !el) return;
    const view = openingViewport(layoutRef.current, el.clientWidth, el.clientHeight);
    store.setState({ width: el.clientWidth, height: el.clientHeight, transform: [view.x, view.y, view.zoom] });
    measureOnlyResizedNodes(store);
    setOpening(view);
  }, [opening, store]);
  const edgeId = selection.connectorId;
  const liveEdgeId = edgeId && layout?.connectors.some((c) => c.id === edgeId) ? edgeId : null;
  const movingConnectors = useMemo(
    () => (layout && moving.size > 0 ? connectorsOf(layout, moving) : NO_IDS),
    [layout, moving],
  );
  const followers = useMemo(() => (layout && drag ? rerouted(layout, movingConnectors, drag) : []), [layout, drag, movingConnectors]);

  // Fit the grid, headers included (fitView would only see the cards): see fillViewport.
  const fitAll = useCallback((duration = 0) => {
    const current = layoutRef.current;
    const el = paneOf(sectionRef.current);
    if (!current || !el) return;
    void flow.setViewport(fillViewport(current, el.clientWidth, el.clientHeight, flow.getViewport()), { duration });
  }, [flow]);

  useEffect(() => {
    // The view moves only to show what takes the focus, and then by the least amount.
    // Something just added is in the layout a render later: it is looked for again a few frames on.
    const reveal = (target: RevealTarget, tries = 0) => {
      const current = layoutRef.current;
      const el = paneOf(sectionRef.current);
      const span = current && spanOf(current, target);
      if (!span) {
        if (tries < 5) requestAnimationFrame(() => reveal(target, tries + 1));
        return;
      }
      if (!current || !el) return;
      const view = flow.getViewport();
      const next = revealView(view, { width: el.clientWidth, height: el.clientHeight }, current, span);
      if (next.x !== view.x || next.y !== view.y) void flow.setViewport(next);
    };
    setRevealer(reveal);
    setCanvasController({
      zoomIn: () => void flow.zoomIn({ duration: 150 }),
      zoomOut: () => void flow.zoomOut({ duration: 150 }),
      fit: () => fitAll(200),
      reveal: (id) => focusCard(id),
      cellInView: () => {
        const current = layoutRef.current;
        const el = paneOf(sectionRef.current);
        if (!current || !el) return null;
        const r = el.getBoundingClientRect();
        return cellAt(current, flow.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 }));
      },
      dropAt: (x, y) => (layoutRef.current ? dropTarget(layoutRef.current, flow.screenToFlowPosition({ x, y }), NO_IDS) : null),
    });
    return () => {
      setRevealer(null);
      setCanvasController(null);
    };
  }, [flow, fitAll]);

  const painted = useRef(false);
  useEffect(() => {
    if (painted.current || nodes.length === 0) return;
    painted.current = true;
    requestAnimationFrame(() => setTimeout(() => performance.mark('frontstage:canvas-painted'), 0));
  }, [nodes.length]);

  const onNodesChange = useCallback((changes: NodeChange<CardNodeType>[]) => {
    let picked: Set<string> | null = null;
    let moved: Map<string, XYPosition> | null = null;
    for (const change of changes) {
      if (change.type === 'select') {
        picked ??= new Set(getSelection().cardIds);
        if (change.selected) picked.add(change.id);
        else picked.delete(change.id);
      } else if (change.type === 'position' && change.dragging && change.position) {
        moved ??= new Map();
        moved.set(change.id, change.position);
      }
    }
    if (picked) selectCards([...picked]);
    if (moved) {
      const m = moved;
      setDrag((prev) => new Map([...(prev ?? []), ...m]));
    }
  }, []);

  const pointerInFlow = useCallback((event: { clientX: number; clientY: number } | globalThis.TouchEvent) => {
    const p = 'changedTouches' in event ? event.changedTouches[0] : event;
    return flow.screenToFlowPosition({ x: p?.clientX ?? 0, y: p?.clientY ?? 0 });
  }, [flow]);

  const onNodeDrag: OnNodeDrag<CardNodeType> = useCallback((event, _node, dragged) => {
    const current = layoutRef.current;
    if (!current) return;
    const moving = new Set(dragged.map((n) => n.id));
    const target = dropTarget(current, pointerInFlow(event), moving);
    setHover((prev) => {
      if (!target) return null;
      const p = prev?.target;
      return p && p.laneId === target.laneId && p.stepId === target.stepId && p.index === target.index ? prev : { target, moving };
    });
  }, [pointerInFlow]);

  const onNodeDragStop: OnNodeDrag<CardNodeType> = useCallback((event, _node, dragged) => {
    const current = layoutRef.current;
    setDrag(null);
    setHover(null);
    if (!current) return;
    const moving = new Set(dragged.map((n) => n.id));
    if (parkIfDroppedOnParkingLot([...moving], event)) return;
    const target = dropTarget(current, pointerInFlow(event), moving);
    if (!target) return;
    // Keep the dragged cards in the order they had on the blueprint.
    const order = new Map(current.cards.map((c, i) => [c.id, i]));
    const cardIds = [...moving].filter((id) => order.has(id)).sort((a, b) => order.get(a)! - order.get(b)!);
    const inCell = cardsInCell(current, target).map((c) => c.id);
    const after = inCell.filter((id) => !moving.has(id));
    after.splice(target.index, 0, ...cardIds);
    if (after.length === inCell.length && after.every((id, i) => id === inCell[i])) return;
    dispatch(moveCards, { cardIds, laneId: target.laneId, stepId: target.stepId, index: target.index });
  }, [pointerInFlow]);

  const onDoubleClick = useCallback((event: MouseEvent) => {
    const target = event.target as HTMLElement;
    if (!target.classList.contains('react-flow__pane') || !layoutRef.current || picking.pick(event, true)) return;
    const cell = cellAt(layoutRef.current, pointerInFlow(event));
    if (cell) startNewCard(cell.laneId, cell.stepId);
  }, [pointerInFlow, picking]);

  const onKeyDown = useCallback((event: KeyboardEvent) => {
    // While presenting, arrow keys step through the presentation (app actions) instead.
    if (!layoutRef.current || getUi().presentation) return;
    if (onGridKey(event, layoutRef.current)) event.preventDefault();
  }, []);

  const onFocus = useCallback((event: React.FocusEvent) => {
    const target = event.target as HTMLElement;
    // Focus can scroll React Flow's clipped pane (Tab to an element near its edge); the view
    // moves by its transform only, so the pane's own scroll offset is put back.
    const pane = paneOf(sectionRef.current);
    if (pane && (pane.scrollLeft || pane.scrollTop)) pane.scrollTo(0, 0);
    const cardId = target.classList.contains('react-flow__node') ? target.dataset.id : undefined;
    const card = cardId ? getDoc().cards[cardId] : undefined;
    // Tab can bring focus to a card or cell partly off screen: the view follows, by the least
    // amount (a click does not move it: that would shift a card under the pointer about to drag it).
    const byKeyboard = target.matches(':focus-visible');
    if (card) {
      setCurrentCell({ laneId: card.laneId, stepId: card.stepId });
      if (byKeyboard) revealOnCanvas({ kind: 'card', id: card.id });
    }
    if (cardId && !getSelection().cardIds.includes(cardId) && target.matches(':focus-visible')) selectCards([cardId]);
    if (target.classList.contains('fs-cell') && target.dataset.lane && target.dataset.step) {
      setCurrentCell({ laneId: target.dataset.lane, stepId: target.dataset.step });
      if (byKeyboard) revealOnCanvas({ kind: 'cell', laneId: target.dataset.lane, stepId: target.dataset.step });
      if (byKeyboard && getSelection().cardIds.length) selectCards([]);
    }
  }, []);

  // A click on a connector selects it (it is drawn on a canvas under the pane); elsewhere it clears the selection.
  const onPaneClick = useCallback((event: MouseEvent) => {
    if (picking.pick(event, false)) return;
    selectCards([]);
    selectConnector(null);
  }, [picking]);

  return (
    <section ref={sectionRef} className={`fs-canvas${lens.matches.active ? ' is-lensing' : ''}`} aria-label="Blueprint" tabIndex={-1} onDoubleClick={onDoubleClick} onKeyDown={onKeyDown} onFocus={onFocus} onPointerMove={picking.onPointerMove}>
      {opening && <ReactFlow<CardNodeType>
        defaultViewport={opening}
        nodes={nodes}
        onlyRenderVisibleElements
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onNodeDoubleClick={(_, node) => startEditing(node.id)}
        onConnect={connecting.onConnect}
        onConnectStart={connecting.onConnectStart}
        onConnectEnd={connecting.onConnectEnd}
        onNodeMouseEnter={enterNode}
        onNodeMouseLeave={leaveNode}
        onNodeContextMenu={cardMenu.onNodeContextMenu}
        onPaneClick={onPaneClick}
        onMoveStart={viewMotion.onMoveStart}
        onMoveEnd={viewMotion.onMoveEnd}
        connectionMode={ConnectionMode.Loose}
        elevateNodesOnSelect={false}
        elevateEdgesOnSelect={false}
        zoomOnDoubleClick={false}
        panOnScroll
        zoomOnPinch
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        selectionMode={SelectionMode.Partial}
        multiSelectionKeyCode={MULTI_KEYS}
        disableKeyboardA11y
        translateExtent={extent}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        proOptions={{ hideAttribution: false }}
      >
        <ViewportPortal>
          {layout && <LaneBackground layout={layout} />}
          {layout && afterPaint && <CellLayer layout={layout} area={area} />}
          {layout && afterPaint && <ConnectSource layout={layout} />}
          {layout && <VisibleConnectors width={layout.width} height={layout.height} connectors={layout.connectors} selectedId={liveEdgeId} hidden={movingConnectors} painted={afterPaint} />}
          {layout && followers.length > 0 && <MovingConnectors width={layout.width} height={layout.height} connectors={followers} selectedId={liveEdgeId} />}
          {layout && liveEdgeId && <ConnectorEnds layout={layout} connectorId={liveEdgeId} />}
          {layout && hover && <DropHighlight layout={layout} target={hover.target} moving={hover.moving} />}
          {layout && <ConnectCandidate card={connecting.candidate} width={layout.width} height={layout.height} />}
          {layout && <LensOverlay layout={layout} />}
          {layout && <PresenceLayer layout={layout} />}
        </ViewportPortal>
        {presenting && <PresenterBeacon blueprintId={blueprintId} />}
        <ConnectorMarkers />
        {layout && <StickyHeaders layout={layout} handlers={menus.handlers} />}
        {layout && presenting && <Spotlight layout={layout} />}
        {afterPaint && layout && <Overview layout={layout} />}
        {liveEdgeId && <ConnectorPanel connectorId={liveEdgeId} onClose={() => selectConnector(null)} />}
        {layout && (layout.lanes.length === 0 || layout.steps.length === 0) && <EmptyHint hasLanes={layout.lanes.length > 0} />}
      </ReactFlow>}
      {menus.element}
      {cardMenu.element}
    </section>
  );
}

function EmptyHint({ hasLanes }: { hasLanes: boolean }): JSX.Element {
  return (
    <div className="fs-empty-hint" role="note">
      {hasLanes ? 'Add a stage or apply a stage preset from Structure (top left) to get columns.' : 'Add lanes from Structure (top left) to start this blueprint.'}
    </div>
  );
}

// While a button is down the pointer is dragging something, and may run ahead of a dragged
// card over others: those should not grow handles (and re-render) on the way.
const enterNode = (event: MouseEvent, node: CardNodeType) => {
  if (event.buttons === 0) enterCard(node.id);
};
const leaveNode = (event: MouseEvent, node: CardNodeType) => {
  if (event.buttons === 0) leaveCard(node.id);
};
const paneOf = (section: HTMLElement | null) => section?.querySelector<HTMLElement>('.react-flow') ?? null;
const selectCardsTable = (doc: WorkshopDoc) => doc.cards;
const selectAssets = (doc: WorkshopDoc) => doc.assets;
const NO_IDS: ReadonlySet<string> = new Set();
