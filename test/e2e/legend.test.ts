// The legend is docked under the canvas: it never covers a lane header or a card, shows the
// exports' groups in the canvas's names, is reached and toggled by keyboard, and stays open or
// closed across a reload, in both themes.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LEGEND } from '../../shared/render/legendModel';
import { appOnTemplate } from './suiteApp';
import { canvas } from './canvas';

const legend = (page: Page) => page.getByRole('region', { name: 'Legend' });
const toggle = (page: Page) => legend(page).getByRole('button', { name: 'Legend' });
const entries = (page: Page) => legend(page).getByRole('group', { name: 'Legend entries' });
const isFocused = (page: Page, name: string) => page.evaluate((n) => document.activeElement?.getAttribute('aria-label') === n || document.activeElement?.textContent?.trim() === n, name);

async function box(page: Page, locator: ReturnType<Page['locator']>) {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${locator} is not on screen`);
  return b;
}

/** Puts the page in a theme the way a saved choice does. */
async function theme(page: Page, name: 'light' | 'dark'): Promise<void> {
  await page.evaluate((t) => { document.documentElement.dataset.theme = t; }, name);
}

describe('the legend', () => {
  const app = appOnTemplate('home-espresso', 'Espresso', (page) => canvas(page).waitFor());

  it('sits under the canvas, clear of every lane header and card, in both themes', async () => {
    const { page } = app.session;
    await page.keyboard.press('Control+0');
    await page.waitForTimeout(400);
    for (const name of ['light', 'dark'] as const) {
      await theme(page, name);
      const strip = await box(page, legend(page));
      const blueprint = await box(page, canvas(page));
      expect(strip.y).toBeGreaterThanOrEqual(blueprint.y + blueprint.height - 0.5);
      // Everything the canvas shows lies within it, so nothing of it is under the legend.
      for (const header of await canvas(page).getByRole('rowheader').all()) {
        const h = await header.boundingBox();
        if (h && h.y < blueprint.y + blueprint.height) expect(Math.min(h.y + h.height, blueprint.y + blueprint.height)).toBeLessThanOrEqual(strip.y + 0.5);
      }
      await page.screenshot({ path: `${process.env.FRONTSTAGE_SHOTS ?? '/tmp'}/legend-${name}.png` });
    }
    await theme(page, 'light');
  });

  it('names what the canvas and the exports show, in the same words', async () => {
    const { page } = app.session;
    const text = await entries(page).innerText();
    for (const group of LEGEND) {
      for (const entry of group.entries.filter((e) => !e.exportOnly)) expect(text).toContain(entry.name);
    }
    for (const name of ['Line of interaction', 'Line of visibility', 'Line of internal interaction', 'Cause', 'Fail point', 'Owner']) expect(text).toContain(name);
    expect(text).not.toContain('Root cause');
  });

  it('is reached and folded by keyboard, and stays folded after a reload', async () => {
    const { page } = app.session;
    // The side panel follows the canvas in the tab order; the legend lies between them.
    await page.getByRole('tab', { name: 'Card' }).focus();
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => isFocused(page, 'Legend entries')).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => toggle(page).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('false');
    expect(await entries(page).count()).toBe(0);
    const folded = await box(page, legend(page));
    expect(folded.height).toBeLessThan(45);
    for (const name of ['light', 'dark'] as const) {
      await theme(page, name);
      await page.screenshot({ path: `${process.env.FRONTSTAGE_SHOTS ?? '/tmp'}/legend-folded-${name}.png` });
    }
    await theme(page, 'light');

    await page.reload();
    await canvas(page).waitFor();
    await toggle(page).waitFor();
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('false');
    await toggle(page).focus();
    await page.keyboard.press('Space');
    await entries(page).waitFor();
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('true');
    expect(app.session.errors).toEqual([]);
  });
});
