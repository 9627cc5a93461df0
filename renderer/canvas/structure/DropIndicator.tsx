import type { JSX } from 'react';
import type { BlueprintLayout } from '../../../shared/layout';
import type { HeaderDrop } from './headerDrop';

/**
 * The insertion line of a header drag, across the whole blueprint, and for a step the stage
 * that would receive it (two stages meet at one line, so the line alone cannot say which).
 * Drawn in screen pixels so it stays equally thick at every zoom.
 */
export function DropIndicator({ layout, drop, transform: [tx, ty, zoom] }: { layout: BlueprintLayout; drop: HeaderDrop; transform: [number, number, number] }): JSX.Element {
  const stage = drop.stageId ? layout.stages.find((s) => s.id === drop.stageId) : undefined;
  const line = drop.axis === 'y'
    ? { left: tx, top: ty + drop.at * zoom, width: layout.width * zoom }
    : { left: tx + drop.at * zoom, top: ty, height: layout.height * zoom };
  return (
    <div className="fs-header-drop" aria-hidden="true">
      {stage && (
        <div
          className="fs-header-drop-stage"
          style={{ left: tx + stage.x * zoom, top: Math.max(0, ty), width: stage.width * zoom, height: layout.stageHeaderHeight * zoom }}
        />
      )}
      <div className={`fs-header-drop-line is-${drop.axis === 'y' ? 'across' : 'down'}`} style={line} />
    </div>
  );
}
