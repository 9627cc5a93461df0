// axe-core on every screen, in the light and the dark theme: no violation of any impact.
// New screens add their own case with the helper in a11y.ts.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, inBothThemes } from './a11y';
import { canvas, card } from './canvas';
import { cli, openApp, tempDir, type Session } from './harness';

const SHOTS = process.env.FRONTSTAGE_SHOTS;

/** `part`: the panel or dialog that makes this screen, when the rest was checked whole already. */
async function check(page: Page, screen: string, part?: string): Promise<void> {
  await inBothThemes(page, async (theme) => {
    await checkA11y(page, `${screen}, ${theme}`, { include: part });
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `a11y-${screen.replace(/\W+/g, '-')}-${theme}.png`) });
  });
}

describe('accessibility: the welcome screen', () => {
  const tmp = tempDir();
  let s: Session;
  beforeAll(async () => {
    s = await openApp({ home: tmp.dir });
  });
  afterAll(async () => {
    await s?.close();
    tmp.remove();
  });

  it('has no accessibility violation in either theme', async () => {
    await s.page.getByRole('heading', { name: 'New workshop' }).waitFor();
    await check(s.page, 'welcome');
  });
});

describe('accessibility: the workshop screens', () => {
  const tmp = tempDir();
  const file = join(tmp.dir, 'espresso.frontstage');
  let s: Session;
  beforeAll(async () => {
    cli(['new', file, '--template', 'home-espresso'], { FRONTSTAGE_HOME: tmp.dir });
    s = await openApp({ file, home: tmp.dir });
    await canvas(s.page).waitFor();
  });
  afterAll(async () => {
    await s?.close();
    tmp.remove();
  });

  it('the canvas', async () => {
    await check(s.page, 'canvas');
  });

  it('the card inspector, on a touchpoint with a benchmark', async () => {
    const { page } = s;
    await card(page, 'Coffee specialist asks about taste, milk, cup size').click();
    const form = page.getByRole('form', { name: 'Card details' });
    await form.waitFor();
    await expect.poll(() => form.getByRole('checkbox', { name: 'Touchpoint' }).isChecked()).toBe(true);
    await form.getByLabel('Standard').waitFor();
    // The touchpoint fields (sentiment, ratings, strategy) are what the screenshots show.
    await form.getByRole('radiogroup', { name: /Sentiment/ }).scrollIntoViewIfNeeded();
    await check(page, 'card inspector', 'aside[aria-label="Details"]');
  });

  it('the workshop panel', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: 'Workshop' }).click();
    await page.getByLabel('Workshop name').waitFor();
    await check(page, 'workshop panel', 'aside[aria-label="Details"]');
  });

  it('the export dialog', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await check(page, 'export dialog', '[role="dialog"]');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('the Insights panel, every view', { timeout: 120_000 }, async () => {
    const { page } = s;
    await page.getByRole('banner').getByRole('button', { name: 'Insights', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Insights' });
    await panel.waitFor();
    const tabs = await panel.getByRole('tab').allInnerTexts();
    expect(tabs.length).toBeGreaterThan(1);
    for (const tab of tabs) {
      await panel.getByRole('tab', { name: tab.trim(), exact: true }).click();
      await check(page, `insights ${tab.trim().toLowerCase()}`, 'aside[aria-label="Insights"]');
    }
    await panel.getByRole('button', { name: 'Close Insights' }).click();
  });

  it('presentation mode', async () => {
    const { page } = s;
    await page.getByRole('button', { name: /^Present/ }).first().click();
    await expect.poll(() => page.locator('.fs-presentation, [data-presentation], [aria-label*="resentation"]').count()).toBeGreaterThan(0);
    await check(page, 'presentation');
    await page.keyboard.press('Escape');
  });
});
