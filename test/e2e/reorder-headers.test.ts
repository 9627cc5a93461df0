// Lanes, stages and steps reordered by dragging their sticky headers (and by Alt+arrow on their
// ⋯ button), on the sample workshop, as a facilitator would with a mouse or a keyboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { cli, openApp, tempDir, type Session } from './harness';
import { canvas, laneHeader, stepHeader, waitSaved } from './canvas';

const rowNames = (page: Page) => canvas(page).getByRole('rowheader').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
const columnNames = (page: Page) => canvas(page).getByRole('columnheader').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
const stageHeader = (page: Page, name: string) => canvas(page).getByRole('columnheader', { name, exact: true });
const indicator = (page: Page) => canvas(page).locator('.fs-header-drop-line');

async function boxOf(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} has no box on screen`);
  return box;
}

/** Presses on a header near its start (away from its ⋯ button) and moves in small steps to `to`. */
async function pressAndMove(page: Page, header: Locator, to: { x: number; y: number }): Promise<void> {
  const box = await boxOf(header);
  const from = { x: box.x + Math.min(30, box.width / 4), y: box.y + box.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + (to.x - from.x) / 3, from.y + (to.y - from.y) / 3, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
}

async function dragHeader(page: Page, header: Locator, to: { x: number; y: number }): Promise<void> {
  await pressAndMove(page, header, to);
  await page.mouse.up();
}

/**
 * Reloads the app once the last test's edits are in the file (the page would ask before losing
 * them), which opens the blueprint at its start; returns the canvas's box and the step headers.
 */
async function reopened(page: Page): Promise<{ pane: { x: number; y: number; width: number; height: number }; steps: Locator }> {
  await waitSaved(page);
  await page.reload();
  await canvas(page).waitFor();
  return { pane: await boxOf(page.locator('.react-flow__pane')), steps: canvas(page).locator('.fs-step-header') };
}

describe('reordering headers', () => {
  const tmp = tempDir();
  const file = join(tmp.dir, 'espresso.frontstage');
  let s: Session;
  let lanes: (string | null)[];
  let columns: (string | null)[];

  beforeAll(async () => {
    cli(['new', file, '--template', 'home-espresso'], { FRONTSTAGE_HOME: tmp.dir });
    s = await openApp({ file, home: tmp.dir, viewport: { width: 1600, height: 1000 } });
    await canvas(s.page).waitFor();
    lanes = await rowNames(s.page);
    columns = await columnNames(s.page);
  });

  afterAll(async () => {
    await s?.close();
    tmp.remove();
  });

  it('leaves the order alone on a plain click, and a double click still renames', async () => {
    const { page } = s;
    await laneHeader(page, 'Backstage').click();
    await stepHeader(page, 'Walks in').click();
    expect(await rowNames(page)).toEqual(lanes);
    expect(await columnNames(page)).toEqual(columns);
    await laneHeader(page, 'Backstage').getByText('Backstage', { exact: true }).dblclick();
    await page.getByRole('textbox', { name: 'Rename lane' }).waitFor();
    await page.keyboard.press('Escape');
    expect(await rowNames(page)).toEqual(lanes);
  });

  it('cancels a lane drag on Escape', async () => {
    const { page } = s;
    const target = await boxOf(laneHeader(page, 'Backstage'));
    await pressAndMove(page, laneHeader(page, 'Customer actions'), { x: target.x + 40, y: target.y + target.height * 0.75 });
    await indicator(page).waitFor();
    await page.keyboard.press('Escape');
    expect(await indicator(page).count()).toBe(0);
    await page.mouse.up();
    expect(await rowNames(page)).toEqual(lanes);
  });

  it('drops a dragged lane below another, undoes it in one step, and keeps it after a reload', async () => {
    const { page } = s;
    const target = await boxOf(laneHeader(page, 'Frontstage'));
    await dragHeader(page, laneHeader(page, 'Customer actions'), { x: target.x + 40, y: target.y + target.height * 0.75 });
    const moved = lanes.filter((n) => n !== 'Customer actions');
    moved.splice(moved.indexOf('Frontstage') + 1, 0, 'Customer actions');
    await expect.poll(() => rowNames(page)).toEqual(moved);

    await page.keyboard.press('Control+z');
    await expect.poll(() => rowNames(page)).toEqual(lanes);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => rowNames(page)).toEqual(moved);

    await waitSaved(page);
    await page.reload();
    await canvas(page).waitFor();
    expect(await rowNames(page)).toEqual(moved);
    lanes = moved;
  });

  it('drops a dragged step into the next stage between its steps, and keeps it after a reload', async () => {
    const { page } = s;
    const target = await boxOf(stepHeader(page, 'Meets a specialist'));
    await dragHeader(page, stepHeader(page, 'Walks in'), { x: target.x + target.width * 0.75, y: target.y + target.height / 2 });
    const moved = columns.filter((n) => n !== 'Walks in');
    moved.splice(moved.indexOf('Meets a specialist') + 1, 0, 'Walks in');
    await expect.poll(() => columnNames(page)).toEqual(moved);

    await page.keyboard.press('Control+z');
    await expect.poll(() => columnNames(page)).toEqual(columns);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => columnNames(page)).toEqual(moved);

    await waitSaved(page);
    await page.reload();
    await canvas(page).waitFor();
    expect(await columnNames(page)).toEqual(moved);
    columns = moved;
  });

  it('moves a stage with its steps when zoomed out', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Fit blueprint' }).click();
    await page.waitForTimeout(400);
    const target = await boxOf(stageHeader(page, 'Choose'));
    await dragHeader(page, stageHeader(page, 'Discover'), { x: target.x + target.width * 0.8, y: target.y + target.height / 2 });
    const stages = ['Discover', 'Choose', 'Buy', 'Brew at home', 'Stay & return'];
    const names = await columnNames(page);
    expect(names.slice(0, stages.length)).toEqual(['Choose', 'Discover', ...stages.slice(2)]);
    // The steps follow their stage: "Notices the boutique" now comes after Choose's steps.
    const steps = names.slice(stages.length);
    expect(steps.indexOf('Notices the boutique')).toBeGreaterThan(steps.indexOf('Picks machine & capsules'));
    await page.keyboard.press('Control+z');
    await expect.poll(() => columnNames(page)).toEqual(columns);
  });

  it('pans the view while a dragged step is held at the canvas edge, and drops it beyond what was on screen', async () => {
    const { page } = s;
    const { pane, steps } = await reopened(page);
    const onScreen = await steps.evaluateAll((els, right) => els.map((e) => e.getBoundingClientRect().left < right), pane.x + pane.width);
    const lastSeen = onScreen.lastIndexOf(true);
    expect(lastSeen).toBeLessThan(onScreen.length - 3);
    const viewX = () => page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).m41);
    const before = await viewX();
    const header = stepHeader(page, 'Notices the boutique');
    const at = { x: pane.x + pane.width - 12, y: (await boxOf(header)).y + 10 };
    await pressAndMove(page, header, at);
    // Held still at the edge, the view keeps moving on its own.
    await expect.poll(viewX, { timeout: 5000 }).toBeLessThan(before - 600);
    await page.mouse.up();
    const names = await steps.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(names.indexOf('Notices the boutique')).toBeGreaterThan(lastSeen);
    await page.keyboard.press('Control+z');
    await expect.poll(() => columnNames(page)).toEqual(columns);
  });

  it('follows a step moved past the edge of the screen with Alt+arrow', async () => {
    const { page } = s;
    const { pane, steps } = await reopened(page);
    const names = await steps.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    const right = await steps.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    // The last step wholly on screen, moved right four times (into the next stage, then along it).
    const step = names[right.filter((r) => r <= pane.x + pane.width).length - 1]!;
    await page.getByRole('button', { name: `${step} options` }).focus();
    for (let i = 1; i <= 4; i++) {
      // A move changes the order of the steps, or the stage a step belongs to (the stages' widths).
      const columnsNow = () => canvas(page).getByRole('columnheader').evaluateAll((els) => els.map((e) => `${e.getAttribute('aria-label')} ${e.getBoundingClientRect().width}`));
      const before = await columnsNow();
      await page.keyboard.press('Alt+ArrowRight');
      await expect.poll(columnsNow).not.toEqual(before);
      await expect.poll(async () => { const box = await boxOf(stepHeader(page, step)); return box.x + box.width; }).toBeLessThanOrEqual(pane.x + pane.width);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`${step} options`);
    }
    const after = await steps.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(after.indexOf(step)).toBeGreaterThan(names.indexOf(step) + 1);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+z');
    await expect.poll(() => columnNames(page)).toEqual(columns);
  });

  it('moves a lane with Alt+arrow on its ⋯ button, keeping the focus there', async () => {
    const { page } = s;
    const button = page.getByRole('button', { name: 'Backstage options' });
    await button.focus();
    await page.keyboard.press('Alt+ArrowUp');
    const moved = lanes.filter((n) => n !== 'Backstage');
    moved.splice(lanes.indexOf('Backstage') - 1, 0, 'Backstage');
    await expect.poll(() => rowNames(page)).toEqual(moved);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Backstage options');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => rowNames(page)).toEqual(lanes);
    expect(s.errors).toEqual([]);
  });
});
