// F6 and Shift+F6 move the keyboard focus between the window's main regions — toolbar, canvas,
// side panel — as in desktop apps, and stay harmless in presentation mode.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appOnTemplate } from './suiteApp';
import { canvas, cardForm } from './canvas';

/** Where the focus is: the region it sits in, and the accessible name of the focused element. */
function focusIn(page: Page): Promise<{ region: string; name: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const region = el?.closest('.fs-toolbar') ? 'toolbar' : el?.closest('.fs-canvas') ? 'canvas' : el?.closest('.fs-side') ? 'side' : el?.closest('.fs-present-bar') ? 'presentation' : 'none';
    const label = el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    return { region, name: el?.getAttribute('aria-label') ?? label ?? el?.textContent ?? '' };
  });
}

describe('moving between regions with F6', () => {
  const app = appOnTemplate('resort-smoking', 'Resort', (page) => canvas(page).getByRole('group').first().waitFor());

  it('goes toolbar → canvas → inspector → toolbar with F6, and back with Shift+F6', async () => {
    const { page } = app.session;
    await page.getByRole('button', { name: 'Add card' }).focus();
    expect((await focusIn(page)).region).toBe('toolbar');

    // No card is selected: F6 lands on the first card in view, which becomes the selected one.
    await page.keyboard.press('F6');
    await expect.poll(async () => (await focusIn(page)).region).toBe('canvas');
    const cardName = (await focusIn(page)).name;
    expect(cardName).not.toBe('');
    const title = cardForm(page).getByLabel('Title', { exact: true });
    await expect.poll(() => title.inputValue()).toBe(cardName);

    await page.keyboard.press('F6');
    expect(await focusIn(page)).toEqual({ region: 'side', name: 'Title' });
    // From inside a field too, on round to the toolbar.
    await page.keyboard.press('F6');
    expect((await focusIn(page)).region).toBe('toolbar');

    await page.keyboard.press('Shift+F6');
    expect(await focusIn(page)).toEqual({ region: 'side', name: 'Title' });
    await page.keyboard.press('Shift+F6');
    await expect.poll(() => focusIn(page)).toEqual({ region: 'canvas', name: cardName });
    await page.keyboard.press('Shift+F6');
    expect((await focusIn(page)).region).toBe('toolbar');
    expect(app.session.errors).toEqual([]);
  });

  it('moves between the canvas and the presentation bar while presenting, and breaks nothing', async () => {
    const { page } = app.session;
    await page.keyboard.press('F5');
    await page.getByRole('toolbar', { name: 'Presentation' }).waitFor();
    // Presenting gives the canvas the keyboard, where the keys step through the stops.
    await expect.poll(() => focusIn(page)).toEqual({ region: 'canvas', name: 'Blueprint' });
    await page.keyboard.press('F6');
    expect((await focusIn(page)).region).toBe('presentation');
    await page.keyboard.press('Shift+F6');
    expect((await focusIn(page)).region).toBe('canvas');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Add card' }).waitFor();
    expect(app.session.errors).toEqual([]);
  });
});
