import { memo, useCallback, useMemo, type JSX, type MouseEvent } from 'react';
import type { ConnectorBox } from '../../../shared/layout';
import type { ConnectorKind } from '../../../shared/model';
import { connectorBounds, connectorPathData, hitAreaData, intersects, labelBox, sameConnectorBox } from './connectorPath';
import { useTiledView } from './visibleArea';

const KIND_NAMES: Record<ConnectorKind, string> = { flow: 'Flow', dependency: 'Dependency', cause: 'Cause', feedback: 'Feedback' };

export interface ConnectorLayerProps {
  width: number;
  height: number;
  connectors: readonly ConnectorBox[];
  selectedId: string | null;
  /** Connectors drawn elsewhere for now (those of cards being dragged). */
  hidden?: ReadonlySet<string>;
  onPick: (connectorId: string, twice: boolean) => void;
  /** Drawn on a layer of its own because it changes on every pointer move of a drag. */
  moving?: boolean;
}

/** The connectors near the screen (see useTiledView): panning re-renders this only at tile edges. */
export function VisibleConnectors(props: ConnectorLayerProps): JSX.Element {
  const { x0, y0, x1, y1 } = useTiledView();
  const { connectors, selectedId } = props;
  const shown = useMemo(() => {
    const view = { x0, y0, x1, y1 };
    return connectors.filter((c) => c.id === selectedId || intersects(connectorBounds(c), view));
  }, [connectors, selectedId, x0, y0, x1, y1]);
  return <ConnectorLayer {...props} connectors={shown} />;
}

/**
 * Connectors of the blueprint in one SVG in blueprint coordinates, outside React Flow's
 * edge system: routes come precomputed from the layout and label boxes from font metrics, so
 * panning changes nothing here and nothing is measured in the DOM. Only a connector whose
 * route, label or selection changed renders again.
 */
export const ConnectorLayer = memo(function ConnectorLayer({ width, height, connectors, selectedId, hidden, onPick, moving }: ConnectorLayerProps): JSX.Element {
  const pick = useCallback((event: MouseEvent, twice: boolean) => {
    const id = (event.target as Element).closest('[data-connector]')?.getAttribute('data-connector');
    if (!id) return;
    event.stopPropagation();
    onPick(id, twice);
  }, [onPick]);
  return (
    <svg className={`fs-connectors${moving ? ' is-moving' : ''}`} width={width} height={height} onClick={(e) => pick(e, false)} onDoubleClick={(e) => pick(e, true)}>
      {connectors.map((c) => (hidden?.has(c.id) ? null : <ConnectorShape key={c.id} connector={c} selected={c.id === selectedId} />))}
    </svg>
  );
});

const ConnectorShape = memo(function ConnectorShape({ connector, selected }: { connector: ConnectorBox; selected: boolean }): JSX.Element {
  const d = connectorPathData(connector.path);
  const label = labelBox(connector);
  const { kind } = connector;
  return (
    <g
      role="group"
      aria-label={`${KIND_NAMES[kind]} connector${connector.label ? `: ${connector.label}` : ''}`}
      className={`fs-connector fs-connector-${kind}${selected ? ' is-selected' : ''}`}
      data-connector={connector.id}
    >
      {selected && <path className="fs-connector-halo" d={d} />}
      <path
        className="fs-connector-line"
        d={d}
        markerEnd={`url(#fs-marker-${kind})`}
        markerStart={kind === 'cause' ? 'url(#fs-marker-cause-start)' : undefined}
      />
      <path className="fs-connector-hit" d={hitAreaData(connector.path)} />
      {label && (
        <g className="fs-connector-label">
          <rect x={label.x} y={label.y} width={label.width} height={label.height} rx={3} />
          {label.lines.map((line, i) => (
            <text key={i} x={label.x + label.width / 2} y={label.y + 2 + (i + 1) * label.lineHeight - 3}>{line}</text>
          ))}
        </g>
      )}
    </g>
  );
}, (a, b) => a.selected === b.selected && sameConnectorBox(a.connector, b.connector));
