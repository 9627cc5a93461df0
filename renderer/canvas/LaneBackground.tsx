import { memo, type JSX } from 'react';
import { LAYOUT, type BlueprintLayout } from '../../shared/layout';
import { cardsInCell, cellRect, type DropTarget } from './geometry';
import { sentimentVar } from '../components/sentiment';
import { MarkShape } from '../components/MarkShape';
import { sentimentMark } from '../../shared/render/markShapes';

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
      {layout.lines.map((line) => (
        <div key={line.id} className={`fs-line fs-line-${line.id}`} style={{ left: layout.laneHeaderWidth, top: line.y - 1, width: line.x2 - layout.laneHeaderWidth }} />
      ))}
      {layout.curve && layout.curve.points.length > 0 && <Curve layout={layout} />}
    </div>
  );
}

/** The experience curve, drawn only over its own lane so the layer stays small. */
function Curve({ layout }: { layout: BlueprintLayout }): JSX.Element {
  const curve = layout.curve!;
  const lane = layout.lanes.find((l) => l.id === curve.laneId);
  const top = lane?.y ?? 0;
  const height = lane?.height ?? layout.height;
  const left = layout.laneHeaderWidth;
  return (
    <svg className="fs-curve" style={{ left, top }} width={layout.width - left} height={height} viewBox={`${left} ${top} ${layout.width - left} ${height}`}>
      <line className="fs-curve-zero" x1={left} x2={layout.width} y1={curve.zeroY} y2={curve.zeroY} />
      <polyline points={curve.points.map((p) => `${p.x},${p.y}`).join(' ')} />
      {/* Each step's sentiment as the cards' own face, as the exports draw it: never colour alone. */}
      {curve.points.map((p) => (
        <g key={p.stepId} className="fs-curve-face" style={{ color: `var(--fs-sentiment-${sentimentVar(p.value)})` }}>
          <circle cx={p.x} cy={p.y} r={8.5} />
          <MarkShape name={sentimentMark(p.value)} x={p.x} y={p.y} size={16} />
        </g>
      ))}
    </svg>
  );
}

export const LaneBackground = memo(LaneBackgroundView);

/** The cell a dragged card would land in, with a bar where it will slot in among the cell's cards. */
export function DropHighlight({ layout, target, moving }: { layout: BlueprintLayout; target: DropTarget | null; moving: ReadonlySet<string> }): JSX.Element | null {
  const rect = target && cellRect(layout, target);
  if (!target || !rect) return null;
  const others = cardsInCell(layout, target).filter((c) => !moving.has(c.id));
  const before = others[target.index - 1];
  const after = others[target.index];
  const y = after ? after.y - LAYOUT.cardGap / 2 : before ? before.y + before.height + LAYOUT.cardGap / 2 : rect.y + LAYOUT.cellPaddingY / 2;
  return (
    <>
      <div className="fs-drop-target" style={{ left: rect.x, top: rect.y, width: rect.width, height: rect.height }} aria-hidden="true" />
      <div className="fs-drop-slot" style={{ left: rect.x + LAYOUT.cellPaddingX, top: y - 1.5, width: LAYOUT.cardWidth }} aria-hidden="true" />
    </>
  );
}
