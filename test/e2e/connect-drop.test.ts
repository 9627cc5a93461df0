// Connecting by mouse: a connector drawn from a card's handle ends anywhere on another card's
// body (the card is ringed while the pointer is over it), in one undo step; Escape mid-drag, a
// drop on empty canvas or back on the card it started from change nothing. Two cards stacked in
// one cell are joined from the bottom of the upper into the top of the lower.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appOnTemplate } from './suiteApp';
import { canvas, card, cardForm, cardTitles, centre, doubleClickCell, dragFromHandle, drawnConnectors } from './canvas';

const UPPER = 'Orders a coffee';
const LOWER = 'Pays at the till';
const NEXT = 'Picks up the cup';

const connections = (page: Page) => page.getByRole('region', { name: 'Connections' });
const candidate = (page: Page) => canvas(page).locator('.fs-connector-ends-candidate');

/** The far ends the selected card's Connections list. */
async function linkedFrom(page: Page, title: string): Promise<string[]> {
  await card(page, title).click();
  await expect.poll(() => cardForm(page).getByLabel('Title', { exact: true }).inputValue()).toBe(title);
  return connections(page).getByRole('button', { name: /^Remove connector/ }).evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/^×/, '')));
}

describe('connecting by dropping on a card', () => {
  const app = appOnTemplate('consumption-process', 'Cafe', (page) => canvas(page).waitFor());

  it('types two cards stacked in one cell and a third in the next step', async () => {
    const { page } = app.session;
    await doubleClickCell(page, 'Customer actions', 'Step 1', 0);
    await page.getByRole('textbox', { name: 'Card title' }).waitFor();
    await page.keyboard.type(UPPER);
    await page.keyboard.press('Enter');
    await page.keyboard.type(LOWER);
    await page.keyboard.press('Tab');
    await page.keyboard.type(NEXT);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardTitles(page)).sort()).toEqual([LOWER, NEXT, UPPER].sort());
    await page.keyboard.press('Control+0');
    await page.waitForTimeout(400);
  });

  it('ends a connector dropped anywhere on the target card\'s body, ringing the card on the way', async () => {
    const { page } = app.session;
    const body = await card(page, LOWER).boundingBox();
    // Well inside the card, far from its handles.
    await dragFromHandle(page, UPPER, { x: body!.x + body!.width * 0.4, y: body!.y + body!.height * 0.6 }, async () => {
      expect(await candidate(page).count()).toBe(1);
    });
    expect(await candidate(page).count()).toBe(0);
    await page.getByRole('form', { name: 'Connector' }).waitFor();
    expect(await drawnConnectors(page)).toBe(1);
    expect(await linkedFrom(page, UPPER)).toEqual([`Remove connector to ${LOWER}`]);

    // The route reads downwards: out of the upper card's bottom, into the lower card's top.
    const route = await canvas(page).locator('.fs-connector-line').first().evaluate((path: SVGPathElement) => {
      const m = path.getScreenCTM()!;
      const at = (l: number) => { const p = path.getPointAtLength(l); return { x: p.x * m.a + m.e, y: p.y * m.d + m.f }; };
      return { start: at(0), end: at(path.getTotalLength()) };
    });
    const upper = (await card(page, UPPER).boundingBox())!;
    const lower = (await card(page, LOWER).boundingBox())!;
    expect(Math.abs(route.start.y - (upper.y + upper.height))).toBeLessThan(3);
    expect(Math.abs(route.end.y - lower.y)).toBeLessThan(3);
    expect(route.end.x).toBeGreaterThan(lower.x);
    expect(route.end.x).toBeLessThan(lower.x + lower.width);

    await page.keyboard.press('Control+z');
    await expect.poll(() => drawnConnectors(page)).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => drawnConnectors(page)).toBe(1);
    expect(app.session.errors).toEqual([]);
  });

  it('changes nothing on Escape mid-drag, on empty canvas or back on the card it started from', async () => {
    const { page } = app.session;
    const before = await drawnConnectors(page);
    await dragFromHandle(page, LOWER, await centre(card(page, NEXT)), async () => {
      expect(await candidate(page).count()).toBe(1);
      await page.keyboard.press('Escape');
      expect(await candidate(page).count()).toBe(0);
    });
    const next = (await card(page, NEXT).boundingBox())!;
    await dragFromHandle(page, LOWER, { x: next.x + next.width / 2, y: next.y + next.height + 80 });
    await dragFromHandle(page, LOWER, await centre(card(page, LOWER)));
    await page.waitForTimeout(300);
    expect(await drawnConnectors(page)).toBe(before);
    expect(await linkedFrom(page, NEXT)).toEqual([]);
    expect(await linkedFrom(page, LOWER)).toEqual([`Remove connector from ${UPPER}`]);
    expect(app.session.errors).toEqual([]);
  });

  it('still connects on a dropped handle, and looks right in both themes', async () => {
    const { page } = app.session;
    await card(page, NEXT).hover();
    const end = await centre(card(page, NEXT).locator('.react-flow__handle.target'));
    await dragFromHandle(page, LOWER, end);
    expect(await linkedFrom(page, NEXT)).toEqual([`Remove connector from ${LOWER}`]);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.evaluate((t) => { document.documentElement.dataset.theme = t; }, theme);
      await page.screenshot({ path: `${process.env.FRONTSTAGE_SHOTS ?? '/tmp'}/connect-drop-${theme}.png` });
    }
    expect(app.session.errors).toEqual([]);
  });
});
