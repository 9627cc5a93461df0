// Issue 14 item 8: one workshop open in two tabs. A card added in tab A, then two in tab B:
// every card reaches the file and both tabs, and neither tab says Saved before the file has it.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkshop } from '../../main/workshop';
import { canvas, cardTitles, doubleClickCell, waitSaved } from './canvas';
import { cli, launchChromium, startHost, tempDir, type Chromium, type Host } from './harness';

const SAVED = /^(Saved|All changes saved)/;

/** Every text the save status showed, with the page's clock, kept in the page. */
async function watchStatus(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: [number, string][] = [];
    (window as unknown as { statusLog: typeof log }).statusLog = log;
    new MutationObserver(() => {
      const text = document.querySelector('.fs-save-status')?.textContent ?? '';
      if (text && log[log.length - 1]?.[1] !== text) log.push([Date.now(), text]);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

const statusLog = (page: Page) => page.evaluate(() => (window as unknown as { statusLog: [number, string][] }).statusLog);

async function addCards(page: Page, lane: string, titles: string[]): Promise<void> {
  await doubleClickCell(page, lane, 'Step 1', 0);
  const editor = page.getByRole('textbox', { name: 'Card title' });
  for (const title of titles) {
    await editor.waitFor();
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
  }
  await editor.waitFor();
  await page.keyboard.press('Escape');
  await expect.poll(() => editor.count()).toBe(0);
}

const fileTitles = (file: string) => Object.values(readWorkshop(file).doc.cards).map((c) => c.title);

describe('one workshop in two tabs', () => {
  const tmp = tempDir();
  const file = join(tmp.dir, 'two-tabs.frontstage');
  let host: Host;
  let browser: Chromium;
  let a: Page;
  let b: Page;
  const errors: string[] = [];
  // Tab A's push connection, through a route the test can cut like a dropped Wi-Fi.
  let aSocket: WebSocketRoute | null = null;
  let aBlocked = false;

  beforeAll(async () => {
    cli(['new', file, '--template', 'consumption-process', '--title', 'Two tabs'], { FRONTSTAGE_HOME: tmp.dir });
    host = await startHost({ file, home: tmp.dir });
    browser = await launchChromium();
    a = browser.context.pages()[0] ?? (await browser.context.newPage());
    b = await browser.context.newPage();
    await a.routeWebSocket(/\/api\/push$/, (ws) => {
      if (aBlocked) return void ws.close({ code: 4000, reason: 'network down' });
      aSocket = ws;
      ws.connectToServer();
    });
    for (const page of [a, b]) {
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      await watchStatus(page);
      await page.goto(host.url);
      await canvas(page).waitFor();
    }
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop().catch(() => undefined);
    tmp.remove();
  });

  it('keeps every card from both tabs, in both tabs and in the file', async () => {
    await addCards(a, 'Customer actions', ['Card from A']);
    const bStarted = await b.evaluate(() => Date.now());
    await addCards(b, 'Frontstage', ['First from B', 'Second from B']);
    const all = ['Card from A', 'First from B', 'Second from B'];
    for (const page of [a, b]) {
      await expect.poll(async () => (await cardTitles(page)).sort(), { timeout: 10_000 }).toEqual(all);
    }
    await waitSaved(b);
    await waitSaved(a);
    expect(fileTitles(file).sort()).toEqual(all);
    // Saved was never said before the file had B's cards.
    const written = statSync(file).mtimeMs;
    for (const page of [a, b]) {
      const early = (await statusLog(page)).filter(([at, text]) => at >= bStarted && at < written - 5 && SAVED.test(text));
      expect(early, `${page === a ? 'tab A' : 'tab B'} said Saved before the file had every card`).toEqual([]);
    }
    for (const page of [a, b]) expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('undoes in one tab only what that tab did', async () => {
    await b.getByRole('button', { name: 'Undo' }).click();
    for (const page of [a, b]) {
      await expect.poll(async () => (await cardTitles(page)).sort()).toEqual(['Card from A', 'First from B']);
    }
  });

  it('says when a tab lost its connection, and catches it up when it is back', async () => {
    aBlocked = true;
    await aSocket!.close({ code: 4000, reason: 'network down' });
    const status = a.getByRole('banner').locator('.fs-save-status');
    await expect.poll(() => status.textContent()).toMatch(/^Not connected/);
    await addCards(b, 'Backstage', ['Added while A was away']);
    await waitSaved(b);
    expect(await cardTitles(a)).not.toContain('Added while A was away');
    aBlocked = false;
    await expect.poll(async () => (await cardTitles(a)).sort(), { timeout: 15_000 }).toEqual(['Added while A was away', 'Card from A', 'First from B']);
    await waitSaved(a);
  });

  it('has every card in the file after the host stops', async () => {
    await waitSaved(b);
    expect(await host.stop()).toBe(0);
    expect(fileTitles(file).sort()).toEqual(['Added while A was away', 'Card from A', 'First from B']);
    expect(errors).toEqual([]);
  });
});
