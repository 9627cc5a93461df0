import { describe, expect, it } from 'vitest';
import { renderSheet, toSvg, type DisplayItem } from '../../../shared/render';
import { sampleDoc } from './sampleDoc';

const texts = (items: DisplayItem[]) => items.flatMap((i) => (i.type === 'text' ? [i.text] : []));

/** Items drawn inside a card's box. */
function inCard(items: DisplayItem[], box: { x: number; y: number; width: number; height: number }, gridX: number, gridY: number): DisplayItem[] {
  const x1 = box.x + gridX, y1 = box.y + gridY, x2 = x1 + box.width, y2 = y1 + box.height;
  return items.filter((i) => {
    const [x, y] = i.type === 'circle' ? [i.cx, i.cy] : i.type === 'line' ? [i.x1, i.y1] : i.type === 'path' ? (i.d.match(/-?[\d.]+/g) ?? []).slice(0, 2).map(Number) : [i.x, i.y];
    return x! >= x1 && x! <= x2 && y! >= y1 && y! <= y2;
  });
}

describe('renderSheet', () => {
  const doc = sampleDoc();
  const sheet = renderSheet(doc, 'bp');
  const all = texts(sheet.items);

  it('shows the title block, every lane, stage and step name, the three lines and the legend', () => {
    expect(all).toContain(doc.workshop.title);
    expect(all.some((t) => t.includes('Current state') && t.includes('2026-03-14'))).toBe(true);
    for (const lane of sheet.layout.lanes) expect(all).toContain(lane.nameLines[0]);
    for (const s of [...sheet.layout.stages, ...sheet.layout.steps]) expect(all).toContain(s.nameLines[0]);
    for (const l of ['Line of interaction', 'Line of visibility', 'Line of internal interaction']) expect(all.filter((t) => t === l).length).toBe(2);
    for (const heading of ['LINES', 'CONNECTORS', 'TOUCHPOINTS', 'STRATEGY', 'SENTIMENT', 'CARD KINDS']) expect(all).toContain(heading);
  });

  it('marks a touchpoint with its importance, sentiment as a face and a signed number, and its strategy', () => {
    const box = sheet.layout.cards.find((c) => c.id === 'c1')!;
    const marks = inCard(sheet.items, box, sheet.grid.x, sheet.grid.y);
    const markTexts = texts(marks);
    expect(markTexts).toContain('5');
    expect(markTexts).toContain('+2');
    expect(markTexts).toContain('Differentiate');
    expect(markTexts).toContain('3 min');
    // The face: a circle and a curved mouth, not colour alone.
    expect(marks.some((i) => i.type === 'path' && i.d.includes('Q'))).toBe(true);
  });

  it('marks a fail point and a benchmark, and writes negative sentiment with a minus sign', () => {
    const box = sheet.layout.cards.find((c) => c.id === 'c2')!;
    const markTexts = texts(inCard(sheet.items, box, sheet.grid.x, sheet.grid.y));
    expect(markTexts).toEqual(expect.arrayContaining(['F', 'Benchmark', '\u22121', '4']));
  });

  it('draws every connector with an arrowhead and its label', () => {
    const paths = sheet.items.filter((i) => i.type === 'path' && i.d.endsWith('Z'));
    expect(paths.length).toBeGreaterThanOrEqual(sheet.layout.connectors.length);
    expect(all).toEqual(expect.arrayContaining(['next', 'needs']));
  });

  it('is the same SVG every time', () => {
    expect(toSvg(renderSheet(sampleDoc(), 'bp'))).toBe(toSvg(sheet));
  });
});
