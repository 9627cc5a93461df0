import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTemplate } from '../../../main/templates';
import { writeWorkshopFile } from '../../../main/workshop';
import { cli, launch, requireBuild, tempDir, type Launched } from './harness';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The UI's API client against the real host in Chromium: token handling across a reload. */
describe('renderer api in a browser', () => {
  const tmp = tempDir();
  let host: Launched;
  let browser: Browser;

  beforeAll(async () => {
    requireBuild();
    const file = join(tmp.dir, 'clinic.frontstage');
    writeWorkshopFile(file, loadTemplate('blank', 'Dental clinic'));
    host = await launch(process.execPath, [cli, 'serve', file], { FRONTSTAGE_HOME: join(tmp.dir, 'home') });
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    host?.child.kill('SIGTERM');
    await host?.exited;
    tmp.remove();
  });

  it('drops the token from the address bar, keeps working after a reload, and is unreachable from another origin', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(host.url);
    // The token leaves the address; what remains names the open workshop, for a reload.
    await expect.poll(() => new URL(page.url()).searchParams.has('token')).toBe(false);
    expect(page.url()).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/(\\?workshop=[^&]+(&blueprint=\\w+)?)?$`));
    await page.reload();
    const info = await page.evaluate(async () => {
      const res = await fetch('/api/host.info', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      return res.json();
    });
    expect(info).toMatchObject({ ok: true, value: { kind: 'browser' } });
    expect(await page.evaluate(() => document.cookie)).toBe('');

    // Another origin (the same host under another name) gets nothing back.
    const other = await browser.newPage();
    await other.goto(`http://localhost:${host.port}/`);
    expect(await other.content()).toMatch(/Forbidden/);
    expect(errors).toEqual([]);
  });
});
