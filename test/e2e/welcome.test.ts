// `frontstage serve` without a file starts on the welcome screen: a workshop is made from a
// template there, lands as a file in the host's working directory, and is offered again as recent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cli, openApp, tempDir, type Session } from './harness';
import { canvas, cardTitles } from './canvas';

describe('the welcome screen', () => {
  const tmp = tempDir();
  let s: Session;

  beforeAll(async () => {
    s = await openApp({ home: tmp.dir });
  });

  afterAll(async () => {
    await s?.close();
    tmp.remove();
  });

  it('creates a workshop from a sample template', async () => {
    const { page } = s;
    await page.getByRole('heading', { name: 'New workshop' }).waitFor();
    await page.getByRole('radio', { name: /^Home espresso capsules/ }).check();
    await page.getByLabel('Workshop title').fill('Espresso at the mall');
    await page.getByRole('button', { name: 'Create workshop' }).click();
    await canvas(page).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Espresso at the mall');
    await expect.poll(async () => (await cardTitles(page)).length).toBeGreaterThan(10);
    expect(await cardTitles(page)).toContain('Notices the boutique while shopping');
  });

  it('wrote the new workshop as a file named after its title', () => {
    const file = join(tmp.dir, 'espresso-at-the-mall.frontstage');
    expect(readdirSync(tmp.dir)).toContain('espresso-at-the-mall.frontstage');
    const info = JSON.parse(cli(['info', file])) as { title: string; blueprints: { cards: number; touchpoints: number }[] };
    expect(info.title).toBe('Espresso at the mall');
    expect(info.blueprints[0]!.cards).toBeGreaterThan(10);
    expect(info.blueprints[0]!.touchpoints).toBeGreaterThan(0);
  });

  it('lists it under Recent after going back, and opens it from there', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Close workshop' }).click();
    const recent = page.getByRole('button', { name: /Espresso at the mall/ });
    await recent.waitFor();
    await recent.click();
    await canvas(page).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Espresso at the mall');
    expect(s.errors).toEqual([]);
  });

  it('says clearly when a recent file has gone', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Close workshop' }).click();
    const file = join(tmp.dir, 'espresso-at-the-mall.frontstage');
    await page.getByRole('button', { name: /Espresso at the mall/ }).waitFor();
    // Removed behind the app's back (the host has closed it, so this is the user's doing).
    rmSync(file);
    expect(existsSync(file)).toBe(false);
    await page.getByRole('button', { name: /Espresso at the mall/ }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/espresso-at-the-mall\.frontstage/);
    expect(await alert.innerText()).not.toMatch(/\bat .*\.(js|ts|cjs):\d+/);
  });
});
