// The fault suite, end to end: a workshop open in the browser host while its disk fills up, its
// folder becomes read-only, another program deletes, moves or replaces the file, the clock is set
// back, or the host is killed and the last writes are torn. In every case the last saved file is
// intact, the working copy offers the unsaved work after a crash, and the page says what
// happened in one sentence. Disks fail for real (test/fixtures/disks.ts picks tmpfs, a file-size
// limit or permissions, whichever this machine allows).
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkshop, writeWorkshopFile } from '../../main/workshop';
import { fullDisk, readOnlyFolder, type FaultyDisk } from '../fixtures/disks';
import { checkA11y, inBothThemes } from './a11y';
import { canvas, card, doubleClickCell, waitSaved } from './canvas';
import { cli, launchChromium, startHost, tempDir, type Chromium, type Host } from './harness';
import { hashOf } from '../main/cli/harness';

const SHOTS = process.env.FRONTSTAGE_SHOTS;
// About 9.5 KB: more than a save can fit in the pages the file already has.
const LONG_TEXT = Array.from({ length: 2_000 }, (_, i) => `w${i.toString(36)}x`).join(' ').slice(0, 9_500);

let browser: Chromium;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Light and dark screenshots of what the page says now, for a person to look at (FRONTSTAGE_SHOTS=dir). */
async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  // The theme is one attribute on <html> (renderer/state/ui.ts); set directly, a modal can stay open.
  const theme = (t: string) => page.evaluate((value) => void (document.documentElement.dataset.theme = value), t);
  await theme('light');
  await page.screenshot({ path: join(SHOTS, `fault-${name}-light.png`) });
  await theme('dark');
  await page.screenshot({ path: join(SHOTS, `fault-${name}-dark.png`) });
  await theme('light');
}

async function openIn(host: Host): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(host.url);
  await canvas(page).waitFor();
  return page;
}

async function addCard(page: Page, title: string): Promise<void> {
  await doubleClickCell(page, 'Customer actions', 'Step 1');
  await page.getByRole('textbox', { name: 'Card title' }).waitFor();
  await page.keyboard.type(title);
  // Enter keeps the card and opens the next one below it, which Escape drops again.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await card(page, title).waitFor();
}

/** An edit large enough that saving it needs new room on the disk. */
async function describeCard(page: Page, title: string, text: string): Promise<void> {
  await card(page, title).click();
  await page.getByRole('form', { name: 'Card details' }).getByLabel('Description').fill(text);
  await page.getByRole('form', { name: 'Card details' }).getByLabel('Title').focus();
}

const saveNow = (page: Page) => page.getByRole('banner').locator('.fs-save-status').click();
/** The notice bar's sentence (without its Dismiss button), once it shows. */
async function alertText(page: Page): Promise<string> {
  const sentence = page.getByRole('alert').locator('span').first();
  await sentence.waitFor({ timeout: 15_000 });
  return (await sentence.innerText()).trim();
}

interface Opened { host: Host; page: Page; file: string; savedHash: string }

/** A workshop in `dir`, open in a host started by `disk` (or normally), with one card saved. */
async function openWorkshop(dir: string, home: string, disk?: FaultyDisk & { setSize?(n: number): void }, env?: NodeJS.ProcessEnv): Promise<Opened> {
  const file = join(dir, 'w.frontstage');
  mkdirSync(home, { recursive: true });
  cli(['new', file, '--template', 'blank', '--title', 'Fault drill']);
  if (disk?.strategy === 'nobody') chownSync(file, 65534, 65534);
  disk?.setSize?.(statSync(file).size);
  const host = await startHost({ file, home, env, spawnWith: disk?.spawn });
  const page = await openIn(host);
  await addCard(page, 'Saved before the fault');
  await saveNow(page);
  await waitSaved(page);
  expect(readWorkshop(file).doc.workshop.title).toBe('Fault drill');
  return { host, page, file, savedHash: hashOf(file) };
}

/** kill -9, then a fresh host on the same files: the page offers the unsaved work, and restores it. */
async function expectRecovery(file: string, home: string, restoredTitle: string, restoredText?: string): Promise<void> {
  const host = await startHost({ file, home });
  const page = await openIn(host).catch(async () => {
    const p = await browser.context.newPage();
    await p.goto(host.url);
    return p;
  });
  try {
    const prompt = page.getByRole('dialog', { name: 'Restore unsaved changes?' });
    await prompt.waitFor();
    expect(await prompt.innerText()).toContain('Frontstage closed before the last changes to w.frontstage were saved.');
    await shoot(page, `recovery-${restoredTitle.replace(/\W+/g, '-')}`);
    await inBothThemes(page, (theme) => checkA11y(page, `recovery prompt, ${theme}`));
    await prompt.getByRole('button', { name: 'Restore changes' }).click();
    await card(page, restoredTitle).waitFor();
    if (restoredText) {
      await card(page, restoredTitle).click();
      expect(await page.getByRole('form', { name: 'Card details' }).getByLabel('Description').inputValue()).toBe(restoredText);
    }
  } finally {
    await page.close();
    await host.stop();
  }
}

const temps = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

describe('fault suite', () => {
  it('the disk fills up during a save', async () => {
    const disk = fullDisk(4096);
    try {
      const { host, page, file, savedHash } = await openWorkshop(disk.dir, disk.home, disk);
      disk.fail();
      await describeCard(page, 'Saved before the fault', LONG_TEXT);
      await saveNow(page);

      const expected = disk.strategy === 'tmpfs'
        ? 'Could not save: the disk holding "w.frontstage" is full; your changes are kept in Frontstage, so free some space or use Save As to save elsewhere.'
        // Under a file-size limit SQLite sees a write error, not a full disk.
        : 'Could not save: "w.frontstage" could not be written (the disk could not be read or written); your changes are kept in Frontstage, so try again or use Save As.';
      expect(await alertText(page)).toBe(expected);
      await shoot(page, 'disk-full');
      await inBothThemes(page, (theme) => checkA11y(page, `save failed notice, ${theme}`));
      expect(await page.getByRole('banner').locator('.fs-save-status').innerText()).toContain('Unsaved changes');
      expect(hashOf(file)).toBe(savedHash);
      expect(temps(disk.dir)).toEqual([]);
      await host.kill();
      disk.heal();
      expect(hashOf(file)).toBe(savedHash);
      await expectRecovery(file, disk.home, 'Saved before the fault', LONG_TEXT);
    } finally {
      disk.remove();
    }
  });

  it('the folder becomes read-only while the workshop is open', async () => {
    const disk = readOnlyFolder();
    try {
      const { host, page, file, savedHash } = await openWorkshop(disk.dir, disk.home, disk);
      disk.fail();
      await addCard(page, 'Made in a read-only folder');
      await saveNow(page);
      expect(await alertText(page)).toBe(
        'Could not save: the folder of "w.frontstage" cannot be written (read-only or no permission); your changes are kept in Frontstage, so use Save As to save elsewhere.',
      );
      await shoot(page, 'read-only');
      expect(hashOf(file)).toBe(savedHash);
      await host.kill();
      disk.heal();
      expect(hashOf(file)).toBe(savedHash);
      await expectRecovery(file, disk.home, 'Made in a read-only folder');
    } finally {
      disk.remove();
    }
  });

  for (const how of ['deleted', 'moved'] as const) {
    it(`another program ${how === 'deleted' ? 'deletes' : 'moves'} the file while it is open`, async () => {
      const tmp = tempDir();
      try {
        const { host, page, file, savedHash } = await openWorkshop(tmp.dir, join(tmp.dir, 'home'));
        const moved = join(tmp.dir, 'elsewhere.frontstage');
        if (how === 'deleted') rmSync(file);
        else renameSync(file, moved);
        await addCard(page, 'Made after the file went');
        await saveNow(page);
        const note = page.getByRole('status').filter({ hasText: 'another program' });
        await note.waitFor();
        expect((await note.locator('span').innerText()).trim()).toBe('"w.frontstage" had been moved or deleted by another program, so your workshop was saved under its name again.');
        await shoot(page, `file-${how}`);
        if (how === 'deleted') await inBothThemes(page, (theme) => checkA11y(page, `saved-again note, ${theme}`));
        expect(Object.values(readWorkshop(file).doc.cards).map((c) => c.title).sort()).toEqual(['Made after the file went', 'Saved before the fault']);
        if (how === 'moved') expect(hashOf(moved)).toBe(savedHash);
        await note.getByRole('button', { name: 'Dismiss' }).click();
        await expect.poll(() => note.count()).toBe(0);
        await page.close();
        await host.stop();
      } finally {
        tmp.remove();
      }
    });
  }

  it('another program replaces the file while it is open', async () => {
    const tmp = tempDir();
    try {
      const { host, page, file } = await openWorkshop(tmp.dir, join(tmp.dir, 'home'));
      const theirs = readWorkshop(file).doc;
      theirs.workshop.title = 'Their version';
      writeWorkshopFile(file, theirs, { overwrite: true });
      const theirHash = hashOf(file);
      await addCard(page, 'Mine, made meanwhile');
      await saveNow(page);
      const dialog = page.getByRole('dialog', { name: 'The file changed on disk' });
      await dialog.waitFor();
      expect(await dialog.innerText()).toContain('Someone else saved this workshop\'s file while you were working.');
      await shoot(page, 'file-replaced');
      await inBothThemes(page, (theme) => checkA11y(page, `file changed on disk dialog, ${theme}`));
      expect(hashOf(file)).toBe(theirHash);
      const copy = readdirSync(tmp.dir).find((n) => n.startsWith('w (conflict '))!;
      expect(Object.values(readWorkshop(join(tmp.dir, copy)).doc.cards).map((c) => c.title)).toContain('Mine, made meanwhile');
      await page.close();
      await host.stop();
    } finally {
      tmp.remove();
    }
  });

  it('the clock is set back an hour while the workshop is open', async () => {
    const tmp = tempDir();
    try {
      const home = join(tmp.dir, 'home');
      const env = { NODE_OPTIONS: `--require ${join(__dirname, '..', 'fixtures', 'clockShift.cjs')}` };
      const { host, page, file } = await openWorkshop(tmp.dir, home, undefined, env);
      process.kill(host.pid, 'SIGUSR2');
      // The file looks as if saved in the future, as it does after the clock is set back.
      const ahead = new Date(Date.now() + 3_600_000);
      utimesSync(file, ahead, ahead);
      await addCard(page, 'Made after the clock went back');
      await saveNow(page);
      await waitSaved(page);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(readdirSync(tmp.dir).filter((n) => n.includes('conflict'))).toEqual([]);
      expect(Object.values(readWorkshop(file).doc.cards).map((c) => c.title)).toContain('Made after the clock went back');
      await shoot(page, 'clock-back');
      // Unsaved work made under the turned-back clock is still offered after a crash.
      await addCard(page, 'Unsaved, clock turned back');
      await expect.poll(() => page.getByRole('banner').locator('.fs-save-status').innerText()).toMatch(/Unsaved changes|Saving/);
      await new Promise((r) => setTimeout(r, 500));
      await host.kill();
      await expectRecovery(file, home, 'Unsaved, clock turned back');
    } finally {
      tmp.remove();
    }
  });

  it('a power cut tears the last writes: the file opens as saved and the surviving work is offered', async () => {
    const tmp = tempDir();
    try {
      const home = join(tmp.dir, 'home');
      const { host, page, file, savedHash } = await openWorkshop(tmp.dir, home);
      await addCard(page, 'Committed before the cut');
      await new Promise((r) => setTimeout(r, 500));
      await host.kill();
      // What a power cut leaves: a save's temp file cut short beside the workshop, and a WAL
      // whose last frames never reached the disk.
      const temp = join(tmp.dir, '.w.frontstage.0123456789ab.tmp');
      writeFileSync(temp, readFileSync(file).subarray(0, 20_000));
      const wal = readdirSync(join(home, 'working')).find((n) => n.endsWith('.sqlite-wal'))!;
      const walPath = join(home, 'working', wal);
      truncateSync(walPath, Math.max(32, statSync(walPath).size - 1000));
      expect(hashOf(file)).toBe(savedHash);
      await expectRecovery(file, home, 'Saved before the fault');
      expect(existsSync(file)).toBe(true);
    } finally {
      tmp.remove();
    }
  });
});

describe('a busy host', () => {
  it('says so in the export dialog when other exports fill its line, and exports again once they are done', async () => {
    const tmp = tempDir();
    try {
      const home = join(tmp.dir, 'home');
      mkdirSync(home);
      const file = join(tmp.dir, 'w.frontstage');
      cli(['new', file, '--template', 'home-espresso']);
      const host = await startHost({ file, home });
      const page = await openIn(host);
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await dialog.waitFor();
      // Another page (or script) with the token fills the line with large exports.
      const flood = page.evaluate(async (path) => {
        const call = (name: string, body: unknown) => fetch(`/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
        const { value } = await (await call('workshop.open', { path })).json();
        return Promise.all(Array.from({ length: 6 }, () => call('export.render', { session: value.session, format: 'png', scale: 3 }).then((r) => r.status)));
      }, file);
      await page.waitForTimeout(300);
      await dialog.getByRole('button', { name: /^Download/ }).click();
      const refusal = dialog.getByRole('alert');
      await refusal.waitFor();
      expect((await refusal.innerText()).trim()).toBe('Frontstage is busy with other exports or files; try again in a moment.');
      await shoot(page, 'host-busy');
      await inBothThemes(page, (theme) => checkA11y(page, `host busy in the export dialog, ${theme}`));
      expect((await flood).filter((s) => s === 503).length).toBeGreaterThan(0);
      const download = page.waitForEvent('download');
      await dialog.getByRole('button', { name: /^Download/ }).click();
      expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
      await expect.poll(() => refusal.count()).toBe(0);
      await page.close();
      await host.stop();
    } finally {
      tmp.remove();
    }
  });
});
