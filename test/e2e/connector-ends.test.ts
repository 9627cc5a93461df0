// Re-attaching a connector's end: by dragging its grab handle onto another card (one undo step,
// kept after a reload; Escape, empty canvas and a self-loop change nothing; a refused change is
// said in the notice bar), and from the keyboard with the inspector's "Change target" picker.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { appOnTemplate } from './suiteApp';
import { canvas, card, cardForm, cardTitles, connect, doubleClickCell, waitSaved } from './canvas';

const FIRST = 'Orders a coffee';
const SECOND = 'Waits at the counter';
const THIRD = 'Picks up the cup';

const connections = (page: Page) => page.getByRole('region', { name: 'Connections' });
const endHandle = (page: Page) => canvas(page).getByRole('img', { name: 'Connector end handle' });
const startHandle = (page: Page) => canvas(page).getByRole('img', { name: 'Connector start handle' });
const candidate = (page: Page) => canvas(page).locator('.fs-connector-ends-candidate');
const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} has no box on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Selects the only connector by clicking its drawn route, as a mouse user would: at the first
 * point along it where nothing but the pane lies (a route may pass behind cards; connectors are
 * picked by geometry from clicks on the pane).
 */
async function clickRoute(page: Page): Promise<void> {
  const p = await canvas(page).locator('.fs-connector-line').first().evaluate((path: SVGPathElement) => {
    const m = path.getScreenCTM()!;
    const length = path.getTotalLength();
    for (let t = 0.5; t < 1; t += 0.05) {
      for (const along of [t, 1 - t]) {
        const at = path.getPointAtLength(length * along);
        const x = at.x * m.a + m.e;
        const y = at.y * m.d + m.f;
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    throw new Error('no uncovered point on the connector');
  });
  await page.mouse.click(p.x, p.y);
  await endHandle(page).waitFor();
}

/** Drags a handle (the end one unless told) to `to`; `beforeDrop` runs with the pointer still down there. */
async function dragEndTo(page: Page, to: { x: number; y: number }, beforeDrop?: () => Promise<void>, handle = endHandle(page)): Promise<void> {
  const from = await centre(handle);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await beforeDrop?.();
  await page.mouse.up();
}

/** The titles the selected card's Connections list as the far ends of its connectors. */
async function linkedFrom(page: Page, title: string): Promise<string[]> {
  await card(page, title).click();
  await expect.poll(() => cardForm(page).getByLabel('Title', { exact: true }).inputValue()).toBe(title);
  return connections(page).getByRole('button', { name: /^Remove connector/ }).evaluateAll((els) => els.map((e) => e.textContent ?? ''));
}

describe('re-attaching connector ends', () => {
  const app = appOnTemplate('consumption-process', 'Cafe', (page) => canvas(page).waitFor());

  it('types three cards and connects the first two', async () => {
    const { page } = app.session;
    await doubleClickCell(page, 'Customer actions', 'Step 1', 0);
    await page.getByRole('textbox', { name: 'Card title' }).waitFor();
    for (const [i, title] of [FIRST, SECOND, THIRD].entries()) {
      await page.keyboard.type(title);
      await page.keyboard.press(i < 2 ? 'Tab' : 'Enter');
    }
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardTitles(page)).sort()).toEqual([FIRST, SECOND, THIRD].sort());
    // Typing panned to the last card; fit the blueprint so all three are clear of the lane headers.
    await page.keyboard.press('Control+0');
    await page.waitForTimeout(400);
    await connect(page, FIRST, SECOND);
    expect(await linkedFrom(page, SECOND)).toEqual([`×Remove connector from ${FIRST}`]);
  });

  it('drags the end of a connector onto a third card in one undo step, and keeps it after a reload', async () => {
    const { page } = app.session;
    await clickRoute(page);
    await dragEndTo(page, await centre(card(page, THIRD)), async () => {
      expect(await candidate(page).count()).toBe(1);
      expect(await canvas(page).locator('.fs-connector-ends-preview').count()).toBe(1);
    });
    expect(await linkedFrom(page, THIRD)).toEqual([`×Remove connector from ${FIRST}`]);
    expect(await linkedFrom(page, SECOND)).toEqual([]);

    await page.keyboard.press('Control+z');
    expect(await linkedFrom(page, SECOND)).toEqual([`×Remove connector from ${FIRST}`]);
    expect(await linkedFrom(page, THIRD)).toEqual([]);
    await page.keyboard.press('Control+Shift+z');
    expect(await linkedFrom(page, THIRD)).toEqual([`×Remove connector from ${FIRST}`]);

    await waitSaved(page);
    await page.reload();
    await canvas(page).waitFor();
    expect(await linkedFrom(page, THIRD)).toEqual([`×Remove connector from ${FIRST}`]);
    expect(app.session.errors).toEqual([]);
  });

  it('changes nothing on Escape mid-drag, on empty canvas or on the connector’s own start card', async () => {
    const { page } = app.session;
    await clickRoute(page);
    await dragEndTo(page, await centre(card(page, SECOND)), async () => {
      expect(await candidate(page).count()).toBe(1);
      await page.keyboard.press('Escape');
      expect(await candidate(page).count()).toBe(0);
    });
    // Escape ended the drag only: the connector stays selected, its handles on screen.
    await endHandle(page).waitFor();
    const secondBox = (await card(page, SECOND).boundingBox())!;
    await dragEndTo(page, { x: secondBox.x + secondBox.width / 2, y: secondBox.y + secondBox.height + 60 });
    await dragEndTo(page, await centre(card(page, FIRST)));
    expect(await linkedFrom(page, THIRD)).toEqual([`×Remove connector from ${FIRST}`]);
    expect(await linkedFrom(page, SECOND)).toEqual([]);
  });

  it('says why a drop that would duplicate a connector is refused, and changes nothing', async () => {
    const { page } = app.session;
    // A new connector is selected at once; moving its start to FIRST would repeat FIRST → THIRD.
    await connect(page, SECOND, THIRD);
    await dragEndTo(page, await centre(card(page, FIRST)), undefined, startHandle(page));
    await page.getByRole('alert').filter({ hasText: 'already joined by a flow connector' }).waitFor();
    expect(await linkedFrom(page, SECOND)).toEqual([`×Remove connector to ${THIRD}`]);
    await connections(page).getByRole('button', { name: `Remove connector to ${THIRD}` }).click();
    expect(app.session.errors).toEqual([]);
  });

  it('moves the target with the keyboard through "Change target" in the Connections section', async () => {
    const { page } = app.session;
    await card(page, FIRST).click();
    const section = connections(page);
    const change = section.getByRole('button', { name: `Change target of connector to ${THIRD}` });
    await change.focus();
    await page.keyboard.press('Enter');
    const find = section.getByRole('searchbox', { name: 'Find the new target' });
    expect(await isFocused(find)).toBe(true);
    await page.keyboard.type('counter');
    await page.keyboard.press('Enter');
    expect(await isFocused(section.getByRole('combobox', { name: 'New target' }))).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const back = section.getByRole('button', { name: `Change target of connector to ${SECOND}` });
    await back.waitFor();
    await expect.poll(() => isFocused(back)).toBe(true);
    expect(await linkedFrom(page, SECOND)).toEqual([`×Remove connector from ${FIRST}`]);
    await page.keyboard.press('Control+z');
    expect(await linkedFrom(page, THIRD)).toEqual([`×Remove connector from ${FIRST}`]);
    expect(app.session.errors).toEqual([]);
  });
});
