import { describe, expect, it } from 'vitest';
import { CONNECTOR_KIND_LABELS } from '../../../shared/model';
import { FAIL_POINT_COLOR, GAP_COLOR, INK, LEGEND, LINE_STYLE, SENTIMENT_COLOR, STRATEGY_COLOR, renderSheet, symbolOf, toSvg, type DisplayItem } from '../../../shared/render';
import { sampleDoc } from './sampleDoc';

const texts = (items: DisplayItem[]) => items.flatMap((i) => (i.type === 'text' ? [i.text] : []));
/** The marks placed among `items`, by name. */
const marksIn = (items: DisplayItem[]) => items.flatMap((i) => (i.type === 'use' && i.symbol.startsWith('mark-') ? [i.symbol.slice(5)] : []));

/** Items drawn inside a card's box. */
function inCard(items: DisplayItem[], box: { x: number; y: number; width: number; height: number }, gridX: number, gridY: number): DisplayItem[] {
  const x1 = box.x + gridX, y1 = box.y + gridY, x2 = x1 + box.width, y2 = y1 + box.height;
  return items.filter((i) => {
    if (i.type === 'rect' && i.width >= box.width) return false;
    const [x, y] = i.type === 'circle' ? [i.cx, i.cy] : i.type === 'line' ? [i.x1, i.y1] : i.type === 'path' ? (i.d.match(/-?[\d.]+/g) ?? []).slice(0, 2).map(Number) : i.type === 'use' ? [i.x + i.width / 2, i.y + i.height / 2] : [i.x, i.y];
    return x! >= x1 && x! <= x2 && y! >= y1 && y! <= y2;
  });
}

describe('renderSheet', () => {
  const doc = sampleDoc();
  const sheet = renderSheet(doc, 'bp');
  const all = texts(sheet.items);
  const card = (id: string) => inCard(sheet.items, sheet.layout.cards.find((c) => c.id === id)!, sheet.grid.x, sheet.grid.y);

  it('shows the title block, every lane, stage and step name, the three lines and the legend', () => {
    expect(all).toContain(doc.workshop.title);
    expect(all.some((t) => t.includes('Current state') && t.includes('2026-03-14'))).toBe(true);
    for (const lane of sheet.layout.lanes) expect(all).toContain(lane.nameLines[0]);
    for (const s of [...sheet.layout.stages, ...sheet.layout.steps]) expect(all).toContain(s.nameLines[0]);
    for (const l of ['Line of interaction', 'Line of visibility', 'Line of internal interaction']) expect(all.filter((t) => t === l).length).toBe(2);
    for (const group of LEGEND) expect(all).toContain(group.title.toUpperCase());
  });

  it('names every mark and connector kind in the legend as the canvas does', () => {
    for (const entry of LEGEND.flatMap((g) => g.entries)) expect(all).toContain(entry.name);
    for (const kind of Object.values(CONNECTOR_KIND_LABELS)) expect(all).toContain(kind.label);
    expect(all).toContain('Cause');
    expect(all).not.toContain('Root cause');
  });

  it('draws the three lines distinctly: solid, dashed, dotted, each in its colour, in the grid and in the legend', () => {
    const styles = Object.values(LINE_STYLE).map((s) => `${s.color} ${s.dash?.join(',') ?? 'solid'}`);
    expect(new Set(styles).size).toBe(3);
    const drawn = (y: number | null) => sheet.items.filter((i): i is Extract<DisplayItem, { type: 'line' }> => i.type === 'line' && i.y1 === i.y2 && (y === null || i.y1 === y));
    for (const line of sheet.layout.lines) {
      const style = LINE_STYLE[line.id];
      const across = drawn(line.y + sheet.grid.y).filter((i) => i.stroke === style.color);
      expect(across, line.id).toHaveLength(1);
      expect(across[0]!.dash ?? null, line.id).toEqual(style.dash ?? null);
      // And its legend sample.
      expect(drawn(null).filter((i) => i.stroke === style.color && (i.dash ?? null) === (style.dash ?? null) && i.x2 - i.x1 === 36), line.id).toHaveLength(1);
    }
  });

  it('marks a touchpoint as the canvas does: a ring for importance, a face for sentiment, its channel, owner and wait', () => {
    const marks = card('c1');
    expect(texts(marks)).toEqual(expect.arrayContaining(['In person', '3 min', 'Retail']));
    expect(marksIn(marks)).toEqual(['owner', 'touchpoint-5', 'sentiment-p2', 'differentiate', 'clock']);
    // The ring: an unfilled circle in touchpoint ink, thicker with importance; no number in it.
    const ring = symbolOf('mark-touchpoint-5')!.items;
    expect(ring.some((i) => i.type === 'circle' && i.fill === 'none' && i.stroke === INK.touchpoint && (i.strokeWidth ?? 0) > 3)).toBe(true);
    expect(texts(marks)).not.toContain('5');
    // The face: a ring and a curved mouth in the sentiment's colour, not colour alone.
    expect(symbolOf('mark-sentiment-p2')!.items.some((i) => i.type === 'path' && i.d.includes('Q') && i.stroke === SENTIMENT_COLOR.p2)).toBe(true);
    expect(symbolOf('mark-differentiate')!.items.some((i) => i.type === 'path' && i.fill === STRATEGY_COLOR.differentiate)).toBe(true);
  });

  it('marks a fail point with the canvas\'s warning triangle, never an F, and shows the gap as ▼', () => {
    const marks = card('c2');
    expect(texts(marks)).not.toContain('F');
    expect(marksIn(marks)).toContain('failpoint');
    const triangle = symbolOf('mark-failpoint')!.items.filter((i) => i.type === 'path' && i.fill === FAIL_POINT_COLOR);
    expect(triangle).toHaveLength(1);
    expect((triangle[0] as { d: string }).d.match(/[ML]/g)).toHaveLength(3);
    const gap = marks.find((i) => i.type === 'text' && i.text === '▼2');
    expect(gap && gap.type === 'text' && gap.fill).toBe(GAP_COLOR);
  });

  it('numbers strategy notes on the cards and prints the standard with target and current, and the concept', () => {
    // Reading order: c2 (step 1) before c1 (step 2).
    expect(texts(card('c2'))).toContain('1');
    expect(texts(card('c1'))).toContain('2');
    for (const line of ['NOTES', 'Standard: Page loads in < 2 s', 'Target 5 · current 3 · below target', 'Concept: Signature aroma, "on-brand"', 'Brand: Crafted', 'Is greeted by the barista']) {
      expect(all).toContain(line);
    }
  });

  it('draws every connector with its kind\'s arrowhead and its label', () => {
    const heads = sheet.items.filter((i) => i.type === 'path' && (i.d.endsWith('Z') || i.fill === 'none') && !i.d.includes('Q'));
    expect(heads.length).toBeGreaterThanOrEqual(sheet.layout.connectors.length);
    expect(all).toEqual(expect.arrayContaining(['next', 'needs']));
  });

  it('is the same SVG every time', () => {
    expect(toSvg(renderSheet(sampleDoc(), 'bp'))).toBe(toSvg(sheet));
  });
});
