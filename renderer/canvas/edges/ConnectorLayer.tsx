import { memo, useMemo, type JSX } from 'react';
import type { ConnectorBox } from '../../../shared/layout';
import { connectorBounds, intersects } from './connectorPath';
import { connectorShapes, type ConnectorShapes } from './connectorShapes';
import { useTiledView } from './visibleArea';

interface LayerProps {
  connectors: readonly ConnectorBox[];
  selectedId: string | null;
  /** Connectors drawn elsewhere for now (those of cards being dragged). */
  hidden?: ReadonlySet<string>;
}

/** The connectors near the screen (see useTiledView): panning redraws this only at tile edges. */
export function VisibleConnectors({ connectors, selectedId, hidden }: LayerProps): JSX.Element {
  const { x0, y0, x1, y1 } = useTiledView();
  const shown = useMemo(() => {
    const view = { x0, y0, x1, y1 };
    return connectors.filter((c) => !hidden?.has(c.id) && (c.id === selectedId || intersects(connectorBounds(c), view)));
  }, [connectors, hidden, selectedId, x0, y0, x1, y1]);
  return <ConnectorLayer connectors={shown} selectedId={selectedId} />;
}

/** The connectors of dragged cards, on a layer of their own because they change on every pointer move. */
export function MovingConnectors({ connectors, selectedId }: LayerProps): JSX.Element {
  return <ConnectorLayer connectors={connectors} selectedId={selectedId} moving />;
}

/**
 * Connectors in one SVG in blueprint coordinates, drawn from the routes the layout computed
 * (the same the exports draw), merged per kind (connectorShapes). The layer never takes the
 * pointer: a click on a connector reaches the pane and is picked by geometry
 * (useConnectorPicking); screen readers reach connectors through the inspector's Connections.
 */
const ConnectorLayer = memo(function ConnectorLayer({ connectors, selectedId, moving }: { connectors: readonly ConnectorBox[]; selectedId: string | null; moving?: boolean }): JSX.Element {
  const selected = connectors.find((c) => c.id === selectedId) ?? null;
  const shapes = useMemo(() => connectorShapes(selected ? connectors.filter((c) => c !== selected) : connectors), [connectors, selected]);
  const picked = useMemo(() => (selected ? connectorShapes([selected]) : null), [selected]);
  return (
    <svg className={`fs-connectors${moving ? ' is-moving' : ''}`} aria-hidden="true" data-connectors={connectors.length}>
      <Shapes shapes={shapes} />
      {picked && <Shapes shapes={picked} selected />}
    </svg>
  );
});

function Shapes({ shapes, selected }: { shapes: ConnectorShapes; selected?: boolean }): JSX.Element {
  return (
    <g className={selected ? 'is-selected' : undefined}>
      {shapes.kinds.map((k) => (
        <g key={k.kind} className={`fs-connector-${k.kind}`}>
          {selected && <path className="fs-connector-halo" d={k.lines} />}
          <path className="fs-connector-line" d={k.lines} />
          <path className={`fs-connector-head${k.headsFilled ? ' is-filled' : ''}`} d={k.heads} />
        </g>
      ))}
      {shapes.labels.map((l, i) => (
        <g key={i} className={`fs-connector-label fs-connector-${l.kind}`}>
          <rect x={l.x} y={l.y} width={l.width} height={l.height} rx={3} />
          {l.lines.map((line, j) => (
            <text key={j} x={l.x + l.width / 2} y={l.y + 2 + (j + 1) * l.lineHeight - 3}>{line}</text>
          ))}
        </g>
      ))}
    </g>
  );
}
