import { memo, useMemo, type JSX } from 'react';
import type { ConnectorBox } from '../../../shared/layout';
import { CONNECTOR_KINDS } from '../../../shared/model/schemas';
import type { ConnectorKind } from '../../../shared/model';
import { connectorBounds, connectorPathData, connectorPiecesData, intersects, labelBox, sameConnector } from './connectorPath';
import { useTiledView } from './visibleArea';

interface LayerProps {
  /** The blueprint's size: the layer covers all of it, so the browser can cull what is off screen. */
  width: number;
  height: number;
  connectors: readonly ConnectorBox[];
  selectedId: string | null;
  /** Connectors drawn elsewhere for now (those of cards being dragged). */
  hidden?: ReadonlySet<string>;
  /** False until the canvas has painted once: then only the connectors on screen are drawn. */
  painted?: boolean;
}

/** The connectors near the screen (see useTiledView): panning redraws this only at tile edges. */
export function VisibleConnectors({ width, height, connectors, selectedId, hidden, painted = true }: LayerProps): JSX.Element {
  const { x0, y0, x1, y1 } = useTiledView(painted);
  const shown = useMemo(() => {
    const view = { x0, y0, x1, y1 };
    return connectors.filter((c) => !hidden?.has(c.id) && (c.id === selectedId || intersects(connectorBounds(c), view)));
  }, [connectors, hidden, selectedId, x0, y0, x1, y1]);
  return <ConnectorLayer width={width} height={height} connectors={shown} selectedId={selectedId} />;
}

/** The connectors of dragged cards, on a layer of their own because they change on every pointer move. */
export function MovingConnectors({ width, height, connectors, selectedId }: LayerProps): JSX.Element {
  return <ConnectorLayer width={width} height={height} connectors={connectors} selectedId={selectedId} moving />;
}

/**
 * Connectors in one SVG in blueprint coordinates, drawn from the routes the layout computed
 * (the same the exports draw): one path per connector with its arrowheads as shared markers,
 * grouped by kind for their style, labels above every line and the selected connector on top.
 * Panning adds and removes connectors at tile edges and leaves the others' elements untouched. The layer never takes the
 * pointer: a click on a connector reaches the pane and is picked by geometry
 * (useConnectorPicking); screen readers reach connectors through the inspector's Connections.
 */
const ConnectorLayer = memo(function ConnectorLayer({ width, height, connectors, selectedId, moving }: Omit<LayerProps, 'hidden' | 'painted'> & { moving?: boolean }): JSX.Element {
  const selected = connectors.find((c) => c.id === selectedId) ?? null;
  return (
    <svg className={`fs-connectors${moving ? ' is-moving' : ''}`} width={width} height={height} aria-hidden="true" data-connectors={connectors.length}>
      {CONNECTOR_KINDS.map((kind) => (
        <g key={kind} className={`fs-connector-${kind}`}>
          {connectors.map((c) => (c.kind === kind && c !== selected ? <Connector key={c.id} connector={c} /> : null))}
        </g>
      ))}
      {connectors.map((c) => (c.label && c !== selected ? <Label key={c.id} connector={c} /> : null))}
      {selected && (
        <g className={`is-selected fs-connector-${selected.kind}`}>
          <Connector connector={selected} selected />
          <Label connector={selected} />
        </g>
      )}
    </svg>
  );
});

const sameProps = (a: { connector: ConnectorBox; selected?: boolean }, b: { connector: ConnectorBox; selected?: boolean }) =>
  a.selected === b.selected && sameConnector(a.connector, b.connector);

/** Kinds whose lines are dashed (canvas.css): drawn in straight pieces, see connectorPiecesData. */
const DASHED: ReadonlySet<ConnectorKind> = new Set(['dependency', 'feedback']);

const Connector = memo(function Connector({ connector, selected }: { connector: ConnectorBox; selected?: boolean }): JSX.Element {
  const { kind, id } = connector;
  const marker = `url(#fs-marker-${kind})`;
  if (DASHED.has(kind)) {
    const { lines, corners } = connectorPiecesData(connector.path);
    return (
      <>
        {selected && <path className="fs-connector-halo" d={connectorPathData(connector.path)} />}
        {lines.map((d, i) => <path key={i} className="fs-connector-line" data-connector={id} d={d} markerEnd={i === lines.length - 1 ? marker : undefined} />)}
        {corners && <path className="fs-connector-line" data-connector={id} d={corners} />}
      </>
    );
  }
  const d = connectorPathData(connector.path);
  return (
    <>
      {selected && <path className="fs-connector-halo" d={d} />}
      <path className="fs-connector-line" data-connector={id} d={d} markerEnd={marker} markerStart={kind === 'cause' ? 'url(#fs-marker-cause-start)' : undefined} />
    </>
  );
}, sameProps);

const Label = memo(function Label({ connector }: { connector: ConnectorBox }): JSX.Element | null {
  const l = labelBox(connector);
  if (!l) return null;
  return (
    <g className={`fs-connector-label fs-connector-${connector.kind}`} data-connector={connector.id}>
      <rect x={l.x} y={l.y} width={l.width} height={l.height} rx={3} />
      {l.lines.map((line, j) => (
        <text key={j} x={l.x + l.width / 2} y={l.y + 2 + (j + 1) * l.lineHeight - 3}>{line}</text>
      ))}
    </g>
  );
}, sameProps);
