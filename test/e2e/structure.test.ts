// The sample workshop as people and screen readers meet it: a region named Blueprint, lane and
// step headers with their names, the three lines labelled, cards focusable and named by title.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, cli, openApp, tempDir, type Session } from './harness';
import { canvas, card, cardTitles, laneHeader, stepHeader } from './canvas';

interface Interchange {
  blueprints: { lanes: { name: string }[]; stages: { name: string; steps: { name: string }[] }[]; cards: { title: string }[] }[];
}

describe('the sample blueprint on screen', () => {
  const tmp = tempDir();
  const file = join(tmp.dir, 'espresso.frontstage');
  let s: Session;
  let sample: Interchange['blueprints'][number];

  beforeAll(async () => {
    cli(['new', file, '--template', 'home-espresso'], { FRONTSTAGE_HOME: tmp.dir });
    sample = (JSON.parse(cli(['export', file, '--format', 'json', '--out', '-'])) as Interchange).blueprints[0]!;
    s = await openApp({ file, home: tmp.dir, viewport: { width: 1600, height: 1000 } });
    await canvas(s.page).waitFor();
  });

  afterAll(async () => {
    await s?.close();
    tmp.remove();
  });

  it('names the canvas region Blueprint and offers the promised buttons', async () => {
    expect(await canvas(s.page).count()).toBe(1);
    for (const name of ['Add card', 'Undo', 'Redo', 'Export']) expect(await s.page.getByRole('button', { name, exact: true }).count(), name).toBe(1);
  });

  it('shows every lane, stage and step name in its header', async () => {
    for (const lane of sample.lanes) expect(await laneHeader(s.page, lane.name).count(), lane.name).toBe(1);
    for (const stage of sample.stages) {
      expect(await canvas(s.page).getByRole('columnheader', { name: stage.name }).count(), stage.name).toBeGreaterThan(0);
      for (const step of stage.steps) expect(await stepHeader(s.page, step.name).count(), step.name).toBeGreaterThan(0);
    }
  });

  it('labels the line of interaction, the line of visibility and the line of internal interaction', async () => {
    for (const line of ['Line of interaction', 'Line of visibility', 'Line of internal interaction']) {
      const label = canvas(s.page).getByText(line, { exact: true });
      expect(await label.count(), line).toBe(1);
      expect(await label.isVisible(), line).toBe(true);
    }
  });

  it('renders every card, once the whole blueprint is in view, as a focusable element named by its title', async () => {
    const { page } = s;
    // Fit stops at a readable zoom, which this large sample outgrows: zoom out until all of it shows.
    for (let i = 0; i < 8 && (await cardTitles(page)).length < sample.cards.length; i++) {
      await page.getByRole('button', { name: 'Zoom out' }).click();
      await page.waitForTimeout(400);
    }
    const titles = sample.cards.map((c) => c.title).sort();
    await expect.poll(async () => (await cardTitles(page)).sort()).toEqual(titles);
    for (const title of titles.slice(0, 8)) {
      await card(page, title).focus();
      expect(await card(page, title).evaluate((el) => el === document.activeElement), title).toBe(true);
    }
    // Arrow keys move between cards without a mouse.
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBeTruthy();
    // Back to a readable zoom, at which the blueprint is larger than the screen and pans.
    await page.getByRole('button', { name: 'Fit blueprint' }).click();
    await page.waitForTimeout(400);
  });

  it('pans with the wheel under a still pointer without hovering the cards it passes, then gives them the pointer back', async () => {
    const { page } = s;
    const moving = () => canvas(page).evaluate((section) => section.classList.contains('is-view-moving'));
    await expect.poll(moving).toBe(false);
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    const title = await page.locator('.react-flow__node').evaluateAll((nodes, p) => nodes.map((n) => ({ n, r: n.getBoundingClientRect() }))
      .find(({ r }) => r.left > p.x + 300 && r.top > p.y + 200 && r.right < p.x + p.width - 300 && r.bottom < p.y + p.height - 200)?.n.getAttribute('aria-label'), pane);
    if (!title) throw new Error('no card well inside the screen');
    const target = card(page, title);
    const box = (await target.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => target.locator('.react-flow__handle').count()).toBe(2);
    // Records, on each change of the canvas's classes, whether cards then take the pointer.
    await canvas(page).evaluate((section) => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      new MutationObserver(() => {
        const node = section.querySelector('.react-flow__node');
        seen.push(`${section.classList.contains('is-view-moving')}:${node ? getComputedStyle(node).pointerEvents : 'none left'}`);
      }).observe(section, { attributes: true, attributeFilter: ['class'] });
    });
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 40);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual(['true:none', 'false:all']);
    // The card that passed away from the pointer lost its handles; the one now under it can get them.
    const under = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('.react-flow__node')?.getAttribute('aria-label') ?? null, [box.x + box.width / 2, box.y + box.height / 2]);
    expect(under).not.toBe(title);
    expect(await target.locator('.react-flow__handle').count()).toBe(0);
  });

  it('keeps docs/screenshot.png, or makes it from the sample when there is none', async () => {
    const target = join(ROOT, 'docs', 'screenshot.png');
    if (!existsSync(target)) {
      // The opening view (readable, at the blueprint's start) rather than the fitted thumbnail.
      await s.page.reload();
      await canvas(s.page).waitFor();
      await card(s.page, 'Cashier takes payment and creates the Club account').click();
      await s.page.waitForTimeout(500);
      await s.page.screenshot({ path: target });
    }
    expect(existsSync(target)).toBe(true);
    expect(s.errors).toEqual([]);
  });
});
