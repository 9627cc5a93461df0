// A dot vote run by the facilitator for the room: two voters' dots entered by hand, the round
// closed, the ranking and each card's "N dots" description, undo and redo, and the result kept.
import { describe, expect, it } from 'vitest';
import { appOnTemplate } from './suiteApp';
import { canvas, card, waitSaved } from './canvas';
import { cardDescription, resultsRegion, votingRegion } from './facilitation';

const PRINTS = 'Adviser prints 34 pages to sign';
const STATUS = 'Status in the banking app';
const CALLS = 'Call centre cannot see the application';
const GREETED = 'Greeted at the door by name';

describe('dot voting', () => {
  // Wide enough that the whole blueprint, fitted, is on screen (cards off screen are not rendered).
  const app = appOnTemplate('bank-branch', 'Mortgage workshop', async (page) => {
    await canvas(page).getByRole('group').first().waitFor();
    await page.getByRole('button', { name: /^Fit blueprint/ }).click();
  }, { width: 1920, height: 1080 });

  const addDot = (title: string) => card(app.session.page, title).getByRole('button', { name: 'Add dot' }).click();
  const dotsLeft = () => votingRegion(app.session.page).getByRole('status').textContent();

  it('starts a vote on one lane from the New vote dialog', async () => {
    const { page } = app.session;
    await page.getByRole('button', { name: 'Vote', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'New vote' });
    await dialog.getByLabel('Question').fill('Which moments cost us trust?');
    await dialog.getByLabel('Dots per person').fill('3');
    await dialog.getByRole('radio', { name: 'One lane' }).check();
    await dialog.getByRole('combobox', { name: 'Lane to vote on' }).selectOption({ label: 'Frontstage' });
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('7 cards take dots.');
    await dialog.getByRole('button', { name: 'Start vote' }).click();
    await votingRegion(page).waitFor();
    expect(await votingRegion(page).textContent()).toContain('Which moments cost us trust?');
    // Docked above the canvas: no card or header of the first lane lies under it.
    const [bar, blueprint] = [await votingRegion(page).boundingBox(), await canvas(page).boundingBox()];
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(blueprint!.y + 0.5);
    // Frontstage cards take dots; others do not offer it.
    expect(await card(page, PRINTS).getByRole('button', { name: 'Add dot' }).count()).toBe(1);
    expect(await card(page, 'Signs the application').getByRole('button', { name: 'Add dot' }).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Voting as' }).inputValue()).not.toBe('');
  });

  it('takes the dots of two voters, within their budget, and a dot back', async () => {
    const { page } = app.session;
    const votingAs = page.getByRole('combobox', { name: 'Voting as' });
    await votingAs.selectOption({ label: 'Hanna Berg' });
    await expect.poll(dotsLeft).toContain('3 dots left');
    await addDot(PRINTS);
    await addDot(PRINTS);
    await addDot(CALLS);
    await expect.poll(dotsLeft).toContain('0 dots left');
    expect(await card(page, GREETED).getByRole('button', { name: 'Add dot' }).isDisabled()).toBe(true);
    await card(page, CALLS).getByRole('button', { name: 'Remove dot' }).click();
    await expect.poll(dotsLeft).toContain('1 dot left');
    await addDot(PRINTS);
    expect(await cardDescription(page, PRINTS)).toContain('3 dots from Hanna Berg');

    await page.getByRole('button', { name: 'Next voter' }).click();
    expect(await votingAs.inputValue()).not.toBe('');
    await expect.poll(async () => (await votingAs.locator('option:checked').textContent()) ?? '').toBe('Erik Lund');
    await expect.poll(dotsLeft).toContain('3 dots left');
    await addDot(STATUS);
    await addDot(CALLS);
    await addDot(PRINTS);
    await expect.poll(dotsLeft).toContain('0 dots left');
    // Votes are visible in this round: every voter's dots add up on the card.
    await expect.poll(() => cardDescription(page, PRINTS)).toBe('4 dots. 1 dots from Erik Lund');
    expect(await cardDescription(page, STATUS)).toBe('1 dots. 1 dots from Erik Lund');
  });

  it('closes the vote: the ranking, and "N dots" in each voted card\'s description', async () => {
    const { page } = app.session;
    await page.getByRole('button', { name: 'Close vote' }).click();
    await resultsRegion(page).waitFor();
    expect(await votingRegion(page).count()).toBe(0);
    const ranking = resultsRegion(page).getByRole('list', { name: 'Ranking' }).getByRole('listitem');
    // Equal dots share a rank, listed as the blueprint reads.
    expect(await ranking.allTextContents()).toEqual([`1Rank 1: ${PRINTS}4 dots`, `2Rank 2: ${STATUS}1 dot`, `2Rank 2: ${CALLS}1 dot`]);
    await expect.poll(() => cardDescription(page, PRINTS)).toBe('4 dots, ranked 1 of 3');
    expect(await cardDescription(page, STATUS)).toBe('1 dots, ranked 2 of 3');
    expect(await cardDescription(page, CALLS)).toBe('1 dots, ranked 2 of 3');
    expect(await cardDescription(page, GREETED)).not.toContain('dots');
    expect(await card(page, PRINTS).getByRole('button', { name: 'Add dot' }).count()).toBe(0);
  });

  it('undoes the close and the last dot, and redoes them', async () => {
    const { page } = app.session;
    await page.getByRole('button', { name: 'Undo' }).click();
    await votingRegion(page).waitFor();
    await expect.poll(() => cardDescription(page, PRINTS)).toBe('4 dots. 1 dots from Erik Lund');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => cardDescription(page, PRINTS)).toBe('3 dots');
    await expect.poll(dotsLeft).toContain('1 dot left');
    await page.getByRole('button', { name: 'Redo' }).click();
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => votingRegion(page).count()).toBe(0);
    await expect.poll(() => cardDescription(page, PRINTS)).toBe('4 dots, ranked 1 of 3');
  });

  it('keeps the round in the file: after a reload the result is on the cards', async () => {
    const { page } = app.session;
    await waitSaved(page);
    await page.reload();
    await card(page, PRINTS).waitFor();
    await expect.poll(() => cardDescription(page, PRINTS)).toBe('4 dots, ranked 1 of 3');
  });

  it('hides dots until the vote closes when asked, showing each voter only their own', async () => {
    const { page } = app.session;
    await page.getByRole('button', { name: 'Vote', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'New vote' });
    await dialog.getByLabel('Question').fill('Which pain hurts most?');
    await dialog.getByRole('radio', { name: 'One kind' }).check();
    await dialog.getByRole('combobox', { name: 'Kind of card to vote on' }).selectOption({ label: 'Pain point' });
    await dialog.getByRole('checkbox', { name: /Hide dots until the vote closes/ }).check();
    await dialog.getByRole('button', { name: 'Start vote' }).click();
    await votingRegion(page).waitFor();
    const pile = 'Paper pile undoes the good conversation';
    await page.getByRole('combobox', { name: 'Voting as' }).selectOption({ label: 'Hanna Berg' });
    await addDot(pile);
    await expect.poll(() => cardDescription(page, pile)).toBe('1 dots from Hanna Berg');
    await page.getByRole('combobox', { name: 'Voting as' }).selectOption({ label: 'Erik Lund' });
    // Erik cannot see Hanna's dot; he votes with the keyboard: D on the focused card, Shift+D takes it back.
    await expect.poll(() => cardDescription(page, pile)).toBe('');
    await card(page, pile).focus();
    await page.keyboard.press('d');
    await expect.poll(() => cardDescription(page, pile)).toBe('1 dots from Erik Lund');
    await page.keyboard.press('Shift+D');
    await expect.poll(() => cardDescription(page, pile)).toBe('');
    expect(await card(page, PRINTS).getByRole('button', { name: 'Add dot' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Close vote' }).click();
    await expect.poll(() => cardDescription(page, pile)).toBe('1 dots, ranked 1 of 1');
    // The earlier round is one choice away in the results.
    const round = resultsRegion(page).getByRole('combobox', { name: 'Round' });
    const earlier = await round.locator('option', { hasText: 'Which moments cost us trust?' }).getAttribute('value');
    await round.selectOption(earlier!);
    await expect.poll(() => cardDescription(page, PRINTS)).toBe('4 dots, ranked 1 of 3');
    expect(app.session.errors).toEqual([]);
  });
});
