// The timer with Playwright's fake clock: start, pause, add a minute, reset, a reload in the
// middle of a countdown, an agenda item's time-box with planned against actual time, time up;
// and the compact timer in presentation mode's corner while the keyboard walks the stages.
import { describe, expect, it } from 'vitest';
import { appOnTemplate } from './suiteApp';
import { canvas, waitSaved } from './canvas';
import { timerClock, timerRegion } from './facilitation';
import { checkA11y, inBothThemes } from './a11y';

const T0 = Date.parse('2026-05-04T09:00:00Z');

describe('the timer', () => {
  const app = appOnTemplate('bank-branch', 'Mortgage workshop', (page) => canvas(page).getByRole('group').first().waitFor());
  const button = (name: string) => timerRegion(app.session.page).getByRole('button', { name, exact: true });

  it('counts down from timestamps: Start, Pause, Add minute, Reset', async () => {
    const { page } = app.session;
    // The fake clock takes over Date and timers from the next page load. It runs while the app
    // loads (painting waits for animation frames), then stands still until the test moves it.
    await page.clock.install({ time: T0 });
    await page.reload();
    await canvas(page).getByRole('group').first().waitFor();
    await page.clock.pauseAt(T0 + 60_000);
    await page.getByRole('button', { name: 'Timer', exact: true }).click();
    await timerRegion(page).waitFor();
    expect(await timerClock(page)).toBe('5:00');
    await button('Start').click();
    await page.clock.runFor(60_000);
    await expect.poll(() => timerClock(page)).toBe('4:00');
    await button('Pause').click();
    await page.clock.runFor(30_000);
    expect(await timerClock(page)).toBe('4:00');
    await button('Add minute').click();
    await expect.poll(() => timerClock(page)).toBe('5:00');
    await button('Start').click();
    await page.clock.runFor(90_500);
    await expect.poll(() => timerClock(page)).toBe('3:30');
    await button('Reset').click();
    await expect.poll(() => timerClock(page)).toBe('6:00');
  });

  it('keeps counting through a reload: the time left comes from the file and the clock', async () => {
    const { page } = app.session;
    await button('Start').click();
    await page.clock.runFor(125_000);
    await expect.poll(() => timerClock(page)).toBe('3:55');
    await waitSaved(page);
    const paused = await page.evaluate(() => Date.now());
    await page.clock.resume();
    await page.reload();
    await timerRegion(page).waitFor();
    // Wherever the reload left the clock, ten seconds after the pause the timer shows ten seconds less.
    await page.clock.pauseAt(paused + 10_000);
    await expect.poll(() => timerClock(page)).toBe('3:45');
    await page.clock.runFor(45_000);
    await expect.poll(() => timerClock(page)).toBe('3:00');
    expect(await button('Pause').count()).toBe(1);
  });

  it('counts an agenda item\'s time-box, and the agenda shows planned against actual', async () => {
    const { page } = app.session;
    await page.getByRole('tab', { name: 'Workshop' }).click();
    await page.getByRole('button', { name: 'Begin Walk the mortgage journey' }).click();
    await expect.poll(() => timerClock(page)).toBe('60:00');
    expect(await timerRegion(page).textContent()).toContain('Walk the mortgage journey');
    // The region's own buttons are found by their names alone, whatever the agenda's titles say.
    for (const name of ['Pause', 'Add minute', 'Reset']) expect(await timerRegion(page).getByRole('button', { name }).count(), name).toBe(1);
    await page.clock.runFor(10 * 60_000);
    await expect.poll(() => timerClock(page)).toBe('50:00');
    await expect.poll(async () => (await page.locator('.fs-agenda-actual').allTextContents()).join(' | ')).toContain('1 h planned · 10 min actual');
    // Next item: the walk is done with its 10 minutes, the next time-box starts.
    await page.getByRole('group', { name: 'Agenda on the timer' }).getByRole('button', { name: /^Next: Standards for every branch/ }).click();
    await expect.poll(() => timerClock(page)).toBe('45:00');
    const agenda = page.getByRole('checkbox', { name: 'Agenda item 2 done' });
    expect(await agenda.isChecked()).toBe(true);
  });

  it('says when time is up, and counts the overrun', async () => {
    const { page } = app.session;
    await page.clock.runFor(45 * 60_000 + 20_000);
    await expect.poll(() => timerRegion(page).textContent()).toContain('Time is up · 0:20 over');
    expect(await timerClock(page)).toBe('0:00');
    await expect.poll(async () => (await page.locator('.fs-agenda-actual').allTextContents()).join(' | ')).toContain('45 min planned · 45 min actual');
    expect(app.session.errors).toEqual([]);
  });
});

describe('the timer while presenting', () => {
  const app = appOnTemplate('home-espresso', 'Espresso workshop', (page) => canvas(page).getByRole('group').first().waitFor(), { width: 1280, height: 720 });

  it('sits in the corner of the presentation bar and keeps counting while the keyboard walks the stages', async () => {
    const { page } = app.session;
    // Installed without pausing: the fake clock runs with real time, and jumps when told.
    await page.clock.install();
    await page.getByRole('button', { name: 'Timer', exact: true }).click();
    await timerRegion(page).getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: /^Present/ }).first().click();
    const bar = page.getByRole('toolbar', { name: 'Presentation' });
    await bar.waitFor();
    // The template's time-box is 25 minutes. One Timer on screen, the compact one in the bar, at the screen's bottom right.
    expect(await page.getByRole('region', { name: 'Timer' }).count()).toBe(1);
    const timer = bar.getByRole('region', { name: 'Timer' });
    const box = (await timer.boundingBox())!;
    expect(box.x).toBeGreaterThan(1280 / 2);
    expect(box.y + box.height).toBeGreaterThan(720 - 90);
    expect(await timer.getByRole('button', { name: 'Reset' }).count()).toBe(0);

    const where = () => bar.locator('.fs-present-where').innerText();
    await canvas(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(where).toBe('Stage 2 of 5');
    await page.clock.fastForward(60_000);
    await expect.poll(() => timerClock(page)).toMatch(/^(24:00|23:5\d)$/);
    await page.keyboard.press('PageDown');
    await expect.poll(where).toBe('Stage 3 of 5');
    await page.keyboard.press('PageUp');
    await expect.poll(where).toBe('Stage 2 of 5');

    await inBothThemes(page, (theme) => checkA11y(page, `presenting with the timer, ${theme}`, { include: '.fs-present-bar' }));
    await timer.getByRole('button', { name: 'Add minute' }).click();
    await expect.poll(() => timerClock(page)).toMatch(/^(25:00|24:5\d)$/);
    await timer.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => timer.getByRole('button', { name: 'Start' }).count()).toBe(1);
    expect(app.session.errors).toEqual([]);
  });
});
