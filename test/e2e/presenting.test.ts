// Presenting (issue 11 item 5, issue 12 item 5): Present walks the blueprint stage by stage with
// the keyboard or a clicker (PageUp/PageDown), each stage framed to fill the canvas and the rest
// dimmed, the bar under the canvas and never over a card; card by card and by the facilitator's
// order too; leaving gives the toolbar, the view and the focus back.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appOnTemplate } from './suiteApp';
import { canvas } from './canvas';
import { focusedName, settle } from './hotel';

const bar = (page: Page) => page.getByRole('toolbar', { name: 'Presentation' });
const where = (page: Page) => bar(page).locator('.fs-present-where').innerText();
const title = (page: Page) => bar(page).locator('.fs-present-title').innerText();

async function press(page: Page, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    await page.keyboard.press(key);
    await settle(page);
  }
}

/** Screen boxes of the stage header being presented and of the cards under it, and of the canvas and the bar. */
function framing(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null) => {
      const r = el!.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const pane = box(document.querySelector('.fs-canvas .react-flow'));
    const presenting = document.querySelector('.fs-present-title')?.textContent;
    const stage = [...document.querySelectorAll('.fs-stage-header')].find((el) => el.getAttribute('aria-label') === presenting)!;
    const s = box(stage);
    const header = box(document.querySelector('.fs-step-header'));
    const cards = [...document.querySelectorAll('.react-flow__node')].map(box).filter((c) => c.left >= s.left - 1 && c.right <= s.right + 1);
    return { pane, stage: s, headerBottom: header.bottom, cards, bar: box(document.querySelector('.fs-present-bar')) };
  });
}

describe('presenting a blueprint', () => {
  const app = appOnTemplate('home-espresso', 'Espresso', (page) => canvas(page).getByRole('group').first().waitFor());

  it('walks stage by stage with the arrow keys and a clicker\'s PageUp and PageDown', async () => {
    const { page } = app.session;
    const before = await canvas(page).locator('.react-flow__viewport').getAttribute('style');
    await press(page, 'F5');
    await bar(page).waitFor();
    expect(await page.getByRole('button', { name: 'Add card' }).count()).toBe(0);
    expect(await focusedName(page)).toBe('Blueprint');
    expect([await where(page), await title(page)]).toEqual(['Stage 1 of 5', 'Discover']);
    await press(page, 'ArrowRight');
    expect([await where(page), await title(page)]).toEqual(['Stage 2 of 5', 'Choose']);
    await press(page, 'PageDown');
    expect(await where(page)).toBe('Stage 3 of 5');
    await press(page, 'PageUp', 'ArrowLeft');
    expect(await where(page)).toBe('Stage 1 of 5');
    await press(page, 'End');
    expect(await where(page)).toBe('Stage 5 of 5');
    await press(page, 'Home', 'ArrowDown');
    expect(await where(page)).toBe('Stage 2 of 5');
    expect(await bar(page).getByRole('button', { name: 'Previous stage' }).isEnabled()).toBe(true);
    // The bar's text is a polite live region: each stop is said as it comes.
    expect(await bar(page).locator('[aria-live="polite"]').count()).toBe(1);
    // Leaving gives back the toolbar and the view as it was.
    await press(page, 'Escape');
    await page.getByRole('button', { name: 'Add card' }).waitFor();
    await expect.poll(() => canvas(page).locator('.react-flow__viewport').getAttribute('style')).toBe(before);
    expect(app.session.errors).toEqual([]);
  });

  it('frames the stage to fill the canvas, dims the rest, and keeps the bar under the canvas, off every card', async () => {
    const { page } = app.session;
    await press(page, 'F5', 'ArrowRight');
    await page.waitForTimeout(500);
    const f = await framing(page);
    expect(f.bar.top).toBeGreaterThanOrEqual(f.pane.bottom - 1);
    expect(f.cards.length).toBeGreaterThan(5);
    for (const c of f.cards) {
      expect(c.top).toBeGreaterThanOrEqual(f.headerBottom - 1);
      expect(c.bottom).toBeLessThanOrEqual(f.pane.bottom + 1);
    }
    // Filling: the stage's cards span most of the canvas's height, or the stage most of its width.
    const tall = Math.max(...f.cards.map((c) => c.bottom)) - Math.min(...f.cards.map((c) => c.top));
    expect(Math.max(tall / (f.pane.bottom - f.headerBottom), (f.stage.right - f.stage.left) / (f.pane.right - f.pane.left))).toBeGreaterThan(0.6);
    expect(await canvas(page).locator('.fs-spotlight').count()).toBe(1);
    await press(page, 'Escape');
  });

  it('walks card by card, and by an order the facilitator sets and reorders', async () => {
    const { page } = app.session;
    await press(page, 'F5', 'F6');
    const cards = bar(page).getByRole('radio', { name: 'Cards' });
    await cards.focus();
    await press(page, 'Space');
    expect(await cards.isChecked()).toBe(true);
    await press(page, 'Shift+F6');
    expect(await where(page)).toBe('Notices the boutique · Physical evidence');
    await press(page, 'PageDown');
    expect(await bar(page).getByRole('button', { name: 'Previous card' }).isEnabled()).toBe(true);

    await bar(page).getByRole('button', { name: 'Set order…' }).focus();
    await press(page, 'Enter');
    const dialog = page.getByRole('dialog', { name: 'Presentation order' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Clear' }).focus();
    await press(page, 'Enter');
    for (const t of ['Walks in and looks around', 'Notices the boutique while shopping']) {
      await dialog.getByRole('button', { name: `Add ${t} to the presentation` }).focus();
      await press(page, 'Enter');
    }
    await dialog.getByRole('button', { name: 'Move Notices the boutique while shopping up' }).focus();
    await press(page, 'Enter');
    expect(await dialog.locator('ol strong').allInnerTexts()).toEqual(['Notices the boutique while shopping', 'Walks in and looks around']);
    // The focus stays on the row that moved.
    expect(await focusedName(page)).toBe('Move Notices the boutique while shopping down');
    await press(page, 'Escape');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Set order…');
    const order = bar(page).getByRole('radio', { name: 'Order' });
    await order.focus();
    await press(page, 'Space', 'Shift+F6');
    expect(await title(page)).toBe('Notices the boutique while shopping');
    await press(page, 'ArrowRight');
    expect(await title(page)).toBe('Walks in and looks around');
    expect(await bar(page).locator('.fs-present-count').innerText()).toBe('2 / 2');
    await press(page, 'Escape');
    expect(app.session.errors).toEqual([]);
  });
});
