import { memo, useCallback, useMemo, useRef, type JSX, type KeyboardEvent, type MouseEvent } from 'react';
import type { WorkshopDoc } from '../../shared/model';
import { useDoc } from '../state/documentStore';
import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import type { BlueprintLayout } from '../../shared/layout';
import { InlineName } from './InlineName';
import { DropIndicator } from './structure/DropIndicator';
import { onHeaderKey } from './structure/headerKeys';
import { cancelName, commitName, pasteNames } from './structure/headerNames';
import { startRename, useIsRenaming, type HeaderKind } from './structure/renaming';
import { useSlidingNames } from './slidingNames';
import { lift, useHeaderDrag, type HeaderDragView, type StartHeaderDrag } from './structure/useHeaderDrag';

export type { HeaderKind };

export interface HeaderHandlers {
  onMenu: (kind: HeaderKind, id: string, at: { x: number; y: number }) => void;
  onCornerMenu: (at: { x: number; y: number }) => void;
}

const transformOf = (s: ReactFlowState) => s.transform;

/** What the header rows need of a header drag: how to start one, and which header is lifted how far. */
interface DragProps { start: StartHeaderDrag; view: HeaderDragView | null }

/**
 * Lane headers stay at the left edge and stage/step headers at the top edge while the
 * blueprint pans under them, so people always see which row and column a card is in.
 */
export function StickyHeaders({ layout, handlers }: { layout: BlueprintLayout; handlers: HeaderHandlers }): JSX.Element {
  const transform = useStore(transformOf);
  const [tx, ty, zoom] = transform;
  const { view, start } = useHeaderDrag(layout);
  // Each row of headers re-renders only for a drag of its own headers, never while panning.
  const laneView = view?.kind === 'lane' ? view : null;
  const columnView = view && view.kind !== 'lane' ? view : null;
  const laneDrag = useMemo(() => ({ start, view: laneView }), [start, laneView]);
  const columnDrag = useMemo(() => ({ start, view: columnView }), [start, columnView]);
  const blueprintId = layout.blueprintId;
  const hidden = useDoc(useCallback((doc: WorkshopDoc) => Object.values(doc.lanes).filter((l) => l.blueprintId === blueprintId && l.hidden).length, [blueprintId]));
  const left = Math.max(0, tx);
  const top = Math.max(0, ty);
  const scale = `scale(${zoom})`;
  // Where the cells start on screen, in blueprint units: a stage or lane name cut by that edge
  // slides along its header to stay readable, with no re-render of the headers.
  const root = useRef<HTMLDivElement>(null);
  useSlidingNames(root, layout, layout.laneHeaderWidth + Math.max(0, -tx) / zoom, layout.stageHeaderHeight + layout.stepHeaderHeight + Math.max(0, -ty) / zoom);
  return (
    <div ref={root} className="fs-sticky-root">
      <div className="fs-sticky fs-sticky-columns" style={{ transform: `translate(${tx}px, ${top}px) ${scale}` }}>
        <ColumnHeaders layout={layout} handlers={handlers} drag={columnDrag} />
      </div>
      <div className="fs-sticky fs-sticky-lanes" style={{ transform: `translate(${left}px, ${ty}px) ${scale}` }}>
        <LaneHeaders layout={layout} handlers={handlers} drag={laneDrag} />
      </div>
      <div
        className="fs-sticky fs-sticky-corner"
        style={{ transform: `translate(${left}px, ${top}px) ${scale}`, width: layout.laneHeaderWidth, height: layout.stageHeaderHeight + layout.stepHeaderHeight }}
      >
        <button type="button" className="fs-corner-button" onClick={(e) => handlers.onCornerMenu(anchor(e))} aria-label="Blueprint structure">
          <span aria-hidden="true">☰</span> Structure
          {hidden > 0 && <span className="fs-corner-hidden"> · {hidden} hidden</span>}
        </button>
      </div>
      {view?.drop && <DropIndicator layout={layout} drop={view.drop} transform={transform} />}
    </div>
  );
}

function anchor(e: MouseEvent | KeyboardEvent): { x: number; y: number } {
  const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
  return { x: r.left, y: r.bottom + 4 };
}

function contextAt(e: MouseEvent): { x: number; y: number } {
  e.preventDefault();
  return { x: e.clientX, y: e.clientY };
}

const LaneHeaders = memo(function LaneHeaders({ layout, handlers, drag }: { layout: BlueprintLayout; handlers: HeaderHandlers; drag: DragProps }): JSX.Element {
  // A header table as ARIA wants it (table → row → header); the rows take no box of their own.
  return (
    <>
    <div role="table" aria-label="Lanes">
      {layout.lanes.map((lane) => {
        const lifted = lift(drag.view, 'lane', lane.id);
        return <div key={lane.id} role="row" className="fs-header-row"><div
          role="rowheader"
          aria-label={lane.name}
          data-header-id={lane.id}
          data-header-kind="lane"
          tabIndex={-1}
          className={`fs-lane-header fs-lane-${lane.kind}${lifted.className}`}
          style={{ top: lane.y, height: lane.height, width: layout.laneHeaderWidth, ...lifted.style }}
          onContextMenu={(e) => handlers.onMenu('lane', lane.id, contextAt(e))}
          onKeyDown={(e) => menuKey(e, () => handlers.onMenu('lane', lane.id, anchor(e)))}
          onPointerDown={(e) => drag.start('lane', lane.id, e)}
        >
          <span className="fs-lane-accent" style={{ background: `var(--fs-lane-${lane.kind})` }} />
          <Name kind="lane" id={lane.id} name={lane.name} handlers={handlers} />
        </div></div>;
      })}
    </div>
      {layout.lines.map((line) => (
        <div key={line.id} className={`fs-line-label fs-line-${line.id}`} style={{ top: line.y }}>
          {line.label}
        </div>
      ))}
    </>
  );
});

const ColumnHeaders = memo(function ColumnHeaders({ layout, handlers, drag }: { layout: BlueprintLayout; handlers: HeaderHandlers; drag: DragProps }): JSX.Element {
  return (
    <div role="table" aria-label="Stages and steps">
      <div role="row" className="fs-header-row">
      {layout.stages.map((stage) => {
        const lifted = lift(drag.view, 'stage', stage.id);
        return <div
          key={stage.id}
          role="columnheader"
          aria-label={stage.name}
          data-header-id={stage.id}
          data-header-kind="stage"
          tabIndex={-1}
          className={`fs-stage-header${lifted.className}`}
          style={{ left: stage.x, width: stage.width, height: layout.stageHeaderHeight, ...lifted.style }}
          onContextMenu={(e) => handlers.onMenu('stage', stage.id, contextAt(e))}
          onKeyDown={(e) => menuKey(e, () => handlers.onMenu('stage', stage.id, anchor(e)))}
          onPointerDown={(e) => drag.start('stage', stage.id, e)}
        >
          <Name kind="stage" id={stage.id} name={stage.name} handlers={handlers} />
        </div>;
      })}
      </div>
      <div role="row" className="fs-header-row">
      {layout.steps.map((step) => {
        const lifted = lift(drag.view, 'step', step.id, step.stageId);
        return <div
          key={step.id}
          role="columnheader"
          aria-label={step.name}
          data-header-id={step.id}
          data-header-kind="step"
          tabIndex={-1}
          className={`fs-step-header${lifted.className}`}
          style={{ left: step.x, top: layout.stageHeaderHeight, width: step.width, height: layout.stepHeaderHeight, ...lifted.style }}
          onContextMenu={(e) => handlers.onMenu('step', step.id, contextAt(e))}
          onKeyDown={(e) => menuKey(e, () => handlers.onMenu('step', step.id, anchor(e)))}
          onPointerDown={(e) => drag.start('step', step.id, e)}
        >
          <Name kind="step" id={step.id} name={step.name} handlers={handlers} />
        </div>;
      })}
      </div>
    </div>
  );
});

/** Shift+F10 or the context-menu key on a focused header opens its menu, like a right-click. */
function menuKey(e: KeyboardEvent, open: () => void): void {
  if (e.target !== e.currentTarget) return;
  if ((e.key === 'F10' && e.shiftKey) || e.key === 'ContextMenu') {
    e.preventDefault();
    open();
  }
}

function Name({ kind, id, name, handlers }: { kind: HeaderKind; id: string; name: string; handlers: HeaderHandlers }): JSX.Element {
  const renaming = useIsRenaming(kind, id);
  const store = useStoreApi();
  if (renaming) {
    return (
      <InlineName
        label={`Rename ${kind}`}
        value={name}
        onDone={(next) => (next === null ? cancelName(kind, id) : commitName(kind, id, next, 'stay'))}
        onTab={(next, back) => commitName(kind, id, next, back ? 'previous' : 'next')}
        onPasteLines={(names) => pasteNames(kind, id, names)}
      />
    );
  }
  return (
    <>
      <span className="fs-header-name" onDoubleClick={() => startRename(kind, id)} title="Double-click to rename">
        {name || `Unnamed ${kind}`}
      </span>
      <button
        type="button"
        className="fs-header-menu"
        aria-label={`${name || kind} options`}
        onClick={(e) => handlers.onMenu(kind, id, anchor(e))}
        onKeyDown={(e) => onHeaderKey(kind, id, e, store.getState().panBy)}
        aria-keyshortcuts={kind === 'lane' ? 'Alt+ArrowUp Alt+ArrowDown' : 'Alt+ArrowLeft Alt+ArrowRight'}
      >
        ⋯
      </button>
    </>
  );
}
