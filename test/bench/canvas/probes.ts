// Scripts that run inside the measured page. They are passed to Playwright as functions, so
// they must not close over anything from the bench process.

export interface PaintProbe {
  lastNodeAt: number;
  paintedAt: number;
  /** Times card nodes were added: more than one means the canvas rendered its view more than once. */
  batches: number;
  /** Long tasks (main thread busy over 50 ms) as [start, duration]. */
  longTasks: [number, number][];
  /** Two frames after the first connector was drawn (Frontstage's connector layer; 0 if none). */
  connectorsPaintedAt: number;
}

/**
 * Installed before any page script: notes when card nodes were last added to the DOM and when
 * two animation frames had passed after that (the frame that holds them has been painted).
 */
export function installPaintProbe(): void {
  const probe: PaintProbe = { lastNodeAt: 0, paintedAt: 0, batches: 0, longTasks: [], connectorsPaintedAt: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  (window as unknown as { __paint: PaintProbe }).__paint = probe;
  const isNode = (n: Node) => n instanceof Element && (n.classList.contains('react-flow__node') || n.querySelector('.react-flow__node') !== null);
  let connectorsSeen = false;
  new MutationObserver((records) => {
    if (!connectorsSeen && document.querySelector('svg.fs-connectors path')) {
      connectorsSeen = true;
      requestAnimationFrame(() => requestAnimationFrame(() => (probe.connectorsPaintedAt = performance.now())));
    }
    if (!records.some((r) => [...r.addedNodes].some(isNode))) return;
    const at = performance.now();
    probe.lastNodeAt = at;
    probe.batches++;
    requestAnimationFrame(() => requestAnimationFrame(() => {
      if (probe.lastNodeAt === at) probe.paintedAt = performance.now();
    }));
  }).observe(document, { childList: true, subtree: true });
}

/** Starts collecting requestAnimationFrame deltas; `__stopFrames()` returns them. */
export function startFrames(): void {
  const w = window as unknown as { __stopFrames: () => number[] };
  const deltas: number[] = [];
  let on = true;
  let last = -1;
  const loop = (t: number) => {
    if (!on) return;
    if (last >= 0) deltas.push(t - last);
    last = t;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  w.__stopFrames = () => {
    on = false;
    return deltas;
  };
}

/**
 * Counts, for each pointer move, the distinct card nodes and connectors whose DOM changed
 * before the next move. `__stopTouches()` returns one count per move and every id touched.
 */
export function startTouchCount(): void {
  const w = window as unknown as { __stopTouches: () => { perMove: number[]; ids: string[] } };
  const buckets: Set<string>[] = [];
  const all = new Set<string>();
  let current: Set<string> | null = null;
  const onMove = () => {
    current = new Set();
    buckets.push(current);
  };
  window.addEventListener('pointermove', onMove, true);
  const idOf = (target: Node): string | null => {
    const el = target instanceof Element ? target : target.parentElement;
    const node = el?.closest('.react-flow__node');
    if (node) return `node:${node.getAttribute('data-id')}`;
    const edge = el?.closest('.react-flow__edge');
    if (edge) return `edge:${edge.getAttribute('data-id') ?? edge.getAttribute('data-testid')}`;
    // Frontstage draws its connectors in its own SVG layer, not as React Flow edges.
    const connector = el?.closest('[data-connector]');
    if (connector) return `edge:${connector.getAttribute('data-connector')}`;
    return null;
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const touched = [r.target, ...r.addedNodes, ...r.removedNodes].map(idOf).filter((id): id is string => id !== null);
      // A node or edge added or removed whole shows up as a child of its container.
      for (const n of [...r.addedNodes, ...r.removedNodes]) {
        if (n instanceof Element && n.matches('.react-flow__node, .react-flow__edge, svg')) {
          const inner = n.matches('svg') ? n.querySelector('.react-flow__edge') : n;
          if (inner) touched.push(`${inner.classList.contains('react-flow__node') ? 'node' : 'edge'}:${inner.getAttribute('data-id') ?? inner.getAttribute('data-testid')}`);
        }
        if (n instanceof Element) for (const c of n.matches('[data-connector]') ? [n] : n.querySelectorAll('[data-connector]')) touched.push(`edge:${c.getAttribute('data-connector')}`);
      }
      for (const id of touched) {
        current?.add(id);
        all.add(id);
      }
    }
  });
  const root = document.querySelector('.react-flow__viewport');
  if (root) observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  w.__stopTouches = () => {
    observer.disconnect();
    window.removeEventListener('pointermove', onMove, true);
    return { perMove: buckets.map((b) => b.size), ids: [...all] };
  };
}
