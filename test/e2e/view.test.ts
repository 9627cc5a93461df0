// A stable view (issue 11 item 2): the view moves only to keep the focused thing visible, by the
// least amount; Fit fills the canvas with readable headers; sticky headers always show their
// names; the page itself never scrolls; two blueprints leave the toolbar whole. At 1280×720.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { cli, openApp, tempDir, type Session } from './harness';
import { canvas, card } from './canvas';
import { settle } from './hotel';

const viewport = (page: Page) => canvas(page).locator('.react-flow__viewport').evaluate((el) => {
  const m = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)\s*scale\(([\d.]+)\)/.exec((el as HTMLElement).style.transform)!;
  return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) };
});

describe('a stable view', () => {
  const tmp = tempDir();
  let s: Session;
  beforeAll(async () => {
    const file = join(tmp.dir, 'espresso.frontstage');
    cli(['new', file, '--template', 'home-espresso', '--title', 'Home espresso capsules, machines and the boutique'], { FRONTSTAGE_HOME: tmp.dir });
    s = await openApp({ file, home: tmp.dir, viewport: { width: 1280, height: 720 } });
    await canvas(s.page).getByRole('group').first().waitFor();
  });
  afterAll(async () => {
    await s?.close();
    tmp.remove();
  });

  it('does not move when the focus goes to a card already in view, and moves by the least amount for one that is not', async () => {
    const { page } = s;
    const before = await viewport(page);
    await card(page, 'Notices the boutique while shopping').focus();
    await page.keyboard.press('ArrowRight');
    await settle(page);
    expect(await viewport(page)).toEqual(before);
    // End of the lane: the last step, past the right edge, comes in just far enough.
    await page.keyboard.press('End');
    await settle(page);
    const after = await viewport(page);
    expect(after.zoom).toBe(before.zoom);
    const focused = await page.evaluate(() => document.activeElement!.getBoundingClientRect().right);
    const pane = (await canvas(page).locator('.react-flow').boundingBox())!;
    expect(pane.x + pane.width - focused).toBeGreaterThanOrEqual(0);
    expect(pane.x + pane.width - focused).toBeLessThan(40);
    // Typing in the last step and leaving with Escape keeps the view where it is.
    await page.keyboard.press('Enter');
    await settle(page);
    await page.keyboard.type('Asks about the loyalty card');
    await page.keyboard.press('Enter');
    await settle(page);
    const typing = await viewport(page);
    await page.keyboard.press('Escape');
    await settle(page);
    expect(await viewport(page)).toEqual(typing);
  });

  it('keeps the name of a stage cut by the left edge in view, next to the lane headers', async () => {
    const { page } = s;
    const stage = canvas(page).locator('.fs-stage-header').filter({ hasText: 'Choose' });
    const headers = (await canvas(page).locator('.fs-sticky-corner').boundingBox())!;
    const pane = (await canvas(page).locator('.react-flow').boundingBox())!;
    // Pan until the stage starts left of the cells, its end still well on screen.
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    const edge = headers.x + headers.width;
    for (let i = 0; i < 40; i++) {
      const box = (await stage.boundingBox())!;
      if (box.x < edge - 150 && box.x + box.width > edge + 250) break;
      await page.mouse.wheel(box.x > edge - 150 ? 60 : -60, 0);
      await page.waitForTimeout(60);
    }
    await page.waitForTimeout(300);
    const cut = (await stage.boundingBox())!;
    expect(cut.x).toBeLessThan(headers.x + headers.width);
    const name = (await stage.locator('.fs-header-name').boundingBox())!;
    expect(name.x).toBeGreaterThanOrEqual(headers.x + headers.width - 1);
    expect(name.x + name.width).toBeLessThanOrEqual(cut.x + cut.width);
  });

  it('fits the blueprint to the canvas with headers at a readable size', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Fit blueprint' }).click();
    await page.waitForTimeout(500);
    const { zoom } = await viewport(page);
    const stepFont = await canvas(page).locator('.fs-step-header').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(stepFont * zoom).toBeGreaterThanOrEqual(9);
    // The blueprint covers the canvas: nothing of the canvas is left empty beside or under it.
    const grid = (await canvas(page).locator('.fs-grid').boundingBox())!;
    const pane = (await canvas(page).locator('.react-flow').boundingBox())!;
    expect(grid.x + grid.width).toBeGreaterThanOrEqual(pane.x + pane.width);
    expect(grid.y + grid.height).toBeGreaterThanOrEqual(pane.y + pane.height);
  });

  it('never scrolls the page, even with a touchpoint card\'s long details open', async () => {
    const { page } = s;
    // A touchpoint card taken with the keyboard (a key, then the focus), which selects it.
    await page.keyboard.press('Shift');
    await canvas(page).locator('.react-flow__node:has(.fs-card.is-touchpoint)').first().focus();
    await page.getByRole('form', { name: 'Card details' }).waitFor();
    const scroll = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, view: document.documentElement.clientHeight, width: document.documentElement.scrollWidth, across: document.documentElement.clientWidth }));
    expect(scroll.height).toBe(scroll.view);
    expect(scroll.width).toBe(scroll.across);
  });

  it('with two blueprints or more shows every tab whole on a strip above the canvas, and the title whole while there is room', async () => {
    const { page } = s;
    const tabs = page.getByRole('tablist', { name: 'Blueprints' }).getByRole('tab');
    const had = await tabs.count();
    await page.getByRole('button', { name: 'Add blueprint' }).click();
    await expect.poll(() => tabs.count()).toBe(had + 1);
    // No tab is cut off: in the toolbar at 1280 px, a second tab was cut to nothing.
    const list = (await page.getByRole('tablist', { name: 'Blueprints' }).boundingBox())!;
    for (const tab of await tabs.all()) {
      const b = (await tab.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(list.x - 0.5);
      expect(b.x + b.width).toBeLessThanOrEqual(list.x + list.width + 0.5);
    }
    const plus = (await page.getByRole('button', { name: 'Add blueprint' }).boundingBox())!;
    const blueprint = (await page.getByRole('region', { name: 'Blueprint' }).boundingBox())!;
    expect(plus.y + plus.height).toBeLessThanOrEqual(blueprint.y + 0.5);
    const title = page.getByRole('banner').getByRole('heading');
    const cut = await title.evaluate((el) => el.scrollWidth > el.clientWidth);
    const room = await page.evaluate(() => {
      const start = document.querySelector('.fs-toolbar-start')!.getBoundingClientRect();
      const middle = document.querySelector('.fs-toolbar-middle')!.getBoundingClientRect();
      return middle.left - start.right;
    });
    // Cut only when the toolbar has no room left for it (8 px is the gap between its groups).
    if (cut) expect(room).toBeLessThanOrEqual(9);
    expect(await tabs.count()).toBeGreaterThanOrEqual(2);
    expect(s.errors).toEqual([]);
  });
});
