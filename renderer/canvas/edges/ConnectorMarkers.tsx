import type { JSX } from 'react';
import { CONNECTOR_KINDS } from '../../../shared/model/schemas';
import { CONNECTOR_STYLE, arrowheadPath } from '../../../shared/render/connectorStyle';

/**
 * Arrowheads, one per kind, defined once for every edge: the shapes every export draws
 * (shared/render/connectorStyle.ts), in the theme's colour for the kind.
 */
export function ConnectorMarkers(): JSX.Element {
  const dot = CONNECTOR_STYLE.cause.startDot ?? 3;
  return (
    <svg className="fs-markers" aria-hidden="true" width="0" height="0">
      <defs>
        {CONNECTOR_KINDS.map((kind) => {
          const { head } = CONNECTOR_STYLE[kind];
          const colour = `var(--fs-connector-${kind})`;
          return (
            <marker key={kind} id={`fs-marker-${kind}`} viewBox={`0 0 ${head.box} ${head.box}`} refX={head.ref[0]} refY={head.ref[1]} markerWidth={head.size} markerHeight={head.size} orient="auto-start-reverse" markerUnits="userSpaceOnUse">
              {head.stroke ? <path d={arrowheadPath(head)} fill="none" stroke={colour} strokeWidth={head.stroke} /> : <path d={arrowheadPath(head)} fill={colour} />}
            </marker>
          );
        })}
        <marker id="fs-marker-cause-start" viewBox="-5 -5 10 10" refX="0" refY="0" markerWidth={2 * dot} markerHeight={2 * dot} orient="auto" markerUnits="userSpaceOnUse">
          <circle r="5" fill="var(--fs-connector-cause)" />
        </marker>
      </defs>
    </svg>
  );
}
