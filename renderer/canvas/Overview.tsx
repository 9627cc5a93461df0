import { memo, useEffect, useRef, type JSX, type PointerEvent } from 'react';
import { useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import type { BlueprintLayout } from '../../shared/layout';
import { setUi, useUi } from '../state/ui';
import { Icon } from '../shell/Icon';

const WIDTH = 220;
const HEIGHT = 130;

const viewOf = (s: ReactFlowState) => ({ t: s.transform, w: s.width, h: s.height });
const sameView = (a: ReturnType<typeof viewOf>, b: ReturnType<typeof viewOf>) =>
  a.w === b.w && a.h === b.h && a.t[0] === b.t[0] && a.t[1] === b.t[1] && a.t[2] === b.t[2];

/**
 * The `Overview` button in the canvas's corner, and above it the map it opens. Closed the first
 * time: on a projector the map would sit over the blueprint's last cards; then as it was left.
 */
export function Overview({ layout }: { layout: BlueprintLayout }): JSX.Element {
  const open = useUi().overviewOpen;
  const toggle = () => setUi({ overviewOpen: !open });
  return (
    <>
      {open && <OverviewMap layout={layout} />}
      <button type="button" className="fs-icon-button fs-overview-toggle" aria-label="Overview" title="Overview of the whole blueprint" aria-expanded={open} onClick={toggle}>
        <Icon name="map" />
      </button>
    </>
  );
}

/**
 * The whole blueprint in miniature, drawn once per layout on a canvas; panning only moves the
 * viewport frame over it, so a 2,000-card overview costs nothing per frame. Click or drag to go.
 */
function OverviewMap({ layout }: { layout: BlueprintLayout }): JSX.Element {
  const flow = useReactFlow();
  const { t, w, h } = useStore(viewOf, sameView);
  const scale = Math.min(WIDTH / layout.width, HEIGHT / layout.height);
  const [tx, ty, zoom] = t;
  // Moved by a transform on its own layer: panning then changes no layout and repaints nothing.
  const frame = {
    transform: `translate(${Math.max(0, (-tx / zoom) * scale)}px, ${Math.max(0, (-ty / zoom) * scale)}px)`,
    width: Math.min(WIDTH, (w / zoom) * scale),
    height: Math.min(HEIGHT, (h / zoom) * scale),
  };
  const goTo = (e: PointerEvent<HTMLDivElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    void flow.setCenter((e.clientX - r.left) / scale, (e.clientY - r.top) / scale, { zoom });
  };
  return (
    <div
      className="fs-overview"
      role="img"
      aria-label="Blueprint overview"
      style={{ width: layout.width * scale, height: layout.height * scale }}
      onPointerDown={(e) => { e.currentTarget.setPointerCapture(e.pointerId); goTo(e); }}
      onPointerMove={(e) => { if (e.buttons === 1) goTo(e); }}
    >
      <OverviewPicture layout={layout} scale={scale} />
      <div className="fs-overview-frame" style={frame} />
    </div>
  );
}

const OverviewPicture = memo(function OverviewPicture({ layout, scale }: { layout: BlueprintLayout; scale: number }): JSX.Element {
  const ref = useRef<HTMLCanvasElement>(null);
  const { theme } = useUi();
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.ceil(layout.width * scale * ratio);
    canvas.height = Math.ceil(layout.height * scale * ratio);
    ctx.setTransform(scale * ratio, 0, 0, scale * ratio, 0, 0);
    const css = getComputedStyle(document.documentElement);
    const colors = new Map<string, string>();
    const color = (name: string) => {
      let c = colors.get(name);
      if (c === undefined) colors.set(name, (c = css.getPropertyValue(name).trim() || '#999'));
      return c;
    };
    ctx.fillStyle = color('--fs-surface');
    ctx.fillRect(0, 0, layout.width, layout.height);
    for (const lane of layout.lanes) {
      ctx.fillStyle = color(`--fs-lane-${lane.kind}`);
      ctx.fillRect(0, lane.y, layout.width, lane.height);
    }
    for (const card of layout.cards) {
      ctx.fillStyle = color(`--fs-kind-${card.kind}`);
      ctx.fillRect(card.x, card.y, card.width, Math.max(card.height, 12));
    }
  }, [layout, scale, theme]);
  return <canvas ref={ref} style={{ width: layout.width * scale, height: layout.height * scale }} aria-hidden="true" />;
});
