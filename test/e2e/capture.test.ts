// Capture at the speed of talk (issue 11): a blueprint built from a blank workshop with the
// keyboard alone — steps typed and pasted as a list, cards started in empty lanes and cells,
// several cards pasted at once — focus that comes back from menus and dialogs, undo that says
// what it did, and a reload or a second tab that opens the same workshop.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appOnTemplate } from './suiteApp';
import { canvas, card, cardTitles, waitSaved } from './canvas';
import { focusedName, settle } from './hotel';

/** Presses keys one after another, each once the focus has come to rest, as a person would. */
async function keys(page: Page, ...pressed: string[]): Promise<void> {
  for (const key of pressed) {
    await page.keyboard.press(key);
    await settle(page);
  }
}

/** Puts text on the clipboard (permission granted to the host's origin), for Ctrl+V. */
async function clipboard(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
}

const steps = (page: Page) => canvas(page).locator('.fs-step-header').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
/** The lane and step the selected card sits in, as the card inspector says it. */
const where = (page: Page) => page.locator('.fs-inspector-where').innerText();

describe('capturing a blueprint with the keyboard alone', () => {
  const app = appOnTemplate('blank', 'Hotel stay', (page) => canvas(page).getByRole('gridcell').first().waitFor());

  it('opens with the focus in the first cell, and arrow keys go cell by cell, lane by lane, into the step header', async () => {
    const { page } = app.session;
    await expect.poll(() => focusedName(page), { timeout: 15_000 }).toBe('Physical evidence — Step 1');
    const lanes = ['Physical evidence', 'Customer actions', 'Frontstage', 'Backstage', 'Support processes', 'Product'];
    for (const lane of lanes.slice(1)) {
      await keys(page, 'ArrowDown');
      expect(await focusedName(page)).toBe(`${lane} — Step 1`);
    }
    // Past the last lane there is nowhere to go: the focus stays.
    await keys(page, 'ArrowDown');
    expect(await focusedName(page)).toBe('Product — Step 1');
    await keys(page, 'Control+Home');
    expect(await focusedName(page)).toBe('Physical evidence — Step 1');
    // Every cell of the grid is a focusable gridcell named LANE — STEP, empty or not.
    const cell = canvas(page).getByRole('gridcell', { name: 'Backstage — Step 1', exact: true });
    expect(await cell.getAttribute('tabindex')).not.toBeNull();
    await keys(page, 'ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('columnheader');
    expect(await focusedName(page)).toBe('Step 1');
    expect(app.session.errors).toEqual([]);
  });

  it('names the steps from a list pasted at once, and Tab in a name goes on to the next step, adding one', async () => {
    const { page } = app.session;
    await keys(page, 'Enter');
    expect(await focusedName(page)).toBe('Rename step');
    await clipboard(page, 'Arrive\nCheck in\nGo to room');
    await keys(page, 'Control+V');
    await expect.poll(() => steps(page)).toEqual(['Arrive', 'Check in', 'Go to room']);
    // The focus is on the last step pasted; Enter renames it, Tab goes on past the last step.
    expect(await focusedName(page)).toBe('Go to room');
    await keys(page, 'Enter', 'Tab');
    expect(await focusedName(page)).toBe('Rename step');
    await page.keyboard.type('Check out');
    await keys(page, 'Enter');
    await expect.poll(() => steps(page)).toEqual(['Arrive', 'Check in', 'Go to room', 'Check out']);
    expect(await focusedName(page)).toBe('Check out');
    // One Undo takes back the step Tab added and its name together.
    await keys(page, 'Control+z');
    await expect.poll(() => steps(page)).toEqual(['Arrive', 'Check in', 'Go to room']);
    await keys(page, 'Control+Shift+z');
    await expect.poll(() => steps(page)).toEqual(['Arrive', 'Check in', 'Go to room', 'Check out']);
  });

  it('starts cards in an empty cell and an empty lane: Enter on the cell, Tab past an empty step, Enter twice for the next lane', async () => {
    const { page } = app.session;
    // The undo above took away the header that had the focus: it went to the current cell.
    await keys(page, 'Control+Home');
    expect(await focusedName(page)).toBe('Physical evidence — Arrive');
    await keys(page, 'Enter');
    await page.keyboard.type('Hotel exterior, parking');
    await keys(page, 'Tab');
    await page.keyboard.type('Desk, registration papers, key');
    // Enter keeps the card and opens the next one below; Enter on that empty one goes to the
    // next lane, at the step where typing began in this lane.
    await keys(page, 'Enter', 'Enter');
    await page.keyboard.type('Arrive at hotel');
    // Tab from a card, then Tab again on the empty new card: the Check in step stays empty.
    await keys(page, 'Tab', 'Tab');
    await page.keyboard.type('Go to room');
    await keys(page, 'Enter', 'Escape');
    expect(await focusedName(page)).toBe('Go to room');
    expect(await where(page)).toBe('Customer actions · Go to room');
    await card(page, 'Arrive at hotel').focus();
    expect(await where(page)).toBe('Customer actions · Arrive');
    await card(page, 'Desk, registration papers, key').focus();
    expect(await where(page)).toBe('Physical evidence · Check in');
    expect((await cardTitles(page)).sort()).toEqual(['Arrive at hotel', 'Desk, registration papers, key', 'Go to room', 'Hotel exterior, parking']);
    // Escape on a new card that was never typed into leaves nothing behind, and no undo step.
    await keys(page, 'ArrowDown', 'ArrowDown');
    expect(await focusedName(page)).toBe('Frontstage — Check in');
    await keys(page, 'Enter', 'Escape');
    expect(await focusedName(page)).toBe('Frontstage — Check in');
    expect(await cardTitles(page)).toHaveLength(4);
  });

  it('pastes several lines into a new card as one card per line, in order, and goes on typing below them', async () => {
    const { page } = app.session;
    await keys(page, 'Enter');
    await clipboard(page, 'Greet and take bags\r\nProcess registration\n\nHand over the key\n');
    await keys(page, 'Control+V');
    expect(await focusedName(page)).toBe('Card title');
    await keys(page, 'Escape');
    expect(await focusedName(page)).toBe('Hand over the key');
    // Up walks the cell's cards in order, then its cell: never another step.
    const column: string[] = [await focusedName(page)];
    for (let i = 0; i < 4; i++) {
      await keys(page, 'ArrowUp');
      column.push(await focusedName(page));
    }
    expect(column).toEqual(['Hand over the key', 'Process registration', 'Greet and take bags', 'Frontstage — Check in', 'Customer actions — Check in']);
    // One undo takes the whole paste back.
    await keys(page, 'Control+z');
    await expect.poll(async () => (await cardTitles(page)).length).toBe(4);
    await keys(page, 'Control+Shift+z');
    await expect.poll(async () => (await cardTitles(page)).length).toBe(7);
  });

  it('moves down a column from a card without ever leaving its step', async () => {
    const { page } = app.session;
    await card(page, 'Hotel exterior, parking').focus();
    const seen: string[] = [];
    for (let i = 0; i < 7; i++) {
      await keys(page, 'ArrowDown');
      seen.push(await focusedName(page));
    }
    expect(seen).toEqual([
      'Customer actions — Arrive', 'Arrive at hotel', 'Frontstage — Arrive', 'Backstage — Arrive', 'Support processes — Arrive', 'Product — Arrive', 'Product — Arrive',
    ]);
  });

  it('gives the focus back to a header when its menu closes, by Escape or by Tab', async () => {
    const { page } = app.session;
    await keys(page, 'Control+Home', 'ArrowUp');
    expect(await focusedName(page)).toBe('Arrive');
    await keys(page, 'Shift+F10');
    await page.getByRole('menu', { name: 'Arrive options' }).waitFor();
    await keys(page, 'Escape');
    expect(await page.getByRole('menu').count()).toBe(0);
    expect(await focusedName(page)).toBe('Arrive');
    await keys(page, 'Shift+F10');
    await page.getByRole('menu', { name: 'Arrive options' }).waitFor();
    await keys(page, 'Tab');
    expect(await page.getByRole('menu').count()).toBe(0);
    expect(await focusedName(page)).toBe('Arrive');
  });

  it('keeps the focus on Download after an export, and gives it back when the dialog closes', async () => {
    const { page } = app.session;
    await card(page, 'Arrive at hotel').focus();
    await keys(page, 'Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.waitFor();
    const download = dialog.getByRole('button', { name: /^Download/ });
    await download.focus();
    const saved = page.waitForEvent('download');
    await keys(page, 'Enter');
    await saved;
    await dialog.getByRole('status').filter({ hasText: 'Downloaded' }).waitFor();
    expect(await download.evaluate((el) => el === document.activeElement)).toBe(true);
    await keys(page, 'Escape');
    await expect.poll(() => focusedName(page)).toBe('Arrive at hotel');
  });

  it('says what undo and redo did, and shows the card they changed', async () => {
    const { page } = app.session;
    await card(page, 'Process registration').click();
    await page.getByRole('form', { name: 'Card details' }).getByRole('checkbox', { name: 'Fail point' }).check();
    await card(page, 'Arrive at hotel').focus();
    await keys(page, 'Control+z');
    const status = page.locator('.fs-announcer');
    await expect.poll(() => status.innerText()).toBe('Undid: fail point on Process registration');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    // The changed card is selected, and the keyboard, which was on the canvas, is on it.
    await expect.poll(() => focusedName(page)).toBe('Process registration');
    await keys(page, 'Control+Shift+z');
    await expect.poll(() => status.innerText()).toBe('Redid: fail point on Process registration');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => status.innerText()).toBe('Undid: fail point on Process registration');
    expect(app.session.errors).toEqual([]);
  });

  it('reopens the workshop after a reload, on the same blueprint, and in a second tab too', async () => {
    const { page } = app.session;
    expect(new URL(page.url()).searchParams.get('workshop')).toBe(app.file);
    const titles = (await cardTitles(page)).sort();
    await waitSaved(page);
    await page.reload();
    await canvas(page).getByRole('gridcell').first().waitFor();
    expect((await cardTitles(page)).sort()).toEqual(titles);
    expect(await page.getByRole('heading', { name: 'Hotel stay' }).count()).toBe(1);
    const second = await page.context().newPage();
    await second.goto(page.url());
    await canvas(second).getByRole('gridcell').first().waitFor();
    await expect.poll(async () => (await cardTitles(second)).sort()).toEqual(titles);
    await second.close();
  });
});
