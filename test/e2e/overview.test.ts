// The blueprint's overview map: closed at first so it covers no card, opened and closed by its
// `Overview` button (mouse or keyboard), remembered across a reload, and a click on the map goes
// there. Checked with axe in both themes while open.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appOnTemplate } from './suiteApp';
import { canvas } from './canvas';
import { checkA11y, inBothThemes } from './a11y';

const toggle = (page: Page) => canvas(page).getByRole('button', { name: 'Overview', exact: true });
const map = (page: Page) => canvas(page).getByRole('img', { name: 'Blueprint overview' });
const viewport = (page: Page) => page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);

describe('the overview map', () => {
  const app = appOnTemplate('bank-branch', 'Mortgage', (page) => toggle(page).waitFor());

  it('starts closed, so no card lies under it', async () => {
    const { page } = app.session;
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('false');
    expect(await map(page).count()).toBe(0);
  });

  it('opens from its button, and a click on the map takes the view there', async () => {
    const { page } = app.session;
    await toggle(page).click();
    await map(page).waitFor();
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('true');
    // The map sits above its button, not over it.
    const [m, b] = [await map(page).boundingBox(), await toggle(page).boundingBox()];
    expect(m!.y + m!.height).toBeLessThanOrEqual(b!.y);
    const before = await viewport(page);
    await map(page).click({ position: { x: m!.width - 8, y: m!.height - 8 } });
    await expect.poll(() => viewport(page)).not.toBe(before);
    await inBothThemes(page, (theme) => checkA11y(page, `overview (${theme})`, { include: '.fs-overview, .fs-overview-toggle' }));
  });

  it('stays as it was left after a reload, and closes by keyboard', async () => {
    const { page } = app.session;
    await page.reload();
    await map(page).waitFor();
    await toggle(page).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => map(page).count()).toBe(0);
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('false');
    expect(app.session.errors).toEqual([]);
  });
});
