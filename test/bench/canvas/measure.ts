// Page-level measurements shared by the canvas benchmark: load-to-paint, wheel pan, card drag, heap.
import type { Page } from 'playwright-core';
import type { Chromium } from '../../e2e/harness';
import type { Viewport } from '@xyflow/react';
import { installPaintProbe, startFrames, startTouchCount, type PaintProbe } from './probes';

export interface Load {
  /** Response of the request that carried the document fully received → last card node painted. */
  receivedToPainted: number;
  navigationToPainted: number;
  nodes: number;
  batches: number;
  /** Main-thread time in long tasks between the document's arrival and the paint. */
  busy: number;
  /** Cards painted → connectors painted (Frontstage draws them in the frames after the cards). */
  connectorsAfter: number;
}

/**
 * Opens `url` in `page` and waits until no card node has been added for a second. `resource`
 * names the request whose response is the document (its Resource Timing responseEnd).
 */
export async function measureLoad(page: Page, url: string, resource: string): Promise<Load> {
  await page.addInitScript(installPaintProbe);
  await page.goto(url);
  await page.waitForFunction(() => {
    const p = (window as unknown as { __paint: PaintProbe }).__paint;
    return p.paintedAt > p.lastNodeAt && performance.now() - p.lastNodeAt > 1000;
  }, null, { timeout: 90_000, polling: 100 });
  const r = await page.evaluate((match) => {
    const p = (window as unknown as { __paint: PaintProbe }).__paint;
    const entries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.name.includes(match));
    const received = entries.at(-1)?.responseEnd ?? NaN;
    const busy = p.longTasks.filter(([start]) => start >= received && start < p.paintedAt).reduce((sum, [, d]) => sum + d, 0);
    return { received, painted: p.paintedAt, nodes: document.querySelectorAll('.react-flow__node').length, batches: p.batches, busy, connectorsAfter: p.connectorsPaintedAt - p.paintedAt };
  }, resource);
  if (!Number.isFinite(r.received)) throw new Error(`no ${resource} request seen while loading ${url}`);
  return { receivedToPainted: r.painted - r.received, navigationToPainted: r.painted, nodes: r.nodes, batches: r.batches, busy: r.busy, connectorsAfter: r.connectorsAfter };
}

/** Opens `url` in a new page of `chromium` and measures its load to paint. */
export async function loadPage(chromium: Chromium, url: string, resource: string): Promise<{ page: Page; load: Load }> {
  const page = await chromium.context.newPage();
  return { page, load: await measureLoad(page, url, resource) };
}

/**
 * `times` loads of the plain React Flow page and of Frontstage, alternated so that both meet the
 * machine in the same state; the last Frontstage page stays open for the gestures that follow.
 */
export async function alternateLoads(chromium: Chromium, plainUrl: string, hostUrl: string, times: number): Promise<{ ours: Load[]; theirs: Load[]; open: Page }> {
  const ours: Load[] = [];
  const theirs: Load[] = [];
  for (let i = 0; ; i++) {
    const p = await loadPage(chromium, plainUrl, '/data.json');
    theirs.push(p.load);
    await p.page.close();
    const f = await loadPage(chromium, hostUrl, '/api/workshop.open');
    ours.push(f.load);
    if (i === times - 1) return { ours, theirs, open: f.page };
    await f.page.close();
  }
}

export async function viewportOf(page: Page): Promise<Viewport> {
  const transform = await page.locator('.react-flow__viewport').first().evaluate((el) => (el as HTMLElement).style.transform);
  const m = /translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\)\s*scale\(\s*([\d.]+)\)/.exec(transform);
  if (!m) throw new Error(`cannot read the viewport from "${transform}"`);
  return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) };
}

async function paneCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('.react-flow__pane').first().boundingBox();
  if (!box) throw new Error('no React Flow pane on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** 120 horizontal wheel steps over the pane; returns the frame times and how far the view moved. */
export async function wheelPan(page: Page, steps = 120, delta = 60): Promise<{ frames: number[]; moved: number }> {
  const c = await paneCentre(page);
  await page.mouse.move(c.x, c.y);
  const before = await viewportOf(page);
  await page.evaluate(startFrames);
  for (let i = 0; i < steps; i++) await page.mouse.wheel(delta, 0);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const frames = await page.evaluate(() => (window as unknown as { __stopFrames: () => number[] }).__stopFrames());
  const after = await viewportOf(page);
  return { frames, moved: Math.hypot(after.x - before.x, after.y - before.y) };
}

/**
 * A card node fully on screen, clear of the sticky headers and overlays, preferring the one with
 * the most connectors (the hardest to drag).
 */
export async function pickCard(page: Page, degree: ReadonlyMap<string, number>): Promise<{ id: string; x: number; y: number }> {
  const pane = await page.locator('.react-flow__pane').first().boundingBox();
  if (!pane) throw new Error('no React Flow pane on screen');
  const boxes = await page.locator('.react-flow__node').evaluateAll((nodes) =>
    nodes.map((n) => {
      const r = n.getBoundingClientRect();
      return { id: n.getAttribute('data-id') ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
    }));
  const inside = boxes.filter((b) => b.x > pane.x + 260 && b.y > pane.y + 160 && b.x + b.w < pane.x + pane.width - 320 && b.y + b.h < pane.y + pane.height - 260);
  inside.sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0));
  const pick = inside[0];
  if (!pick) throw new Error('no card fully on screen to drag');
  return { id: pick.id, x: pick.x + pick.w / 2, y: pick.y + Math.min(12, pick.h / 2) };
}

export interface Drag {
  frames: number[];
  /** Distinct card nodes and connectors whose DOM changed, per pointer move. */
  touchedPerMove: number[];
  touched: string[];
}

/** Selects a card, then drags it over `moves` pointer moves; counts frames and DOM touches meanwhile. */
export async function dragCard(page: Page, at: { x: number; y: number }, moves = 60, by = { x: 170, y: 90 }): Promise<Drag> {
  await page.mouse.click(at.x, at.y);
  await page.waitForTimeout(300);
  await page.mouse.move(at.x, at.y);
  await page.evaluate(startTouchCount);
  await page.evaluate(startFrames);
  await page.mouse.down();
  for (let i = 1; i <= moves; i++) await page.mouse.move(at.x + (by.x * i) / moves, at.y + (by.y * i) / moves);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const frames = await page.evaluate(() => (window as unknown as { __stopFrames: () => number[] }).__stopFrames());
  const touches = await page.evaluate(() => (window as unknown as { __stopTouches: () => { perMove: number[]; ids: string[] } }).__stopTouches());
  await page.mouse.up();
  return { frames, touchedPerMove: touches.perMove, touched: touches.ids };
}

/** JS heap in use after a full garbage collection, in MB. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / (1024 * 1024);
}
