import { memo, type JSX } from 'react';
import { BaseEdge, getBezierPath, getSmoothStepPath, type Edge, type EdgeProps } from '@xyflow/react';
import type { ConnectorKind } from '../../../shared/model';

export interface ConnectorData extends Record<string, unknown> {
  kind: ConnectorKind;
  label: string;
}

export type ConnectorEdgeType = Edge<ConnectorData, 'connector'>;

const DASH: Record<ConnectorKind, string | undefined> = {
  flow: undefined,
  dependency: '7 5',
  cause: undefined,
  feedback: '2 5',
};

function ConnectorEdgeView(props: EdgeProps<ConnectorEdgeType>): JSX.Element {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const kind = data?.kind ?? 'flow';
  // Feedback loops back, so it curves; the other kinds route orthogonally like the exports.
  const [path, labelX, labelY] =
    kind === 'feedback'
      ? getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, curvature: 0.45 })
      : getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 10, offset: 14 });
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={`url(#fs-marker-${kind})`}
      markerStart={kind === 'cause' ? 'url(#fs-marker-cause-start)' : undefined}
      label={data?.label || undefined}
      labelX={labelX}
      labelY={labelY}
      labelShowBg
      labelBgPadding={[5, 2]}
      labelBgBorderRadius={4}
      labelStyle={{ fill: 'var(--fs-text)', fontSize: 11 }}
      labelBgStyle={{ fill: 'var(--fs-surface)', stroke: `var(--fs-connector-${kind})`, strokeWidth: 1 }}
      className={`fs-connector fs-connector-${kind}${selected ? ' is-selected' : ''}`}
      style={{ stroke: `var(--fs-connector-${kind})`, strokeWidth: selected ? 2.6 : kind === 'cause' ? 2 : 1.6, strokeDasharray: DASH[kind] }}
      interactionWidth={14}
    />
  );
}

export const ConnectorEdge = memo(ConnectorEdgeView);

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
