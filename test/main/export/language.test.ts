// Every export says what the canvas says: the exported files are opened (SVG with sax, PDF with
// pdftotext and pdftoppm, PNG decoded) and searched for the gap, the owner, the fail-point
// mark, the strategy notes, three distinct lines and the legend in the canvas's names.
import { Resvg } from '@resvg/resvg-js';
import sax from 'sax';
import { describe, expect, it } from 'vitest';
import { renderExport } from '../../../main/export';
import { planPages } from '../../../main/export/pages';
import { CONNECTOR_KIND_LABELS } from '../../../shared/model';
import { FAIL_POINT_COLOR, LEGEND, LINE_STYLE, renderSheet, symbolOf, toSvg, type DisplayItem, type Sheet } from '../../../shared/render';
import { sampleDoc } from '../../unit/layout/sampleDoc';
import { firstPage, pdfText, pngSize, readPixels, squash } from './helpers';

const doc = sampleDoc();
const sheet = renderSheet(doc, 'bp');

/** What a card, the notes and the legend must say, in the canvas's words. */
const SAYS = [
  '▼2', 'Retail', 'Operations',
  'Standard: Page loads in < 2 s', 'Target 5 · current 3 · below target',
  'Concept: Signature aroma, "on-brand"', 'Brand: Crafted',
  ...LEGEND.flatMap((g) => g.entries.map((e) => e.name)),
  ...Object.values(CONNECTOR_KIND_LABELS).map((k) => k.label),
];

interface Svg { texts: string[]; elements: { name: string; attributes: Record<string, string> }[] }

function parseSvg(xml: string): Svg {
  const parser = sax.parser(true, {});
  const out: Svg = { texts: [], elements: [] };
  let text: string | null = null;
  parser.onerror = (e) => { throw e; };
  parser.onopentag = (tag) => {
    out.elements.push({ name: tag.name, attributes: tag.attributes as Record<string, string> });
    text = tag.name === 'text' ? '' : null;
  };
  parser.ontext = (t) => { if (text !== null) text += t; };
  parser.onclosetag = (name) => {
    if (name === 'text' && text !== null) out.texts.push(text);
    text = null;
  };
  parser.write(xml).close();
  return out;
}

/** A point inside the fail point's triangle on card c2, on the sheet: low in it, left of the "!" cut out of it. */
function failPointTriangle(s: Sheet): { x: number; y: number } {
  const box = s.layout.cards.find((c) => c.id === 'c2')!;
  const placed = s.items.filter((i): i is Extract<DisplayItem, { type: 'use' }> => {
    if (i.type !== 'use' || i.symbol !== 'mark-failpoint') return false;
    const x = i.x - s.grid.x, y = i.y - s.grid.y;
    return x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height;
  });
  expect(placed).toHaveLength(1);
  const use = placed[0]!;
  const symbol = symbolOf('mark-failpoint')!;
  const triangle = symbol.items.find((i) => i.type === 'path' && i.fill === FAIL_POINT_COLOR) as { d: string };
  const n = (triangle.d.match(/-?[\d.]+/g) ?? []).map(Number);
  const k = use.height / symbol.height;
  return { x: use.x + (n[0]! - 3 / k) * k, y: use.y + (n[5]! - 2 / k) * k };
}

/**
 * Along a line of the blueprint, the share of samples in the line's colour and the mean length
 * (in sheet px) of each unbroken stretch: a solid line is one long stretch, a dashed one
 * stretches of several px, a dotted one stretches of about its width.
 */
function pattern(colour: string, pixel: (x: number, y: number) => number[], y: number, x0: number, x1: number, perPx: number) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  const runs: number[] = [];
  let run = 0;
  let on = 0;
  let n = 0;
  for (let x = Math.round(x0 * perPx); x < Math.round(x1 * perPx); x++) {
    // The darkest of the rows across the line's width: antialiasing may split it between two.
    const rows = [-1, 0, 1].map((d) => pixel(x, Math.round(y * perPx) + d));
    const hit = rows.some((p) => Math.abs(p[0]! - r!) + Math.abs(p[1]! - g!) + Math.abs(p[2]! - b!) < 90);
    n++;
    if (hit) { on++; run++; } else if (run) { runs.push(run); run = 0; }
  }
  if (run) runs.push(run);
  return { share: on / n, stretch: runs.reduce((a, c) => a + c, 0) / Math.max(1, runs.length) / perPx };
}

function expectThreeDistinctLines(pixel: (x: number, y: number) => number[], perPx: number): void {
  const found: Record<string, { share: number; stretch: number }> = {};
  for (const line of sheet.layout.lines) {
    // From just past the name's pill to the end of the first step, where no card or connector reaches.
    const step = sheet.layout.steps[0]!;
    found[line.id] = pattern(LINE_STYLE[line.id].color, pixel, sheet.grid.y + line.y, sheet.grid.x + step.x + 4, sheet.grid.x + step.x + step.width - 4, perPx);
  }
  expect(found['interaction']!.share, 'line of interaction is solid').toBeGreaterThan(0.9);
  expect(found['visibility']!.share, 'line of visibility is dashed').toBeLessThan(0.8);
  expect(found['visibility']!.stretch, 'dashes of the line of visibility').toBeGreaterThan(4);
  expect(found['internal']!.share, 'line of internal interaction is dotted').toBeLessThan(0.8);
  expect(found['internal']!.stretch, 'dots of the line of internal interaction').toBeLessThan(found['visibility']!.stretch / 2);
}

describe('exports speak the canvas\'s visual language', () => {
  it('SVG: gap, owner, fail-point mark, notes, three distinct lines and the legend in the canvas\'s names', async () => {
    const svg = parseSvg(Buffer.from(await renderExport(doc, { format: 'svg', blueprintId: 'bp' })).toString('utf8'));
    for (const said of SAYS) expect(svg.texts, said).toContain(said);
    expect(svg.texts).not.toContain('Root cause');
    expect(svg.texts).not.toContain('F');
    // The fail point is the canvas's triangle with a "!" cut out of it, in the fail-point colour,
    // defined once and placed on each fail-point card.
    const symbol = svg.elements.findIndex((e) => e.name === 'g' && e.attributes['id'] === 's-mark-failpoint');
    expect(symbol).toBeGreaterThan(-1);
    expect(svg.elements[symbol + 1]).toMatchObject({ name: 'path', attributes: { fill: FAIL_POINT_COLOR } });
    expect(svg.elements.filter((e) => e.name === 'use' && e.attributes['href'] === '#s-mark-failpoint')).toHaveLength(Object.values(doc.cards).filter((c) => c.failPoint).length + 1);
    // Each line drawn across the grid in its own colour and pattern.
    const lines = sheet.layout.lines.map((line) => {
      const y = String(Math.round((sheet.grid.y + line.y) * 100) / 100);
      const drawn = svg.elements.filter((e) => e.name === 'line' && e.attributes['y1'] === y && e.attributes['y2'] === y && e.attributes['stroke'] === LINE_STYLE[line.id].color);
      expect(drawn, line.id).toHaveLength(1);
      const a = drawn[0]!.attributes;
      return `${a['stroke']} ${a['stroke-dasharray'] ?? 'solid'} ${a['stroke-linecap'] ?? 'butt'}`;
    });
    expect(new Set(lines).size).toBe(3);
  });

  it('PDF: the same words as real text, the fail-point triangle and three distinct lines on the page', async () => {
    const pdf = await renderExport(doc, { format: 'pdf', blueprintId: 'bp' });
    const text = squash(pdfText(pdf));
    for (const said of SAYS) expect(text, said).toContain(squash(said));
    expect(text).not.toContain(squash('Root cause'));

    const dpi = 144;
    const page = firstPage(pdf, dpi);
    const plan = planPages(sheet.width, sheet.height, 'fit');
    const k = (plan.scale * dpi) / 72;
    // Sheet px to page pixels: the content's place on the page, then the scale.
    const ox = Math.round((plan.contentX * dpi) / 72);
    const oy = Math.round((plan.contentY * dpi) / 72);
    const pixel = (x: number, y: number) => {
      const i = ((y + oy) * page.width + x + ox) * 3;
      return [page.rgb[i]!, page.rgb[i + 1]!, page.rgb[i + 2]!];
    };
    const t = failPointTriangle(sheet);
    const [r, g, b] = pixel(Math.round(t.x * k), Math.round(t.y * k));
    expect(r, 'the fail point is red').toBeGreaterThan(150);
    expect(g! + b!, 'the fail point is red').toBeLessThan(200);
    expectThreeDistinctLines(pixel, k);
  });

  it('places marks as transformed groups that resvg draws in any part of the sheet', () => {
    // A <symbol> with a viewBox placed off the picture makes resvg 2.6 abort the process; the
    // PNG export draws the sheet in bands, so most marks lie off each band.
    const svgOf = (frame?: Parameters<typeof toSvg>[1]) => toSvg(sheet, frame);
    expect(svgOf()).not.toContain('<symbol');
    for (let y = 0; y < sheet.height; y += 97) {
      const frame = { x: 0, y, width: sheet.width, height: 60, pixelWidth: Math.ceil(sheet.width / 4), pixelHeight: 15 };
      expect(new Resvg(svgOf({ frame })).render().width).toBe(frame.pixelWidth);
    }
  });

  it('PNG: the fail-point triangle and three distinct lines in the picture', async () => {
    const png = await renderExport(doc, { format: 'png', blueprintId: 'bp', scale: 2 });
    const { width, height } = pngSize(png);
    const read = readPixels(png, width, height);
    const pixel = (x: number, y: number) => read(x, y).slice(0, 3);
    const k = 0.75 * 2;
    const t = failPointTriangle(sheet);
    const [r, g, b] = pixel(Math.round(t.x * k), Math.round(t.y * k));
    expect(r).toBeGreaterThan(150);
    expect(g! + b!).toBeLessThan(200);
    expectThreeDistinctLines(pixel, k);
  });
});
