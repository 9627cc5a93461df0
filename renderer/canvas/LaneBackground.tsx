import { memo, type JSX } from 'react';
import type { BlueprintLayout } from '../../shared/layout';
import { cellRect, type Cell } from './geometry';

/**
 * The grid under the cards, drawn as one layer in blueprint coordinates: lane bands, step
 * columns, the three lines with their labels, and the experience curve.
 */
function LaneBackgroundView({ layout }: { layout: BlueprintLayout }): JSX.Element {
  const top = layout.stageHeaderHeight + layout.stepHeaderHeight;
  const stageStarts = new Set(layout.stages.map((s) => s.x));
  return (
    <div className="fs-grid" style={{ width: layout.width, height: layout.height }} aria-hidden="true">
      {layout.lanes.map((lane) => (
        <div
          key={lane.id}
          className="fs-lane-band"
          style={{ top: lane.y, height: lane.height, width: layout.width, background: `var(--fs-lane-${lane.kind})` }}
        />
      ))}
      {layout.steps.map((step) => (
        <div
          key={step.id}
          className={`fs-step-rule${stageStarts.has(step.x) ? ' is-stage-start' : ''}`}
          style={{ left: step.x, top, height: layout.height - top }}
        />
      ))}
      <div className="fs-step-rule is-stage-start" style={{ left: layout.width, top, height: layout.height - top }} />
      <svg className="fs-lines" width={layout.width} height={layout.height}>
        {layout.lines.map((line) => (
          <g key={line.id} className={`fs-line fs-line-${line.id}`}>
            <line x1={layout.laneHeaderWidth} x2={line.x2} y1={line.y} y2={line.y} />
          </g>
        ))}
        {layout.curve && layout.curve.points.length > 0 && (
          <g className="fs-curve">
            <line className="fs-curve-zero" x1={layout.laneHeaderWidth} x2={layout.width} y1={layout.curve.zeroY} y2={layout.curve.zeroY} />
            <polyline points={layout.curve.points.map((p) => `${p.x},${p.y}`).join(' ')} />
            {layout.curve.points.map((p) => (
              <circle key={p.stepId} cx={p.x} cy={p.y} r={4} style={{ fill: `var(--fs-sentiment-${sentimentVar(p.value)})` }} />
            ))}
          </g>
        )}
      </svg>
    </div>
  );
}

function sentimentVar(value: number): string {
  const v = Math.round(value);
  return v <= -2 ? 'n2' : v === -1 ? 'n1' : v === 0 ? '0' : v === 1 ? 'p1' : 'p2';
}

export const LaneBackground = memo(LaneBackgroundView);

/** The cell a dragged card would land in. */
export function DropHighlight({ layout, cell }: { layout: BlueprintLayout; cell: Cell | null }): JSX.Element | null {
  const rect = cell && cellRect(layout, cell);
  if (!rect) return null;
  return <div className="fs-drop-target" style={{ left: rect.x, top: rect.y, width: rect.width, height: rect.height }} aria-hidden="true" />;
}
