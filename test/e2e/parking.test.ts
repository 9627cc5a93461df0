// The parking lot beside the canvas: a parked note placed on the blueprint as a card (with the
// keyboard, and by dragging), and a card sent back to the parking lot (a button, and by dragging).
import { describe, expect, it } from 'vitest';
import { appOnTemplate } from './suiteApp';
import { canvas, card, cardForm, cardTitles, laneHeader, stepHeader } from './canvas';
import { parkingRegion } from './facilitation';

const NOTE = 'Can the call centre get read access to lending files?';

describe('the parking lot', () => {
  const app = appOnTemplate('bank-branch', 'Mortgage workshop', async (page) => {
    await canvas(page).getByRole('group').first().waitFor();
    await page.getByRole('button', { name: /^Fit blueprint/ }).click();
  }, { width: 1920, height: 1080 });
  const notes = () => parkingRegion(app.session.page).getByRole('listitem');

  it('turns a parked note into a card in the lane and step chosen with the keyboard', async () => {
    const { page } = app.session;
    await page.getByRole('button', { name: 'Parking lot', exact: true }).click();
    await parkingRegion(page).waitFor();
    expect(await notes().allTextContents()).toEqual([expect.stringContaining(NOTE)]);
    await parkingRegion(page).getByRole('button', { name: `Place on blueprint: ${NOTE}` }).click();
    await parkingRegion(page).getByRole('combobox', { name: 'Lane' }).selectOption({ label: 'Ideas & opportunities' });
    await parkingRegion(page).getByRole('combobox', { name: 'Step' }).selectOption({ label: 'Prepare · Gathers documents' });
    await parkingRegion(page).getByRole('combobox', { name: 'Step' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => notes().count()).toBe(0);
    await expect.poll(async () => (await cardTitles(page)).includes(NOTE)).toBe(true);
    // The new card is selected, in its lane and step, with the lane's kind.
    await expect.poll(() => cardForm(page).getByLabel('Title', { exact: true }).inputValue()).toBe(NOTE);
    expect(await page.locator('.fs-inspector-where').textContent()).toBe('Ideas & opportunities · Gathers documents');
    expect(await cardForm(page).getByLabel('Kind', { exact: true }).inputValue()).toBe('idea');
  });

  it('sends the card back to the parking lot, and Undo brings it back to the blueprint', async () => {
    const { page } = app.session;
    await page.getByRole('button', { name: 'Move to parking lot' }).click();
    await expect.poll(() => notes().allTextContents()).toEqual([expect.stringContaining(NOTE)]);
    expect(await cardTitles(page)).not.toContain(NOTE);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await cardTitles(page)).includes(NOTE)).toBe(true);
    await expect.poll(() => notes().count()).toBe(0);
  });

  it('parks a card dropped on it and makes a card of a note dropped on a cell', async () => {
    const { page } = app.session;
    const from = await card(page, NOTE).boundingBox();
    const to = await parkingRegion(page).boundingBox();
    if (!from || !to) throw new Error('no box for the card or the parking lot');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 8 });
    await page.mouse.move(to.x + to.width / 2, to.y + 70, { steps: 2 });
    await page.mouse.up();
    await expect.poll(() => notes().allTextContents()).toEqual([expect.stringContaining(NOTE)]);
    expect(await cardTitles(page)).not.toContain(NOTE);

    const lane = await laneHeader(page, 'Pain points').boundingBox();
    const step = await stepHeader(page, 'Arrives').boundingBox();
    if (!lane || !step) throw new Error('no header for the target cell');
    await notes().first().dragTo(canvas(page), { targetPosition: { x: step.x + step.width / 2 - (await canvas(page).boundingBox())!.x, y: lane.y + lane.height / 2 - (await canvas(page).boundingBox())!.y } });
    await expect.poll(async () => (await cardTitles(page)).includes(NOTE)).toBe(true);
    await expect.poll(() => notes().count()).toBe(0);
    await expect.poll(() => page.locator('.fs-inspector-where').textContent()).toBe('Pain points · Arrives');
    expect(app.session.errors).toEqual([]);
  });
});
