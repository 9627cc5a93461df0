// Issue 14 (work is never lost): an edit is shown at once and reaches the host a moment later.
// Reloading or closing the tab in that moment asks first, and the edit still reaches the file.
import { join } from 'node:path';
import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkshop } from '../../main/workshop';
import { canvas, cardTitles, doubleClickCell, waitSaved } from './canvas';
import { cli, openApp, tempDir, type Session } from './harness';

describe('leaving with an edit on its way', () => {
  const tmp = tempDir();
  const file = join(tmp.dir, 'leave.frontstage');
  let s: Session;
  const held: Route[] = [];
  let holding = true;

  beforeAll(async () => {
    cli(['new', file, '--template', 'consumption-process', '--title', 'Leave'], { FRONTSTAGE_HOME: tmp.dir });
    s = await openApp({ file, home: tmp.dir });
    await canvas(s.page).waitFor();
    // A slow host: the edit's request waits here until the test lets it through.
    await s.page.route(/\/api\/workshop\.submit$/, (route) => (holding ? void held.push(route) : void route.continue()));
  });
  afterAll(async () => {
    await s?.close();
    tmp.remove();
  });

  it('asks before a reload, keeps the edit when the user stays, and saves it', async () => {
    const { page } = s;
    await doubleClickCell(page, 'Customer actions', 'Step 1', 0);
    const editor = page.getByRole('textbox', { name: 'Card title' });
    await editor.waitFor();
    await page.keyboard.type('Typed just before leaving');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('banner').locator('.fs-save-status').textContent()).toBe('Saving…');

    const asked = page.waitForEvent('dialog');
    void page.evaluate(() => location.reload());
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    expect(await cardTitles(page)).toContain('Typed just before leaving');

    holding = false;
    for (const route of held.splice(0)) await route.continue();
    await waitSaved(page);
    const titles = Object.values(readWorkshop(file).doc.cards).map((c) => c.title);
    expect(titles).toContain('Typed just before leaving');
    // Nothing on its way: a reload goes ahead without asking.
    const askedAgain: string[] = [];
    page.on('dialog', (d) => void askedAgain.push(d.type()));
    await page.reload();
    await canvas(page).waitFor();
    expect(askedAgain).toEqual([]);
    expect(await cardTitles(page)).toContain('Typed just before leaving');
    expect(s.errors).toEqual([]);
  });
});
