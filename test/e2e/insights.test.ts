// Insights in the app (issue 15): the panel on a sample, the priority matrix selecting cards,
// find and lenses dimming the canvas and clearing back, duplicate as future state and compare.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { appOnTemplate } from './suiteApp';
import { cli } from './harness';
import { canvas, card, cardForm } from './canvas';

const CASHIER = 'Cashier takes payment and creates the Club account';
const panel = (page: Page): Locator => page.getByRole('complementary', { name: 'Insights' });
const insightsButton = (page: Page): Locator => page.getByRole('banner').getByRole('button', { name: 'Insights', exact: true });
const classes = (l: Locator) => l.evaluate((el) => el.className);
const lensing = (page: Page) => canvas(page).evaluate((el) => el.classList.contains('is-lensing'));
const hits = (page: Page) => canvas(page).locator('.react-flow__node.is-lens-hit').evaluateAll((ns) => ns.map((n) => n.getAttribute('aria-label')));
const viewport = (page: Page) => page.locator('.fs-canvas .react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);

async function openInsights(page: Page, tab: string): Promise<void> {
  if (!(await panel(page).count())) await insightsButton(page).click();
  await panel(page).getByRole('tab', { name: tab, exact: true }).click();
}

async function closeInsights(page: Page): Promise<void> {
  if (await panel(page).count()) await panel(page).getByRole('button', { name: 'Close Insights' }).click();
}

/** Every control of a screen has a name to be called by; the lead adds the axe-core check here. */
async function expectNamedControls(scope: Locator): Promise<void> {
  const unnamed = await scope.locator('button, select, input, [role="tab"]').evaluateAll((els) =>
    els.filter((el) => !(el.getAttribute('aria-label') || el.textContent?.trim() || (el as HTMLInputElement).labels?.[0]?.textContent?.trim())).map((el) => el.outerHTML.slice(0, 80)));
  expect(unnamed).toEqual([]);
}

/** Whether the whole blueprint is inside the canvas. */
async function wholeInView(page: Page): Promise<boolean> {
  const grid = (await canvas(page).locator('.fs-grid').boundingBox())!;
  const pane = (await canvas(page).locator('.react-flow').boundingBox())!;
  return grid.x >= pane.x - 1 && grid.y >= pane.y - 1 && grid.x + grid.width <= pane.x + pane.width + 1 && grid.y + grid.height <= pane.y + pane.height + 1;
}

async function findCard(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: 'Find cards' }).fill(text);
}

describe('Insights, find and lenses, and compare on the home-espresso sample', () => {
  const app = appOnTemplate('home-espresso', 'Espresso insights', (page) => canvas(page).waitFor());

  it('opens Insights beside the canvas; a matrix mark selects its card and brings it on screen', async () => {
    const { page } = app.session;
    await openInsights(page, 'Priority');
    await expect.poll(() => insightsButton(page).getAttribute('aria-pressed')).toBe('true');
    const matrix = panel(page).getByRole('group', { name: /Priority matrix/ });
    const mark = matrix.getByRole('button', { name: new RegExp(`^${CASHIER}: fix first, importance 5, gap −2$`) });
    // The matrix is one Tab stop, the most urgent mark first; arrow keys walk the others.
    expect(await matrix.locator('[tabindex="0"]').count()).toBe(1);
    await mark.click();
    await expect.poll(() => classes(card(page, CASHIER))).toMatch(/\bselected\b/);
    const box = (await card(page, CASHIER).boundingBox())!;
    const pane = (await canvas(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(pane.x);
    expect(box.x + box.width).toBeLessThanOrEqual(pane.x + pane.width);
    await mark.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/: fix first, importance 5/);
    expect(await panel(page).getByText(/Customer service owns \d+%/).count()).toBeGreaterThan(0);
    // The selected card's details are one click away.
    await panel(page).getByRole('button', { name: 'Edit selected card' }).click();
    await expect.poll(() => cardForm(page).getByLabel('Title', { exact: true }).inputValue()).not.toBe('');
    await insightsButton(page).click();
    expect(app.session.errors).toEqual([]);
  });

  it('finds a card with Ctrl+F, steps through matches with Enter, and Escape puts everything back', async () => {
    const { page } = app.session;
    await closeInsights(page);
    // The whole sample on screen (Fit stops at a readable zoom, which this sample outgrows).
    for (let i = 0; i < 8 && !(await wholeInView(page)); i++) {
      await page.getByRole('button', { name: 'Zoom out' }).click();
      await page.waitForTimeout(300);
    }
    const before = await viewport(page);
    await canvas(page).click({ position: { x: 5, y: 300 } });
    await findCard(page, 'club');
    await expect.poll(() => lensing(page)).toBe(true);
    const found = await hits(page);
    expect(found).toContain(CASHIER);
    const status = page.getByRole('search', { name: 'Find and lenses' }).getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ of \d+$/);
    const first = await status.textContent();
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).not.toBe(first);
    expect(await canvas(page).locator('.react-flow__node.is-lens-current').count()).toBe(1);
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => status.textContent()).toBe(first);
    await page.keyboard.press('Escape');
    await expect.poll(() => lensing(page)).toBe(false);
    expect(await hits(page)).toEqual([]);
    expect(await page.getByRole('search', { name: 'Find and lenses' }).count()).toBe(0);
    await expect.poll(() => viewport(page)).toBe(before);
  });

  it('a lens dims every card but the owner’s, and clearing it restores the canvas', async () => {
    const { page } = app.session;
    const before = await viewport(page);
    await page.keyboard.press('Control+f');
    await page.getByRole('button', { name: 'Lenses' }).click();
    await page.getByRole('combobox', { name: 'Filter by owner' }).selectOption({ label: 'Customer service' });
    await expect.poll(() => lensing(page)).toBe(true);
    const found = await hits(page);
    expect(found.length).toBeGreaterThan(0);
    // Only cards near the screen are in the DOM: every one found there is customer service's.
    const json = JSON.parse(cli(['export', app.file, '--format', 'json', '--out', '-'])) as { blueprints: { cards: { title: string; owner?: string }[] }[] };
    const owned = new Set(json.blueprints[0]!.cards.filter((c) => c.owner === 'Customer service').map((c) => c.title));
    for (const title of found) expect(owned.has(title!), title!).toBe(true);
    const opacity = await canvas(page).locator('.react-flow__node:not(.is-lens-hit)').first().evaluate((el) => getComputedStyle(el).opacity);
    expect(Number(opacity)).toBeLessThan(0.5);
    await page.getByRole('combobox', { name: 'Filter by quadrant' }).selectOption({ label: 'Fix first' });
    await expect.poll(async () => (await hits(page)).length).toBeLessThan(found.length);
    await page.getByRole('button', { name: 'Close find' }).click();
    await expect.poll(() => lensing(page)).toBe(false);
    expect(await canvas(page).locator('.react-flow__node.is-lens-hit, .react-flow__node.is-lens-current').count()).toBe(0);
    await expect.poll(() => viewport(page)).toBe(before);
  });

  it('a root cause shows its chain on the canvas', async () => {
    const { page } = app.session;
    await openInsights(page, 'Root causes');
    const first = panel(page).getByRole('list', { name: 'Root causes, heaviest first' }).getByRole('button').first();
    const cause = (await first.locator('.fs-insights-card-title').textContent())!;
    await first.click();
    await expect.poll(() => lensing(page)).toBe(true);
    expect(await hits(page)).toContain(cause);
    expect((await hits(page)).length).toBeGreaterThan(1);
    expect(await page.getByRole('search', { name: 'Find and lenses' }).getByText(`Root cause: ${cause}`, { exact: false }).count()).toBe(1);
    await page.getByRole('button', { name: 'Clear highlight' }).click();
    await expect.poll(() => lensing(page)).toBe(false);
  });

  it('sets the strategy of a key touchpoint that has none in one click, undoably', async () => {
    const { page } = app.session;
    await closeInsights(page);
    await findCard(page, 'Brews the first cup');
    await card(page, 'Brews the first cup').click();
    // Closing the find bar keeps the card selected (Escape on the canvas would clear the selection first).
    await page.getByRole('button', { name: 'Close find' }).click();
    await cardForm(page).getByRole('radiogroup', { name: 'Strategy' }).getByRole('radio', { name: 'None' }).check({ force: true });
    await openInsights(page, 'Benchmarks');
    const set = panel(page).getByRole('button', { name: 'Benchmark Brews the first cup' });
    await set.click();
    await expect.poll(() => set.count()).toBe(0);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => set.count()).toBe(1);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(() => set.count()).toBe(0);
  });

  it('duplicates the blueprint as its future state in one undoable step', async () => {
    // The sample ships a Future state of its own, so the duplicate is numbered.
    const { page } = app.session;
    const tabs = page.getByRole('tablist', { name: 'Blueprints' });
    await page.getByRole('button', { name: 'Blueprint options' }).click();
    await page.getByRole('menuitem', { name: 'Duplicate as future state' }).click();
    await expect.poll(() => tabs.getByRole('tab', { name: 'Future state 2', exact: true }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => tabs.getByRole('tab', { name: 'Future state 2', exact: true }).count()).toBe(0);
    await expect.poll(() => tabs.getByRole('tab', { name: 'Current state' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(() => tabs.getByRole('tab', { name: 'Future state 2', exact: true }).count()).toBe(1);
    // Switching blueprints with the find bar open leaves one canvas, on the new blueprint.
    await findCard(page, 'club');
    await tabs.getByRole('tab', { name: 'Future state 2', exact: true }).click();
    await expect.poll(() => page.locator('.fs-canvas .react-flow').count()).toBe(1);
    expect(await page.getByRole('search', { name: 'Find and lenses' }).count()).toBe(0);
  });

  it('compare shows a score changed in the future state, and its row reveals the card', async () => {
    const { page } = app.session;
    const tabs = page.getByRole('tablist', { name: 'Blueprints' });
    await tabs.getByRole('tab', { name: 'Future state 2', exact: true }).click();
    await closeInsights(page);
    await findCard(page, CASHIER);
    await card(page, CASHIER).click();
    await page.getByRole('button', { name: 'Close find' }).click();
    await cardForm(page).getByRole('radiogroup', { name: 'Experience' }).getByRole('radio', { name: '5' }).check({ force: true });
    await openInsights(page, 'Compare');
    const changed = panel(page).getByRole('list', { name: 'Changed touchpoints' });
    const row = changed.getByRole('button', { name: new RegExp(CASHIER) });
    await expect.poll(() => row.textContent()).toMatch(/Experience 2 → 5 ▲ better/);
    expect(await row.textContent()).toMatch(/Gap −2 → \+1/);
    await tabs.getByRole('tab', { name: 'Current state' }).click();
    await row.click();
    await expect.poll(() => tabs.getByRole('tab', { name: 'Future state 2', exact: true }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => classes(card(page, CASHIER))).toMatch(/\bselected\b/);
    expect(await panel(page).getByRole('img', { name: /Experience curves by step/ }).count()).toBe(1);
  });

  it('names every control of every Insights view and the find bar, in both themes', async () => {
    const { page } = app.session;
    for (const theme of ['light', 'dark']) {
      for (const tab of ['Priority', 'Benchmarks', 'Ownership', 'Root causes', 'Journey', 'Brand & product', 'Compare']) {
        await openInsights(page, tab);
        await expectNamedControls(panel(page));
      }
      await page.keyboard.press('Control+f');
      await page.getByRole('button', { name: 'Lenses' }).click();
      await expectNamedControls(page.getByRole('search', { name: 'Find and lenses' }));
      await page.keyboard.press('Escape');
      if (theme === 'light') await page.getByRole('button', { name: 'Switch light/dark theme' }).click();
    }
    expect(app.session.errors).toEqual([]);
  });
});
