// Measurements of the facilitation benchmark that run in the page or drive its clock.
import type { Page } from 'playwright-core';
import type { Chromium } from '../../e2e/harness';

/** How many cards on screen show dots, comment badges and their owner's department colour. */
export function dotsOnScreen(page: Page): Promise<{ dots: number; comments: number; owners: number }> {
  return page.evaluate(() => ({
    dots: document.querySelectorAll('.react-flow__node .fs-dot-button.is-add').length,
    comments: document.querySelectorAll('.react-flow__node[data-comments]').length,
    owners: document.querySelectorAll('.react-flow__node[data-dept]').length,
  }));
}

/**
 * Clicks Add dot `clicks` times on cards on screen. Each click is timed from the click to the
 * updated cards styled and laid out (the app updates the DOM within the click; reading a box
 * then makes Chromium style and lay out the page): the work that must fit in one frame. `frames`
 * is the time to the next frame after that, which adds the wait for the display's next refresh.
 * With `spendLast`, the voter is first brought to one dot left, and the clicks alternate spending
 * it (every card's Add dot turns off) and Remove dot (every one turns on again).
 */
export async function addDots(page: Page, clicks: number, spendLast: boolean): Promise<{ times: number[]; frames: number[]; repainted: number }> {
  return page.evaluate(async ({ clicks, spendLast }) => {
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const settle = () => new Promise<void>((r) => setTimeout(r, 60));
    const visible = () => [...document.querySelectorAll<HTMLElement>('.react-flow__node')].filter((n) => {
      const r = n.getBoundingClientRect();
      return r.top > 150 && r.bottom < innerHeight - 40 && r.left > 220 && r.right < innerWidth - 420 && n.querySelector('.fs-dot-button.is-add');
    });
    const left = () => Number(document.querySelector('.fs-voting-count')?.textContent ?? NaN);
    const dotsOf = (n: HTMLElement) => n.querySelectorAll('.fs-dots i').length + Number(n.querySelector('.fs-dots b')?.textContent ?? 0);
    const times: number[] = [];
    const frames: number[] = [];
    let repainted = 0;
    const cards = visible();
    if (!cards.length) throw new Error('no card with Add dot on screen');
    if (spendLast) {
      while (left() > 1) {
        cards[0]!.querySelector<HTMLButtonElement>('.fs-dot-button.is-add')!.click();
        await settle();
      }
    }
    for (let i = 0; i < clicks; i++) {
      // Spending the last dot and taking it back happen on the same card.
      const card = cards[(spendLast ? Math.floor(i / 2) : i) % cards.length]!;
      const removing = spendLast && i % 2 === 1;
      const button = card.querySelector<HTMLButtonElement>(removing ? '.fs-dot-button:not(.is-add)' : '.fs-dot-button.is-add')!;
      if (!button || button.disabled) throw new Error(`no enabled ${removing ? 'Remove' : 'Add'} dot on card ${card.dataset.id}`);
      const before = dotsOf(card);
      let changed = 0;
      const observer = new MutationObserver((records) => {
        const touched = new Set(records.map((r) => (r.target as Element).closest?.('.react-flow__node')).filter(Boolean));
        changed += touched.size;
      });
      observer.observe(document.querySelector('.react-flow__nodes')!, { subtree: true, childList: true, attributes: true, characterData: true });
      const t0 = performance.now();
      button.click();
      (card.querySelector('.fs-card-dots') ?? card).getBoundingClientRect();
      document.querySelector('.fs-voting-count')?.getBoundingClientRect();
      times.push(performance.now() - t0);
      await frame();
      frames.push(performance.now() - t0);
      observer.disconnect();
      if (spendLast && !removing) repainted = Math.max(repainted, changed);
      if (dotsOf(card) !== before + (removing ? -1 : 1) && !(dotsOf(card) > 6)) throw new Error(`card ${card.dataset.id} shows ${dotsOf(card)} dots after a click from ${before}`);
      await settle();
    }
    return { times, frames, repainted };
  }, { clicks, spendLast });
}

/**
 * Opens the workshop with Playwright's fake clock, starts a 45-minute agenda time-box, then lets
 * 30 minutes pass a minute at a time with the CPU throttled, reading the Timer after each jump.
 * Returns the worst difference, in seconds, between what it shows and what the wall clock says.
 */
export async function timerDrift(chromium: Chromium, url: string): Promise<{ worst: number; readings: string[]; cpu: number }> {
  const cpu = 4;
  const page = await chromium.context.newPage();
  const t0 = Date.parse('2026-05-04T09:00:00Z');
  await page.clock.install({ time: t0 });
  await page.goto(url);
  await page.getByRole('region', { name: 'Blueprint' }).getByRole('group').first().waitFor();
  await page.clock.pauseAt(t0 + 60_000);
  await page.getByRole('button', { name: 'Timer', exact: true }).click();
  const timer = page.getByRole('region', { name: 'Timer' });
  await page.getByRole('group', { name: 'Agenda on the timer' }).getByRole('button', { name: /^Begin the agenda: Walk the journey/ }).click();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const readings: string[] = [];
  let worst = 0;
  const shown = async () => {
    const text = (await timer.textContent()) ?? '';
    const m = /(\d+):(\d\d)/.exec(text);
    if (!m) throw new Error(`the Timer shows no time: "${text}"`);
    return { text: m[0], seconds: Number(m[1]) * 60 + Number(m[2]) };
  };
  for (let minute = 1; minute <= 30; minute++) {
    // The clock stands still between jumps (its timers too), so the page's render after the jump
    // is awaited in real time: up to a second for the Timer to show what the wall clock says.
    await page.clock.fastForward(60_000);
    const expected = (45 - minute) * 60;
    let reading = await shown();
    for (let tries = 0; tries < 20 && reading.seconds !== expected; tries++) {
      await page.waitForTimeout(50);
      reading = await shown();
    }
    readings.push(reading.text);
    worst = Math.max(worst, Math.abs(reading.seconds - expected));
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  await page.close();
  return { worst, readings, cpu };
}
