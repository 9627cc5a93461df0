import { describe, expect, it } from 'vitest';
import { renderExport, ExportError } from '../../../main/export';
import { planPages } from '../../../main/export/pages';
import { LAYOUT, measureText } from '../../../shared/layout';
import { blueprintsOf, type WorkshopDoc } from '../../../shared/model';
import { renderSheet } from '../../../shared/render';
import { generateDoc } from '../../fixtures/generate';
import { sampleDoc } from '../../unit/layout/sampleDoc';
import { espressoDoc, firstPage, meanLuminance, pdfImages, pdfInfo, pdfText, squash } from './helpers';

const DPI = 20;

// pdfkit has no bidi algorithm: right-to-left titles are drawn, but pdftotext reads them back
// scrambled (a known limit, see docs/exports.md).
const RTL = /[\u0590-\u08FF]/;

/** Every title the sheet shows, as the card's own text, or the part that fits when it is clamped. */
function shownTitles(doc: WorkshopDoc, blueprintId: string): string[] {
  return renderSheet(doc, blueprintId).layout.cards.filter((box) => !RTL.test(doc.cards[box.id]!.title)).map((box) => {
    const last = box.titleLines[box.titleLines.length - 1] ?? '';
    return last.endsWith('…') ? box.titleLines.join(' ').slice(0, -1) : doc.cards[box.id]!.title;
  });
}

function expectEveryTitle(pdf: Uint8Array, doc: WorkshopDoc, blueprintId: string): void {
  const text = squash(pdfText(pdf));
  const missing = shownTitles(doc, blueprintId).filter((t) => !text.includes(squash(t)));
  expect(missing).toEqual([]);
}

/** Lane names sit where the layout puts them, centred in their headers: darker than the empty foot of the header. */
function expectLaneHeaders(pdf: Uint8Array, doc: WorkshopDoc, blueprintId: string, page: 'fit' | 'a1'): void {
  const sheet = renderSheet(doc, blueprintId);
  const plan = planPages(sheet.width, sheet.height, page);
  const raster = firstPage(pdf, DPI);
  const k = (plan.scale * DPI) / 72;
  const at = (x: number, y: number) => [(plan.contentX + (sheet.grid.x + x) * k * (72 / DPI)) * (DPI / 72), (plan.contentY + (sheet.grid.y + y) * k * (72 / DPI)) * (DPI / 72)] as const;
  let checked = 0;
  for (const lane of sheet.layout.lanes) {
    const [, pageBottom] = at(0, lane.y + lane.height);
    if (pageBottom > raster.height) break;
    const textWidth = measureText(lane.nameLines[0]!, LAYOUT.laneHeaderFontSize, 'bold');
    // The name sits in the middle of its header, as on the canvas.
    const top = lane.y + lane.height / 2 - (lane.nameLines.length * LAYOUT.laneHeaderLineHeight) / 2;
    const [tx1, ty1] = at(LAYOUT.laneHeaderPadding, top + 2);
    const [tx2, ty2] = at(LAYOUT.laneHeaderPadding + textWidth, top + 14);
    const [ex1, ey1] = at(LAYOUT.laneHeaderPadding, lane.y + lane.height - 28);
    const [ex2, ey2] = at(LAYOUT.laneHeaderPadding + textWidth, lane.y + lane.height - 8);
    const name = meanLuminance(raster, tx1, ty1, tx2, ty2);
    const empty = meanLuminance(raster, ex1, ey1, ex2, ey2);
    expect(empty, `empty foot of lane header "${lane.name}"`).toBeGreaterThan(225);
    expect(name, `lane header "${lane.name}"`).toBeLessThan(empty - 10);
    checked++;
  }
  expect(checked).toBeGreaterThan(2);
  let ink = 0;
  for (let i = 0; i < raster.rgb.length; i += 3) if (raster.rgb[i]! < 235) ink++;
  expect(ink / (raster.width * raster.height), 'share of inked pixels').toBeGreaterThan(0.02);
}

describe('PDF export', () => {
  const espresso = espressoDoc();
  const espressoBp = blueprintsOf(espresso)[0]!.id;

  it('fits the sample on one page with every card title as real text and the lane headers in place', async () => {
    const pdf = await renderExport(espresso, { format: 'pdf', blueprintId: espressoBp });
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfInfo(pdf)['Pages']).toBe('1');
    expectEveryTitle(pdf, espresso, espressoBp);
    expectLaneHeaders(pdf, espresso, espressoBp, 'fit');
    const text = pdfText(pdf);
    for (const label of ['Line of interaction', 'Line of visibility', 'Line of internal interaction', espresso.workshop.title]) {
      expect(squash(text)).toContain(squash(label));
    }
  });

  it('embeds the bundled font and takes its dates from the workshop, not the clock', async () => {
    const pdf = Buffer.from(await renderExport(sampleDoc(), { format: 'pdf', blueprintId: 'bp', page: 'a3' }));
    const info = pdfInfo(pdf);
    expect(info['Page size']).toMatch(/^1190\.5\d* x 841\.8\d* pts \(A3\)/);
    expect(info['CreationDate']).toContain('2026');
    expect(pdf.includes('DejaVuSans')).toBe(true);
    expectEveryTitle(pdf, sampleDoc(), 'bp');
  });

  it('keeps 2,000 cards whole: one fit page, or A1 tiles that each carry crop marks and a page label', async () => {
    const big = generateDoc({ cards: 2000, connectors: 1500 });
    const fit = await renderExport(big, { format: 'pdf', blueprintId: 'bp1', page: 'fit' });
    expectEveryTitle(fit, big, 'bp1');
    expectLaneHeaders(fit, big, 'bp1', 'fit');

    const a1 = await renderExport(big, { format: 'pdf', blueprintId: 'bp1', page: 'a1' });
    const info = pdfInfo(a1);
    const sheet = renderSheet(big, 'bp1');
    const plan = planPages(sheet.width, sheet.height, 'a1');
    expect(plan.tiles.length).toBeGreaterThan(1);
    expect(plan.scale).toBeGreaterThanOrEqual(0.45);
    expect(info['Pages']).toBe(String(plan.tiles.length));
    expect(info['Page size']).toMatch(/^2383\.9\d* x 1683\.7\d* pts \(A1\)/);
    expectEveryTitle(a1, big, 'bp1');
    expectLaneHeaders(a1, big, 'bp1', 'a1');
    expect(pdfText(a1)).toContain(`page ${plan.tiles.length} of ${plan.tiles.length}`);
  });

  it('embeds a PNG photo of physical evidence and keeps a placeholder for one that is damaged', async () => {
    const doc = sampleDoc();
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    doc.assets['a1'] = { id: 'a1', name: 'ad.png', mime: 'image/png', data: png };
    doc.assets['a2'] = { id: 'a2', name: 'broken.png', mime: 'image/png', data: Buffer.from('not a png at all').toString('base64') };
    doc.cards['c6']!.imageId = 'a1';
    doc.cards['c4']!.imageId = 'a2';
    const pdf = await renderExport(doc, { format: 'pdf', blueprintId: 'bp' });
    expect(pdfImages(pdf)).toBe(1);
    expectEveryTitle(pdf, doc, 'bp');
    const svg = Buffer.from(await renderExport(doc, { format: 'svg', blueprintId: 'bp' })).toString('utf8');
    expect(svg).toContain(`href="data:image/png;base64,${png}"`);
    expect((await renderExport(doc, { format: 'png', blueprintId: 'bp' })).length).toBeGreaterThan(1000);
  });

  it('refuses an unknown blueprint or page size with a message, not a crash', async () => {
    await expect(renderExport(sampleDoc(), { format: 'pdf', blueprintId: 'nope' })).rejects.toThrow(ExportError);
    await expect(renderExport(sampleDoc(), { format: 'pdf', blueprintId: 'bp', page: 'b5' as never })).rejects.toThrow(/unknown page size "b5"/);
  });
});
