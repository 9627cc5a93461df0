import { memo, useMemo, type JSX } from 'react';
import type { BlueprintLayout, CardBox } from '../../../shared/layout';
import { connectorPathData } from '../../canvas/edges/connectorPath';
import { useLens } from './lensStore';

/**
 * What a highlight from the Insights panel draws over the dimmed connectors: the connectors of
 * the story (handoffs, the causes of a root cause) traced boldly, and a dashed line from a root
 * cause to each touchpoint that names it without a connector.
 */
export function LensOverlay({ layout }: { layout: BlueprintLayout }): JSX.Element | null {
  const { highlight } = useLens();
  if (!highlight || (highlight.connectorIds.length === 0 && highlight.links.length === 0)) return null;
  return <Overlay layout={layout} connectorIds={highlight.connectorIds} links={highlight.links} />;
}

const Overlay = memo(function Overlay({ layout, connectorIds, links }: { layout: BlueprintLayout; connectorIds: readonly string[]; links: readonly (readonly [string, string])[] }): JSX.Element {
  const paths = useMemo(() => {
    const wanted = new Set(connectorIds);
    return layout.connectors.filter((c) => wanted.has(c.id)).map((c) => ({ id: c.id, d: connectorPathData(c.path) }));
  }, [layout, connectorIds]);
  const lines = useMemo(() => {
    const boxes = new Map<string, CardBox>(layout.cards.map((c) => [c.id, c]));
    return links.flatMap(([from, to]) => {
      const a = boxes.get(from);
      const b = boxes.get(to);
      return a && b ? [{ key: `${from}>${to}`, d: linkPath(a, b) }] : [];
    });
  }, [layout, links]);
  return (
    <svg className="fs-lens-overlay" width={layout.width} height={layout.height} aria-hidden="true">
      {paths.map((p) => <path key={p.id} className="fs-lens-connector" d={p.d} />)}
      {lines.map((l) => <path key={l.key} className="fs-lens-link" d={l.d} markerEnd="url(#fs-lens-arrow)" />)}
      <defs>
        <marker id="fs-lens-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 10 5 0 10z" className="fs-lens-arrowhead" />
        </marker>
      </defs>
    </svg>
  );
});

/** A gentle curve from the middle of one card's nearer side to the other's. */
function linkPath(a: CardBox, b: CardBox): string {
  const ax = a.x + a.width / 2;
  const ay = a.y + a.height / 2;
  const bx = b.x + b.width / 2;
  const by = b.y + b.height / 2;
  const start = { x: ax, y: by < ay ? a.y : a.y + a.height };
  const end = { x: bx, y: by < ay ? b.y + b.height : b.y };
  if (Math.abs(by - ay) < Math.max(a.height, b.height)) {
    start.x = bx > ax ? a.x + a.width : a.x;
    start.y = ay;
    end.x = bx > ax ? b.x : b.x + b.width;
    end.y = by;
  }
  const mx = (start.x + end.x) / 2;
  const my = (start.y + end.y) / 2;
  const bend = Math.min(80, Math.hypot(end.x - start.x, end.y - start.y) / 5);
  return `M${start.x} ${start.y} Q${mx + bend} ${my} ${end.x} ${end.y}`;
}
