import { describe, expect, it } from 'vitest';
import { renderExport, type ExportOptions } from '../../../main/export';
import { generateDoc } from '../../fixtures/generate';
import { sampleDoc } from '../../unit/layout/sampleDoc';

const same = async (make: () => ReturnType<typeof sampleDoc>, options: ExportOptions) => {
  const a = Buffer.from(await renderExport(make(), options));
  const b = Buffer.from(await renderExport(make(), options));
  expect(a.length).toBeGreaterThan(100);
  expect(a.equals(b), `${options.format} ${options.page ?? ''} differs between runs`).toBe(true);
};

describe('exports are byte-identical run to run', () => {
  it.each<[string, Omit<ExportOptions, 'blueprintId'>]>([
    ['svg', { format: 'svg' }],
    ['csv', { format: 'csv' }],
    ['png', { format: 'png', scale: 1 }],
    ['pdf fit', { format: 'pdf' }],
    ['pdf a4', { format: 'pdf', page: 'a4' }],
  ])('sample: %s', async (_, options) => {
    await same(sampleDoc, { ...options, blueprintId: 'bp' });
  });

  it('2,000 cards: svg, csv, and pdf tiled on A1', async () => {
    const big = () => generateDoc({ cards: 2000, connectors: 1500 });
    await same(big, { format: 'svg', blueprintId: 'bp1' });
    await same(big, { format: 'csv', blueprintId: 'bp1' });
    await same(big, { format: 'pdf', page: 'a1', blueprintId: 'bp1' });
  });
});

describe('an empty blueprint', () => {
  it('exports in every format without lanes, stages or cards', async () => {
    const doc = sampleDoc();
    for (const format of ['svg', 'csv', 'png', 'pdf'] as const) {
      const bytes = await renderExport(doc, { format, blueprintId: 'bp2', page: 'a4' });
      expect(bytes.length, format).toBeGreaterThan(50);
    }
  });
});
