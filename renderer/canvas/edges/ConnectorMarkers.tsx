import type { JSX } from 'react';

/** Arrowheads, one per kind, defined once for every edge. */
export function ConnectorMarkers(): JSX.Element {
  return (
    <svg className="fs-markers" aria-hidden="true" width="0" height="0">
      <defs>
        <marker id="fs-marker-flow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" orient="auto-start-reverse" markerUnits="userSpaceOnUse">
          <path d="M0 0 L10 5 L0 10 z" fill="var(--fs-connector-flow)" />
        </marker>
        <marker id="fs-marker-dependency" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="10" markerHeight="10" orient="auto-start-reverse" markerUnits="userSpaceOnUse">
          <path d="M1 1 L9 5 L1 9" fill="none" stroke="var(--fs-connector-dependency)" strokeWidth="1.6" />
        </marker>
        <marker id="fs-marker-cause" viewBox="0 0 12 12" refX="11" refY="6" markerWidth="12" markerHeight="12" orient="auto-start-reverse" markerUnits="userSpaceOnUse">
          <path d="M0 1 L12 6 L0 11 L3 6 z" fill="var(--fs-connector-cause)" />
        </marker>
        <marker id="fs-marker-cause-start" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="8" markerHeight="8" orient="auto" markerUnits="userSpaceOnUse">
          <circle cx="5" cy="5" r="4" fill="var(--fs-connector-cause)" />
        </marker>
        <marker id="fs-marker-feedback" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" orient="auto-start-reverse" markerUnits="userSpaceOnUse">
          <path d="M0 0 L10 5 L0 10" fill="none" stroke="var(--fs-connector-feedback)" strokeWidth="1.6" />
        </marker>
      </defs>
    </svg>
  );
}
