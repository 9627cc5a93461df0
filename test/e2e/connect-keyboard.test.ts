// Connecting two cards with the keyboard alone, through the Connections section of the card
// inspector: Tab to the controls, type to find the card, pick a kind, type a label, Enter. The
// connector must be drawn, survive a reload, refuse a duplicate inline, and go again by keyboard.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { readWorkshop } from '../../main/workshop';
import { appOnTemplate } from './suiteApp';
import { canvas, card, cardTitles, doubleClickCell, drawnConnectors, waitSaved } from './canvas';

const FIRST = 'Checks in at the desk';
const SECOND = 'Waits for a room key';
const LABEL = 'no room ready';

const connections = (page: Page) => page.getByRole('region', { name: 'Connections' });

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/**
 * Presses Shift+Tab until `target` has the focus; fails if that takes more than `max` presses.
 * Backwards, because tabbing forwards from a card passes the cards after it, and a card that
 * takes the keyboard focus becomes the selected one; backwards, focus leaves the canvas at once
 * and comes round to the side panel from the end of the page.
 */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Shift+Tab');
    if (await isFocused(target)) return;
  }
  throw new Error(`${target} was not reached with ${max} presses of Shift+Tab`);
}

describe('connecting cards from the keyboard', () => {
  const app = appOnTemplate('consumption-process', 'Hotel', (page) => canvas(page).waitFor());

  it('types two cards', async () => {
    const { page } = app.session;
    await doubleClickCell(page, 'Customer actions', 'Step 1', 0);
    await page.getByRole('textbox', { name: 'Card title' }).waitFor();
    await page.keyboard.type(FIRST);
    await page.keyboard.press('Tab');
    await page.keyboard.type(SECOND);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardTitles(page)).sort()).toEqual([FIRST, SECOND].sort());
  });

  it('adds a cause connector with a label using Tab, typing and Enter only', async () => {
    const { page } = app.session;
    await card(page, FIRST).click();
    await connections(page).waitFor();
    const section = connections(page);
    await tabTo(page, section.getByRole('searchbox', { name: 'Find a card' }));
    await page.keyboard.type('room key');
    // Enter in the search goes on to the matches, where the first one is already picked.
    await page.keyboard.press('Enter');
    const target = section.getByLabel('Connect to', { exact: true });
    expect(await isFocused(target)).toBe(true);
    expect(await target.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)).toBe(`${SECOND} — Consumption · Step 1`);
    await page.keyboard.press('Tab');
    const kind = section.getByLabel('Connector kind', { exact: true });
    expect(await isFocused(kind)).toBe(true);
    await page.keyboard.type('cause');
    expect(await kind.inputValue()).toBe('cause');
    await page.keyboard.press('Tab');
    expect(await isFocused(section.getByLabel('Connector label', { exact: true }))).toBe(true);
    await page.keyboard.type(LABEL);
    await page.keyboard.press('Enter');

    await expect.poll(() => drawnConnectors(page)).toBe(1);
    // Drawn as a cause (its own line style) with its label on the canvas.
    expect(await canvas(page).locator('.fs-connector-cause .fs-connector-line').count()).toBe(1);
    // The label may wrap to fit the gutter between the two cards, clear of both.
    expect((await canvas(page).locator('.fs-connector-label text').allTextContents()).join(' ')).toBe(LABEL);
    await section.getByRole('status').filter({ hasText: `Added a cause connector to ${SECOND}` }).waitFor();
    expect(await section.getByRole('button', { name: `Remove connector to ${SECOND}` }).count()).toBe(1);
    expect(await section.getByLabel(`Kind of connector to ${SECOND}`).inputValue()).toBe('cause');
    expect(await section.getByLabel(`Label of connector to ${SECOND}`).inputValue()).toBe(LABEL);
  });

  it('lists the connector as incoming on the other card', async () => {
    const { page } = app.session;
    await card(page, SECOND).click();
    const section = connections(page);
    await section.getByRole('button', { name: `Remove connector from ${FIRST}` }).waitFor();
    expect(await section.getByRole('list', { name: /Incoming/ }).getByRole('listitem').count()).toBe(1);
    expect(await section.getByRole('list', { name: /Outgoing/ }).count()).toBe(0);
  });

  it('says inline why a duplicate connector is refused, and adds nothing', async () => {
    const { page } = app.session;
    await card(page, FIRST).click();
    const section = connections(page);
    await section.getByLabel('Connect to', { exact: true }).selectOption({ label: `${SECOND} — Consumption · Step 1` });
    await section.getByLabel('Connector kind', { exact: true }).selectOption('cause');
    await section.getByRole('button', { name: 'Add connector' }).click();
    await expect.poll(() => section.getByRole('alert').filter({ hasText: 'already joined by a cause connector' }).count()).toBe(1);
    expect(await drawnConnectors(page)).toBe(1);
    expect(app.session.errors).toEqual([]);
  });

  it('keeps the connector after a reload, then removes it with Space on its remove button', async () => {
    const { page } = app.session;
    await waitSaved(page);
    await page.reload();
    await canvas(page).waitFor();
    await expect.poll(() => drawnConnectors(page)).toBe(1);
    await card(page, FIRST).click();
    const remove = connections(page).getByRole('button', { name: `Remove connector to ${SECOND}` });
    await remove.waitFor();
    await tabTo(page, remove);
    await page.keyboard.press('Space');
    await expect.poll(() => drawnConnectors(page)).toBe(0);
    expect(await connections(page).getByRole('listitem').count()).toBe(0);
    // Focus lands on the card picker rather than being lost with the removed row.
    expect(await isFocused(connections(page).getByLabel('Connect to', { exact: true }))).toBe(true);
    await waitSaved(page);
    expect(app.session.errors).toEqual([]);
  });

  it('has the removal in the workshop file once the host stops', async () => {
    expect(await app.session.host.stop()).toBe(0);
    const { doc } = readWorkshop(app.file);
    expect(Object.values(doc.cards).map((c) => c.title).sort()).toEqual([FIRST, SECOND].sort());
    expect(Object.values(doc.connectors)).toEqual([]);
  });
});
