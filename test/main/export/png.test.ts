import { describe, expect, it } from 'vitest';
import { ExportError, renderExport } from '../../../main/export';
import { renderSheet } from '../../../shared/render';
import { generateDoc } from '../../fixtures/generate';
import { sampleDoc } from '../../unit/layout/sampleDoc';
import { pngSize, readPixels } from './helpers';

describe('PNG export', () => {
  it('has the sheet size in points times the scale', async () => {
    const doc = sampleDoc();
    const sheet = renderSheet(doc, 'bp');
    for (const scale of [0.5, 1, 2]) {
      const png = await renderExport(doc, { format: 'png', blueprintId: 'bp', scale });
      expect(pngSize(png)).toEqual({ width: Math.ceil(sheet.width * 0.75 * scale), height: Math.ceil(sheet.height * 0.75 * scale) });
    }
  });

  it('is white paper with the title inked where the sheet puts it', async () => {
    const doc = sampleDoc();
    const png = Buffer.from(await renderExport(doc, { format: 'png', blueprintId: 'bp', scale: 1 }));
    const { width, height } = pngSize(png);
    const pixel = readPixels(png, width, height);
    expect(pixel(2, 2)).toEqual([255, 255, 255, 255]);
    expect(pixel(width - 3, height - 3)).toEqual([255, 255, 255, 255]);
    // The workshop title: 22 px bold at (40, 60) on the sheet, 0.75 px per sheet px at scale 1.
    let dark = 0;
    for (let y = Math.round(45 * 0.75); y < Math.round(60 * 0.75); y++) {
      for (let x = 30; x < 200; x++) if (pixel(x, y)[0]! < 100) dark++;
    }
    expect(dark).toBeGreaterThan(100);
  });

  it('refuses a picture over the pixel limit with advice, before drawing anything', async () => {
    const big = generateDoc({ cards: 2000, connectors: 10 });
    const started = Date.now();
    const attempt = renderExport(big, { format: 'png', blueprintId: 'bp1', scale: 4 });
    await expect(attempt).rejects.toThrow(ExportError);
    await expect(attempt).rejects.toThrow(/megapixels.*--scale 1\.\d+ or less, or export a PDF/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses a scale out of range', async () => {
    await expect(renderExport(sampleDoc(), { format: 'png', blueprintId: 'bp', scale: 0 })).rejects.toThrow(/scale 0 is out of range/);
    await expect(renderExport(sampleDoc(), { format: 'png', blueprintId: 'bp', scale: Number.NaN })).rejects.toThrow(ExportError);
  });
});

/** Reads back the unfiltered RGBA rows this exporter writes (a filter byte other than 0 fails the test). */
