// Insights panel in headless Chromium against the real `frontstage serve` host: how long the
// panel takes to follow one card edit on a 2,000-card blueprint (the analyses recomputed, the
// panel rendered and committed), with the priority matrix open, the heaviest view.
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { generateDoc } from '../fixtures/generate';
import { writeWorkshopFile } from '../../main/workshop';
import { launchChromium, startHost, tempDir, type Chromium, type Host } from '../e2e/harness';
import { median, percentile, report, runBench } from './report';

const SECTION = 'Insights';
const VIEWPORT = { width: 1600, height: 1000 };
const EDITS = 60;
const round = (n: number) => Math.round(n * 10) / 10;
const machine = () => `Load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores when measured.`;

/** Collects the app's `frontstage:insights-update` measures (renderer/insights/updateTiming.ts). */
function observeUpdates(): void {
  const w = window as unknown as { __updates: number[] };
  w.__updates = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'frontstage:insights-update') w.__updates.push(e.duration);
  }).observe({ type: 'measure' });
}

/**
 * Moves a card down and up within its cell with Alt+arrows: each press is one edit (one command).
 * An edit may render the panel more than once (the edit, then the card taking the focus); the
 * panel's cost of an edit is the sum of those renders.
 */
async function edits(page: Page, tab: string, count: number): Promise<{ updates: number[]; keyToPaint: number[] }> {
  await page.getByRole('complementary', { name: 'Insights' }).getByRole('tab', { name: tab, exact: true }).click();
  await page.waitForTimeout(300);
  await page.locator('.react-flow__node').nth(3).focus();
  const updates: number[] = [];
  const keyToPaint: number[] = [];
  for (let i = 0; i < count; i++) {
    const r = await page.evaluate(async (key) => {
      const w = window as unknown as { __updates: number[] };
      const from = w.__updates.length;
      const target = document.activeElement as HTMLElement;
      const start = performance.now();
      target.dispatchEvent(new KeyboardEvent('keydown', { key, altKey: true, bubbles: true, cancelable: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const paint = performance.now() - start;
      await new Promise((r) => setTimeout(r, 50));
      return { paint, panel: w.__updates.slice(from).reduce((a, b) => a + b, 0), renders: w.__updates.length - from };
    }, i % 2 === 0 ? 'ArrowDown' : 'ArrowUp');
    if (r.renders === 0) throw new Error(`${tab}: edit ${i} did not update the Insights panel`);
    updates.push(r.panel);
    keyToPaint.push(r.paint);
  }
  return { updates, keyToPaint };
}

async function main(): Promise<void> {
  const tmp = tempDir('frontstage-insights-bench-');
  const doc = generateDoc({ cards: 2000, connectors: 1500 });
  const file = join(tmp.dir, 'big.frontstage');
  writeWorkshopFile(file, doc);
  let chromium: Chromium | null = null;
  let host: Host | null = null;
  try {
    chromium = await launchChromium(VIEWPORT);
    host = await startHost({ file, home: tmp.dir });
    const page = await chromium.context.newPage();
    await page.goto(host.url);
    await page.getByRole('region', { name: 'Blueprint' }).waitFor();
    await page.getByRole('banner').getByRole('button', { name: 'Insights', exact: true }).click();
    await page.getByRole('complementary', { name: 'Insights' }).waitFor();
    await page.evaluate(observeUpdates);
    const touchpoints = Object.values(doc.cards).filter((c) => c.touchpoint).length;
    for (const tab of ['Priority', 'Ownership']) {
      await edits(page, tab, 6); // warm up
      const { updates, keyToPaint } = await edits(page, tab, EDITS);
      const p95 = percentile(updates, 95);
      report({
        section: SECTION, what: `2,000 cards (${touchpoints} touchpoints), ${tab} view: panel update after one card edit, p95`, value: round(p95), unit: 'ms',
        target: tab === 'Priority' ? '≤ 16 ms' : undefined, pass: tab === 'Priority' ? p95 <= 16 : undefined,
        note: `${EDITS} edits (Alt+arrow moves a card within its cell: one command each), median ${round(median(updates))} ms, max ${round(Math.max(...updates))} ms. Measured in the page from the app's own performance measure: the analyses recomputed (shared/analysis, once per edit) plus the rendering of the panel's tree, summed over the panel's renders that the edit caused. The whole edit, keydown to the next frame with canvas and panel, took median ${round(median(keyToPaint))} ms, p95 ${round(percentile(keyToPaint, 95))} ms. ${machine()}`,
      });
    }
    await page.close();
  } finally {
    await chromium?.close();
    await host?.stop();
    tmp.remove();
  }
}

runBench(main);
