// Dragging a card to another cell with the mouse: the card stays on top of the cards it passes,
// lands in the cell under the pointer, comes back with one Undo, and keeps its new cell after a
// reload.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appOnTemplate } from './suiteApp';
import { canvas, card, waitSaved } from './canvas';

const TITLE = 'Specialist demonstrates the machine';
const FROM = 'Frontstage · Picks machine & capsules';
const TO = 'Backstage · Pays & joins the Club';
const UNDER = 'Only two tills staffed; Club sign-up typed in by hand';

/** Lane and step of the card, as the inspector's heading names them once the card is selected. */
async function whereIs(page: Page, title: string): Promise<string> {
  await card(page, title).click();
  return page.locator('.fs-inspector-where').innerText();
}

/** The title of the card drawn on top at a point of the screen. */
function cardAt(page: Page, x: number, y: number): Promise<string | null> {
  return page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.closest('.react-flow__node')?.getAttribute('aria-label') ?? null, [x, y]);
}

describe('dragging a card to another cell', () => {
  const app = appOnTemplate('home-espresso', 'Drag test', (page) => canvas(page).waitFor());

  it('starts in its own cell', async () => {
    expect(await whereIs(app.session.page, TITLE)).toBe(FROM);
  });

  it('drags the card over another into the cell under the pointer', async () => {
    const { page } = app.session;
    const from = (await card(page, TITLE).boundingBox())!;
    const over = (await card(page, UNDER).boundingBox())!;
    const start = { x: from.x + from.width / 2, y: from.y + 8 };
    const end = { x: over.x + over.width / 2, y: over.y + over.height / 2 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(end.x, end.y, { steps: 12 });
    // Mid-drag the card is drawn above the cards it passes over, here the target cell's card.
    await expect.poll(() => cardAt(page, end.x, end.y)).toBe(TITLE);
    await page.mouse.up();
    await expect.poll(() => whereIs(page, TITLE)).toBe(TO);
  });

  it('puts it back with one Undo, and moves it again with Redo', async () => {
    const { page } = app.session;
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => whereIs(page, TITLE)).toBe(FROM);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => whereIs(page, TITLE)).toBe(TO);
  });

  it('keeps the new cell after a reload', async () => {
    const { page } = app.session;
    await waitSaved(page);
    await page.reload();
    await canvas(page).waitFor();
    expect(await whereIs(page, TITLE)).toBe(TO);
    expect(app.session.errors).toEqual([]);
  });
});
