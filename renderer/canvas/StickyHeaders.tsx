import { memo, useCallback, useMemo, useState, type JSX, type MouseEvent } from 'react';
import type { WorkshopDoc } from '../../shared/model';
import { useDoc } from '../state/documentStore';
import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import type { BlueprintLayout } from '../../shared/layout';
import { InlineName } from './InlineName';
import { DropIndicator } from './structure/DropIndicator';
import { onHeaderKey } from './structure/headerKeys';
import { lift, useHeaderDrag, type HeaderDragView, type StartHeaderDrag } from './structure/useHeaderDrag';

export type HeaderKind = 'lane' | 'stage' | 'step';

export interface HeaderHandlers {
  onMenu: (kind: HeaderKind, id: string, at: { x: number; y: number }) => void;
  onRename: (kind: HeaderKind, id: string, name: string) => void;
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
  return (
    <>
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
    </>
  );
}

function anchor(e: MouseEvent): { x: number; y: number } {
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
          className={`fs-lane-header fs-lane-${lane.kind}${lifted.className}`}
          style={{ top: lane.y, height: lane.height, width: layout.laneHeaderWidth, ...lifted.style }}
          onContextMenu={(e) => handlers.onMenu('lane', lane.id, contextAt(e))}
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
          className={`fs-stage-header${lifted.className}`}
          style={{ left: stage.x, width: stage.width, height: layout.stageHeaderHeight, ...lifted.style }}
          onContextMenu={(e) => handlers.onMenu('stage', stage.id, contextAt(e))}
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
          className={`fs-step-header${lifted.className}`}
          style={{ left: step.x, top: layout.stageHeaderHeight, width: step.width, height: layout.stepHeaderHeight, ...lifted.style }}
          onContextMenu={(e) => handlers.onMenu('step', step.id, contextAt(e))}
          onPointerDown={(e) => drag.start('step', step.id, e)}
        >
          <Name kind="step" id={step.id} name={step.name} handlers={handlers} />
        </div>;
      })}
      </div>
    </div>
  );
});

function Name({ kind, id, name, handlers }: { kind: HeaderKind; id: string; name: string; handlers: HeaderHandlers }): JSX.Element {
  const [renaming, setRenaming] = useState(false);
  const store = useStoreApi();
  if (renaming) {
    return <InlineName label={`Rename ${kind}`} value={name} onDone={(next) => { setRenaming(false); if (next !== null && next !== name) handlers.onRename(kind, id, next); }} />;
  }
  return (
    <>
      <span className="fs-header-name" onDoubleClick={() => setRenaming(true)} title="Double-click to rename">
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
