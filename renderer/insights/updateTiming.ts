/**
 * How long the Insights panel takes to follow an edit, for the benchmark (test/bench/insights):
 * the analyses' computation plus the rendering of the panel's whole tree, given to the page as
 * one `frontstage:insights-update` performance measure per update (cleared at once, so a long
 * session keeps no entries; observers still receive them). React renders the panel after the
 * canvas and commits both together, so the commit is left out: it would count the canvas's too.
 */
let analysis: { start: number; duration: number } | null = null;
let renderStart: number | null = null;

/** Runs a computation of the analyses, remembering how long it took. */
export function timedAnalysis<T>(compute: () => T): T {
  const start = performance.now();
  const value = compute();
  analysis = { start, duration: performance.now() - start };
  return value;
}

export function panelRenderStarted(): void {
  renderStart ??= performance.now();
}

/** Called by the panel's last child as it renders: everything before it in the panel has rendered. */
export function panelRendered(): void {
  if (renderStart === null) return;
  const end = performance.now();
  // Analyses computed while the store told its subscribers (before this render) count too;
  // those computed inside the render are already in it.
  const before = analysis && analysis.start < renderStart ? analysis.duration : 0;
  const start = renderStart - before;
  renderStart = null;
  analysis = null;
  performance.measure('frontstage:insights-update', { start, end });
  performance.clearMeasures('frontstage:insights-update');
}
