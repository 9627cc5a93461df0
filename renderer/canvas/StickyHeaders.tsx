import { memo, useCallback, useState, type JSX, type MouseEvent } from 'react';
import type { WorkshopDoc } from '../../shared/model';
import { useDoc } from '../state/documentStore';
import { useStore, type ReactFlowState } from '@xyflow/react';
import type { BlueprintLayout } from '../../shared/layout';
import { InlineName } from './InlineName';

export type HeaderKind = 'lane' | 'stage' | 'step';

export interface HeaderHandlers {
  onMenu: (kind: HeaderKind, id: string, at: { x: number; y: number }) => void;
  onRename: (kind: HeaderKind, id: string, name: string) => void;
  onCornerMenu: (at: { x: number; y: number }) => void;
}

const transformOf = (s: ReactFlowState) => s.transform;

/**
 * Lane headers stay at the left edge and stage/step headers at the top edge while the
 * blueprint pans under them, so people always see which row and column a card is in.
 */
export function StickyHeaders({ layout, handlers }: { layout: BlueprintLayout; handlers: HeaderHandlers }): JSX.Element {
  const [tx, ty, zoom] = useStore(transformOf);
  const blueprintId = layout.blueprintId;
  const hidden = useDoc(useCallback((doc: WorkshopDoc) => Object.values(doc.lanes).filter((l) => l.blueprintId === blueprintId && l.hidden).length, [blueprintId]));
  const left = Math.max(0, tx);
  const top = Math.max(0, ty);
  const scale = `scale(${zoom})`;
  return (
    <>
      <div className="fs-sticky fs-sticky-columns" style={{ transform: `translate(${tx}px, ${top}px) ${scale}` }}>
        <ColumnHeaders layout={layout} handlers={handlers} />
      </div>
      <div className="fs-sticky fs-sticky-lanes" style={{ transform: `translate(${left}px, ${ty}px) ${scale}` }}>
        <LaneHeaders layout={layout} handlers={handlers} />
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

const LaneHeaders = memo(function LaneHeaders({ layout, handlers }: { layout: BlueprintLayout; handlers: HeaderHandlers }): JSX.Element {
  return (
    <div role="rowgroup" aria-label="Lanes">
      {layout.lanes.map((lane) => (
        <div
          key={lane.id}
          role="rowheader"
          aria-label={lane.name}
          className={`fs-lane-header fs-lane-${lane.kind}`}
          style={{ top: lane.y, height: lane.height, width: layout.laneHeaderWidth }}
          onContextMenu={(e) => handlers.onMenu('lane', lane.id, contextAt(e))}
        >
          <span className="fs-lane-accent" style={{ background: `var(--fs-lane-${lane.kind})` }} />
          <Name kind="lane" id={lane.id} name={lane.name} handlers={handlers} />
        </div>
      ))}
      {layout.lines.map((line) => (
        <div key={line.id} className={`fs-line-label fs-line-${line.id}`} style={{ top: line.y }}>
          {line.label}
        </div>
      ))}
    </div>
  );
});

const ColumnHeaders = memo(function ColumnHeaders({ layout, handlers }: { layout: BlueprintLayout; handlers: HeaderHandlers }): JSX.Element {
  return (
    <div role="rowgroup" aria-label="Stages and steps">
      {layout.stages.map((stage) => (
        <div
          key={stage.id}
          role="columnheader"
          aria-label={stage.name}
          className="fs-stage-header"
          style={{ left: stage.x, width: stage.width, height: layout.stageHeaderHeight }}
          onContextMenu={(e) => handlers.onMenu('stage', stage.id, contextAt(e))}
        >
          <Name kind="stage" id={stage.id} name={stage.name} handlers={handlers} />
        </div>
      ))}
      {layout.steps.map((step) => (
        <div
          key={step.id}
          role="columnheader"
          aria-label={step.name}
          className="fs-step-header"
          style={{ left: step.x, top: layout.stageHeaderHeight, width: step.width, height: layout.stepHeaderHeight }}
          onContextMenu={(e) => handlers.onMenu('step', step.id, contextAt(e))}
        >
          <Name kind="step" id={step.id} name={step.name} handlers={handlers} />
        </div>
      ))}
    </div>
  );
});

function Name({ kind, id, name, handlers }: { kind: HeaderKind; id: string; name: string; handlers: HeaderHandlers }): JSX.Element {
  const [renaming, setRenaming] = useState(false);
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
      >
        ⋯
      </button>
    </>
  );
}
