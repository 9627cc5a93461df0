// Opening a large workshop builds each card on screen once: nothing on the canvas is torn down
// and built again while the panels around it arrive after the first paint.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWorkshopFile } from '../../main/workshop';
import { generateDoc } from '../fixtures/generate';
import { canvas } from './canvas';
import { openApp, tempDir, type Session } from './harness';

describe('opening a workshop', () => {
  const tmp = tempDir();
  const file = join(tmp.dir, 'large.frontstage');
  let s: Session;

  beforeAll(async () => {
    writeWorkshopFile(file, generateDoc({ cards: 2000, connectors: 1500 }));
    s = await openApp({ file, home: tmp.dir, viewport: { width: 1600, height: 1000 } });
    await canvas(s.page).waitFor();
  });
  afterAll(async () => {
    await s?.close();
    tmp.remove();
  });

  it('builds each card on screen once, however the panels around the canvas arrive', async () => {
    const { page } = s;
    await page.addInitScript(() => {
      const removed: string[] = [];
      (window as unknown as { removedCards: string[] }).removedCards = removed;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.removedNodes) if (n instanceof Element && n.classList.contains('react-flow__node')) removed.push(n.getAttribute('aria-label') ?? '');
      }).observe(document, { childList: true, subtree: true });
    });
    for (let load = 0; load < 3; load++) {
      await page.reload();
      await canvas(page).locator('.react-flow__node').first().waitFor();
      await page.getByRole('complementary').first().waitFor();
      await page.waitForTimeout(800);
      const gone = await page.evaluate(() => (window as unknown as { removedCards: string[] }).removedCards);
      // Cards may leave the screen when the side panel narrows the canvas, but no card still on screen was rebuilt.
      const onScreen = new Set(await canvas(page).locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? '')));
      expect(gone.filter((name) => onScreen.has(name)), `load ${load + 1}`).toEqual([]);
    }
    expect(s.errors).toEqual([]);
  });
});
