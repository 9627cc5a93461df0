// Every screen of running a workshop, opened at the 1280×720 of a projector in the light and the
// dark theme: the voting bar and New vote, the dots and results on the cards, the timer (running,
// and at zero), the agenda, the comments, the parking lot and the legend's departments. Each is
// checked with axe-core (no violation of any impact) in both themes, and screenshotted when
// FRONTSTAGE_SHOTS names a folder.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appOnTemplate } from './suiteApp';
import { canvas, card } from './canvas';
import { parkingRegion, resultsRegion, timerRegion, votingRegion } from './facilitation';
import { checkA11y, inBothThemes } from './a11y';

const SHOTS = process.env.FRONTSTAGE_SHOTS;

/** Checks the screen as it is in both themes; `part` is the selector of the panel or dialog it is about. */
async function look(page: Page, screen: string, part: string): Promise<void> {
  expect(await page.locator(part).count(), `${screen}: ${part} is on screen`).toBeGreaterThan(0);
  await inBothThemes(page, async (theme) => {
    await checkA11y(page, `facilitation: ${screen}, ${theme}`, { include: part });
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `facilitation-${screen}-${theme}.png`) });
  });
}

describe('facilitation screens on a projector', () => {
  const app = appOnTemplate('home-espresso', 'Espresso workshop', (page) => canvas(page).getByRole('group').first().waitFor(), { width: 1280, height: 720 });

  it('New vote and the voting bar', async () => {
    const { page } = app.session;
    await page.getByRole('button', { name: 'Vote', exact: true }).click();
    await page.getByRole('dialog', { name: 'New vote' }).getByLabel('Question').fill('Which moments hurt customers most?');
    await look(page, 'new-vote', '[role="dialog"]');
    await page.getByRole('button', { name: 'Start vote' }).click();
    await votingRegion(page).waitFor();
    const buttons = canvas(page).getByRole('button', { name: 'Add dot' });
    for (const i of [2, 2, 5]) await buttons.nth(i).click();
    await look(page, 'voting', '.fs-voting');
    await look(page, 'dots on cards', '.react-flow__node');
  });

  it('the results of the vote, ranked and on the cards', async () => {
    const { page } = app.session;
    await page.getByRole('button', { name: 'Close vote' }).click();
    await resultsRegion(page).waitFor();
    await look(page, 'results', '.fs-results');
    await look(page, 'results on cards', '.react-flow__node');
    await resultsRegion(page).getByRole('button', { name: 'Hide vote results' }).click();
  });

  it('the timer on an agenda item, and at zero', async () => {
    const { page } = app.session;
    await page.getByRole('button', { name: 'Timer', exact: true }).click();
    await timerRegion(page).waitFor();
    await look(page, 'timer', '.fs-timer');
    await page.getByRole('tab', { name: 'Workshop' }).click();
    await page.getByRole('button', { name: /^Begin Walk the journey/ }).click();
    await look(page, 'agenda', '.fs-agenda-row');
    await timerRegion(page).getByRole('button', { name: 'Reset' }).click();
    await page.clock.install();
    await timerRegion(page).getByRole('button', { name: 'Start' }).click();
    await page.clock.fastForward(61 * 60_000);
    await expect.poll(() => timerRegion(page).textContent()).toContain('Time is up');
    // The pulse at zero runs until the timer is paused; with reduced motion it is a steady ring,
    // which is what is checked (the theme switch waits for animations to end).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await page.evaluate(() => document.getAnimations().filter((a) => a.effect?.getTiming().iterations === Infinity).length)).toBe(0);
    await look(page, 'timer-up', '.fs-timer');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await timerRegion(page).getByRole('button', { name: 'Pause' }).click();
    await timerRegion(page).getByRole('button', { name: 'Hide timer' }).click();
  });

  it('comments in Card details', async () => {
    const { page } = app.session;
    await card(page, 'Walks in and looks around').click();
    const form = page.getByRole('form', { name: 'Card details' });
    await form.getByRole('textbox', { name: 'Comment' }).fill('Is the host desk visible from the door?');
    await form.getByRole('button', { name: 'Add comment' }).click();
    await form.getByRole('region', { name: 'Comments' }).scrollIntoViewIfNeeded();
    await look(page, 'comments', '.fs-comments');
  });

  it('the parking lot and the departments in the legend', async () => {
    const { page } = app.session;
    await page.getByRole('button', { name: 'Parking lot', exact: true }).click();
    await parkingRegion(page).waitFor();
    await look(page, 'parking-lot', '.fs-parking');
    await look(page, 'legend', '.fs-legend');
    expect(app.session.errors).toEqual([]);
  });
});
