import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfInfo, pdfText, squash } from '../main/export/helpers';
import { SECTIONS } from '../main/export/reportSections';
import { canvas } from './canvas';
import { tempDir } from './harness';
import { appOnTemplate } from './suiteApp';

const shots = process.env.FRONTSTAGE_SHOTS;

describe('the Export dialog offers the workshop report', () => {
  const app = appOnTemplate('bank-branch', 'Bank report', (page) => canvas(page).waitFor());

  it('downloads one PDF with every section, on the paper chosen', async () => {
    const { page } = app.session;
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: 'Workshop report (PDF)' }).check();
    await dialog.getByLabel('Page size').selectOption('letter');
    await dialog.getByRole('img').first().waitFor({ timeout: 20_000 });
    if (shots) await page.screenshot({ path: join(shots, 'export-report-light.png') });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download Workshop report (PDF)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('bank-report-current-state-report.pdf');
    const dir = tempDir();
    try {
      const path = join(dir.dir, 'report.pdf');
      await file.saveAs(path);
      const pdf = readFileSync(path);
      expect(pdfInfo(pdf)['Page size']).toMatch(/^792 x 612/);
      const text = squash(pdfText(pdf));
      for (const heading of SECTIONS) expect(text, heading).toContain(squash(heading));
    } finally {
      dir.remove();
    }
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain('bank-report-current-state-report.pdf');
    expect(app.session.errors).toEqual([]);
  });

  it('looks right in the dark theme too', async () => {
    const { page } = app.session;
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await page.getByRole('button', { name: 'Switch light/dark theme' }).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await dialog.getByRole('radio', { name: 'Workshop report (PDF)' }).check();
    await expect.poll(() => dialog.getByLabel('Page size').inputValue()).toBe('a4');
    await dialog.getByRole('img').first().waitFor({ timeout: 20_000 });
    if (shots) await page.screenshot({ path: join(shots, 'export-report-dark.png') });
    expect(app.session.errors).toEqual([]);
  });
});
