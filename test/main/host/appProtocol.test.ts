import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerAppRequest, isAppUrl } from '../../../main/electron/appRequests';
import { workshopFilesIn } from '../../../main/electron/argv';
import { tempDir } from './harness';

describe('app:// for the desktop UI', () => {
  const tmp = tempDir();
  const ui = join(tmp.dir, 'renderer');
  mkdirSync(ui);
  writeFileSync(join(ui, 'index.html'), '<!doctype html><title>Frontstage</title>');
  writeFileSync(join(ui, 'app.js'), 'console.log(1)');
  writeFileSync(join(tmp.dir, 'secret.txt'), 'not for the page');
  afterAll(() => tmp.remove());

  it('trusts only app://frontstage', () => {
    expect(isAppUrl('app://frontstage/index.html')).toBe(true);
    for (const url of ['app://evil/index.html', 'https://frontstage/index.html', 'file:///index.html', 'app://frontstage.evil/', 'not a url', '']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('serves the built UI with the CSP and the right types', async () => {
    const page = await answerAppRequest(ui, new Request('app://frontstage/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'none'; script-src 'self'/);
    expect(await page.text()).toContain('<title>Frontstage</title>');
    const script = await answerAppRequest(ui, new Request('app://frontstage/app.js'));
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await answerAppRequest(ui, new Request('app://frontstage/'))).status).toBe(200);
  });

  it('refuses paths outside the UI folder, other hosts and writes', async () => {
    for (const url of ['app://frontstage/../secret.txt', 'app://frontstage/%2e%2e/secret.txt', 'app://frontstage/..%2fsecret.txt', 'app://frontstage/..%5csecret.txt', 'app://other/index.html', 'app://frontstage/missing.js']) {
      const reply = await answerAppRequest(ui, new Request(url));
      expect(reply.status, url).toBe(404);
      expect(await reply.text()).not.toContain('not for the page');
    }
    expect((await answerAppRequest(ui, new Request('app://frontstage/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('finds workshop files on a command line', () => {
    const file = join(tmp.dir, 'Resort.FRONTSTAGE');
    writeFileSync(file, '');
    const argv = ['/opt/Frontstage/frontstage', '--no-sandbox', 'Resort.FRONTSTAGE', 'missing.frontstage', 'notes.txt'];
    expect(workshopFilesIn(argv, tmp.dir)).toEqual([file]);
  });
});
