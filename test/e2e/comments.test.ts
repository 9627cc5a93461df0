// Comments on a card in Card details: written as a participant, answered in a thread, counted on
// the card, listed among the workshop's open comments, resolved, and still there after a reload.
import { describe, expect, it } from 'vitest';
import { appOnTemplate } from './suiteApp';
import { canvas, card, cardForm, waitSaved } from './canvas';
import { cardDescription } from './facilitation';

const CARD = 'Status in the banking app';

describe('comments', () => {
  const app = appOnTemplate('bank-branch', 'Mortgage workshop', async (page) => {
    await canvas(page).getByRole('group').first().waitFor();
    await page.getByRole('button', { name: /^Fit blueprint/ }).click();
  }, { width: 1920, height: 1080 });
  const comments = () => cardForm(app.session.page).getByRole('region', { name: 'Comments' });

  it('adds a comment as a participant and a reply, and counts the open thread on the card', async () => {
    const { page } = app.session;
    await card(page, CARD).click();
    await comments().waitFor();
    expect(await comments().textContent()).toContain('No comments yet.');
    await comments().getByRole('combobox', { name: 'Author' }).selectOption({ label: 'Ali Karimi · Customer service' });
    await cardForm(page).getByRole('textbox', { name: 'Comment' }).fill('Customers call us because the app says nothing for nine days.');
    await cardForm(page).getByRole('button', { name: 'Add comment' }).click();
    await expect.poll(() => comments().getByRole('article').count()).toBe(1);
    expect(await cardForm(page).getByRole('textbox', { name: 'Comment' }).inputValue()).toBe('');
    const thread = comments().getByRole('article', { name: 'Thread by Ali Karimi' });
    expect(await thread.textContent()).toContain('Customer service');
    await thread.getByRole('button', { name: 'Reply to Ali Karimi' }).click();
    await thread.getByRole('textbox', { name: 'Reply to Ali Karimi' }).fill('Underwriting could post each step.');
    await thread.getByRole('button', { name: 'Add reply' }).click();
    await expect.poll(() => thread.textContent()).toContain('Underwriting could post each step.');
    await expect.poll(() => cardDescription(page, CARD)).toBe('1 open comment');
    // The badge on the card: its count, drawn from the card node's data-comments.
    expect(await card(page, CARD).getAttribute('data-comments')).toBe('1');
  });

  it('lists it among the open comments of the workshop, then resolves it', async () => {
    const { page } = app.session;
    await page.getByRole('tab', { name: 'Workshop' }).click();
    const open = page.locator('.fs-open-comments');
    await expect.poll(() => open.textContent()).toContain('Customers call us because');
    await open.getByRole('button', { name: CARD, exact: true }).click();
    await comments().waitFor();
    await comments().getByRole('button', { name: 'Resolve comment by Ali Karimi' }).click();
    await expect.poll(() => cardDescription(page, CARD)).toBe('');
    expect(await card(page, CARD).getAttribute('data-comments')).toBeNull();
    expect(await comments().getByRole('button', { name: 'Show 1 resolved thread' }).count()).toBe(1);
  });

  it('keeps the thread and its resolution in the file', async () => {
    const { page } = app.session;
    await waitSaved(page);
    await page.reload();
    await card(page, CARD).click();
    await comments().getByRole('button', { name: 'Show 1 resolved thread' }).click();
    const thread = comments().getByRole('article', { name: 'Thread by Ali Karimi, resolved' });
    expect(await thread.textContent()).toContain('Underwriting could post each step.');
    await thread.getByRole('button', { name: 'Reopen comment by Ali Karimi' }).click();
    await expect.poll(() => cardDescription(page, CARD)).toBe('1 open comment');
    expect(app.session.errors).toEqual([]);
  });
});
