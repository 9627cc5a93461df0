import { memo, useEffect, useRef, type JSX } from 'react';
import type { BlueprintLayout, LaneBox, StepBox } from '../../../shared/layout';
import type { Rect } from '../edges/connectorPath';
import { cardsOfCell, gridOf } from './gridModel';
import { useCurrentCell, type Cell } from './gridFocus';
import { useConnectingFrom } from './connecting';
import { getSelection } from '../../state/selection';

/** The accessible name of a cell: `LANE — STEP` (CONTRACT §5). */
export const cellName = (lane: string, step: string): string => `${lane || 'Unnamed lane'} — ${step || 'Unnamed step'}`;

/**
 * Every lane × step cell near the screen as a focusable grid cell, so the keyboard reaches empty
 * cells too. The cells are transparent and let the pointer through to the pane; only the current
 * cell is a tab stop. Cells far off screen are not rendered (like cards), except the current one.
 */
export function CellLayer({ layout, area }: { layout: BlueprintLayout; area: Rect }): JSX.Element {
  const current = useCurrentCell();
  // A workshop that opens with the focus nowhere gives it to the blueprint, so typing can start
  // (unless a card was already picked by the time the cells are there). The first render may
  // come before the pane is measured, with no cell near the screen yet: the offer waits for the
  // first render that has a tab-stop cell, and is made once.
  const offered = useRef(false);
  useEffect(() => {
    if (offered.current) return;
    const stop = document.querySelector<HTMLElement>('.fs-cell[tabindex="0"]');
    if (!stop) return;
    offered.current = true;
    const nowhere = document.activeElement === document.body || document.activeElement === null;
    if (nowhere && getSelection().cardIds.length === 0) stop.focus({ preventScroll: true });
  });
  return <Cells layout={layout} area={area} current={current} />;
}

const Cells = memo(function Cells({ layout, area, current }: { layout: BlueprintLayout; area: Rect; current: Cell | null }): JSX.Element {
  const grid = gridOf(layout);
  const live = current && grid.lanes.includes(current.laneId) && grid.steps.includes(current.stepId) ? current : null;
  // Without a current cell, the top-left one near the screen is the tab stop.
  const steps = layout.steps.filter((s) => s.x + s.width > area.x0 && s.x < area.x1);
  const lanes = layout.lanes.filter((l) => l.y + l.height > area.y0 && l.y < area.y1);
  const stop = live ?? (lanes[0] && steps[0] ? { laneId: lanes[0].id, stepId: steps[0].id } : null);
  return (
    <div className="fs-cells" role="grid" aria-label="Cells" aria-rowcount={layout.lanes.length} aria-colcount={layout.steps.length}>
      {layout.lanes.map((lane, row) => {
        const near = lanes.includes(lane);
        if (!near && lane.id !== stop?.laneId) return null;
        const cols = near ? steps : [];
        const extra = stop?.laneId === lane.id && !cols.some((s) => s.id === stop.stepId) ? layout.steps.find((s) => s.id === stop.stepId) : undefined;
        return (
          <div key={lane.id} role="row" aria-rowindex={row + 1} className="fs-cell-row" style={{ top: lane.y, height: lane.height }}>
            {(extra ? [...cols, extra] : cols).map((step) => (
              <CellView key={step.id} lane={lane} step={step} column={layout.steps.indexOf(step)} empty={cardsOfCell(grid, lane.id, step.id).length === 0} stop={stop?.laneId === lane.id && stop.stepId === step.id} />
            ))}
          </div>
        );
      })}
    </div>
  );
});

function CellView({ lane, step, column, empty, stop }: { lane: LaneBox; step: StepBox; column: number; empty: boolean; stop: boolean }): JSX.Element {
  return (
    <div
      role="gridcell"
      aria-colindex={column + 1}
      aria-label={cellName(lane.name, step.name)}
      aria-description={empty ? 'Empty. Enter adds a card.' : undefined}
      tabIndex={stop ? 0 : -1}
      data-lane={lane.id}
      data-step={step.id}
      className={`fs-cell${empty ? ' is-empty' : ''}`}
      style={{ left: step.x, width: step.width }}
    />
  );
}

/** The card a keyboard connector starts from, ringed until the connector is made or dropped. */
export function ConnectSource({ layout }: { layout: BlueprintLayout }): JSX.Element | null {
  const source = useConnectingFrom();
  const box = source ? layout.cards.find((c) => c.id === source) : undefined;
  if (!box) return null;
  return <div className="fs-connect-source" style={{ left: box.x - 5, top: box.y - 5, width: box.width + 10, height: box.height + 10 }} aria-hidden="true" />;
}
