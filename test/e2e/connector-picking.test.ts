// Connectors are merged paths in one SVG that never takes the pointer, so picking one is geometry
// on the layout's routes: a click on a line selects that connector, a double click on its label
// goes straight to typing the label, and a click beside it selects nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { cli, openApp, tempDir, type Session } from './harness';
import { canvas } from './canvas';

/** A point on screen on the line of a connector of `kind`, where nothing but the pane lies over it. */
async function pointOnRoute(page: Page, kind: string): Promise<{ x: number; y: number }> {
  const lines = canvas(page).locator(`svg.fs-connectors:not(.is-moving) .fs-connector-${kind} .fs-connector-line`);
  const point = await lines.evaluateAll((paths) => {
    for (const el of paths) {
      const path = el as SVGPathElement;
      const m = path.getScreenCTM()!;
      // Clear of the arrowhead and the cards at both ends; a short route (two cards side by
      // side) still offers its middle.
      const length = path.getTotalLength();
      const margin = Math.min(20, length / 2);
      for (let at = margin; at <= length - margin; at += 5) {
        const p = path.getPointAtLength(at);
        const x = p.x * m.a + p.y * m.c + m.e;
        const y = p.x * m.b + p.y * m.d + m.f;
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    return null;
  });
  if (!point) throw new Error(`no ${kind} connector line lies bare on the pane`);
  return point;
}

const connectorForm = (page: Page) => page.getByRole('form', { name: 'Connector' });

describe('picking connectors on the canvas', () => {
  const tmp = tempDir();
  const file = join(tmp.dir, 'espresso.frontstage');
  let s: Session;

  beforeAll(async () => {
    cli(['new', file, '--template', 'home-espresso'], { FRONTSTAGE_HOME: tmp.dir });
    s = await openApp({ file, home: tmp.dir, viewport: { width: 1600, height: 1000 } });
    await canvas(s.page).locator('svg.fs-connectors').waitFor();
  });

  afterAll(async () => {
    await s?.close();
    tmp.remove();
  });

  it('selects the connector whose line is clicked, with a pointer cursor over it', async () => {
    const { page } = s;
    const at = await pointOnRoute(page, 'flow');
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.locator('.fs-canvas .react-flow__pane').evaluate((el) => (el as HTMLElement).style.cursor), { timeout: 5000 }).toBe('pointer');
    await page.mouse.click(at.x, at.y);
    await connectorForm(page).waitFor();
    expect(await connectorForm(page).getByLabel('Connector kind').inputValue()).toBe('flow');
    expect(await canvas(page).locator('svg.fs-connectors .is-selected .fs-connector-halo').count()).toBe(1);
  });

  it('clears the selection on a click on empty canvas beside the lines', async () => {
    const { page } = s;
    const at = await pointOnRoute(page, 'flow');
    const pane = page.locator('.fs-canvas .react-flow__pane');
    // Walk down from the line to the first spot that is bare pane with no connector under it.
    let spot: { x: number; y: number } | null = null;
    for (let dy = 30; dy < 500 && !spot; dy += 15) {
      const p = { x: at.x, y: at.y + dy };
      const isPane = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('react-flow__pane') ?? false, p);
      if (!isPane) continue;
      await page.mouse.move(p.x, p.y);
      await page.waitForTimeout(60);
      if ((await pane.evaluate((el) => (el as HTMLElement).style.cursor)) === '') spot = p;
    }
    expect(spot).not.toBeNull();
    await page.mouse.click(spot!.x, spot!.y);
    await expect.poll(() => connectorForm(page).count(), { timeout: 5000 }).toBe(0);
  });

  it('opens the label for typing on a double click of a labelled connector', async () => {
    const { page } = s;
    // A label may run over a card beside its gutter; take one whose middle is bare pane.
    const centres = await canvas(page).locator('svg.fs-connectors .fs-connector-label rect').evaluateAll((rects) => rects.map((r) => {
      const b = r.getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    }));
    const free = await page.evaluate((points) => points.find((p) => document.elementFromPoint(p.x, p.y)?.classList.contains('react-flow__pane')), centres);
    expect(free).toBeDefined();
    await page.mouse.dblclick(free!.x, free!.y);
    await connectorForm(page).waitFor();
    const input = connectorForm(page).getByLabel('Connector label');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement), { timeout: 5000 }).toBe(true);
    expect((await input.inputValue()).length).toBeGreaterThan(0);
    expect(s.errors).toEqual([]);
  });
});
