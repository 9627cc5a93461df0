import { describe, expect, it } from 'vitest';
import { layoutBlueprint, LAYOUT, measureText, wrapText, clampLines, type CardBox, type Point } from '../../../shared/layout';
import { validateDoc } from '../../../shared/model';
import { generateDoc } from '../../fixtures/generate';
import { sampleDoc } from './sampleDoc';

describe('wrapText', () => {
  it('keeps every line within the width and every word in order', () => {
    const text = 'The customer walks into the boutique and is greeted by a barista who offers a tasting';
    const lines = wrapText(text, 13, 120);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(measureText(l, 13)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });

  it('breaks a word longer than the width and keeps explicit line breaks', () => {
    expect(wrapText('a\nb', 12, 200)).toEqual(['a', 'b']);
    const lines = wrapText('x'.repeat(80), 12, 100);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('x'.repeat(80));
  });

  it('measures bold wider than regular and is deterministic', () => {
    expect(measureText('Barista', 13, 'bold')).toBeGreaterThan(measureText('Barista', 13));
    expect(measureText('Barista', 26)).toBeCloseTo(2 * measureText('Barista', 13));
    expect(wrapText('same text twice over', 11, 60)).toEqual(wrapText('same text twice over', 11, 60));
  });

  it('clamps with an ellipsis that fits', () => {
    const lines = clampLines(wrapText('one two three four five six seven', 12, 40), 2, 12, 40);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(measureText(lines[1]!, 12)).toBeLessThanOrEqual(40);
  });
});

describe('layoutBlueprint', () => {
  it('orders lanes, steps and cards and stacks cards in a cell by position', () => {
    const doc = sampleDoc();
    expect(validateDoc(doc).problems).toEqual([]);
    const layout = layoutBlueprint(doc, 'bp');
    expect(layout.lanes.map((l) => l.id)).toEqual(['l0', 'l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7']);
    expect(layout.steps.map((s) => s.id)).toEqual(['t1', 't2', 't3']);
    for (let i = 1; i < layout.lanes.length; i++) {
      expect(layout.lanes[i]!.y).toBe(layout.lanes[i - 1]!.y + layout.lanes[i - 1]!.height);
    }
    const c1 = layout.cards.find((c) => c.id === 'c1')!;
    const c3 = layout.cards.find((c) => c.id === 'c3')!;
    expect(c3.x).toBe(c1.x);
    expect(c3.y).toBeGreaterThanOrEqual(c1.y + c1.height + LAYOUT.cardGap);
    expect(c1.footerY).toBeDefined();
    expect(c3.footerY).toBeUndefined();
    const lane1 = layout.lanes[1]!;
    expect(lane1.height).toBeGreaterThanOrEqual(c3.y + c3.height - lane1.y);
    for (const card of layout.cards) {
      const step = layout.steps.find((s) => s.id === card.stepId)!;
      expect(card.x).toBeGreaterThanOrEqual(step.x);
      expect(card.x + card.width).toBeLessThanOrEqual(step.x + step.width);
    }
    expect(layout.width).toBe(layout.steps.at(-1)!.x + layout.steps.at(-1)!.width);
    expect(layout.height).toBe(layout.lanes.at(-1)!.y + layout.lanes.at(-1)!.height);
  });

  it('places the three lines between the lanes they separate', () => {
    const layout = layoutBlueprint(sampleDoc(), 'bp');
    const at = (id: string) => layout.lines.find((l) => l.id === id)!.y;
    const lane = (kind: string) => layout.lanes.find((l) => l.kind === kind)!;
    expect(at('interaction')).toBe(lane('frontstage').y);
    expect(at('visibility')).toBe(lane('backstage').y);
    expect(at('internal')).toBe(lane('support').y);
    expect(layout.lines.every((l) => l.x1 === 0 && l.x2 === layout.width)).toBe(true);
  });

  it('skips hidden lanes, their cards and the lines next to them', () => {
    const doc = sampleDoc();
    doc.lanes['l3']!.hidden = true;
    const layout = layoutBlueprint(doc, 'bp');
    expect(layout.lanes.map((l) => l.id)).not.toContain('l3');
    expect(layout.cards.map((c) => c.id)).not.toContain('c4');
    expect(layout.connectors.map((c) => c.id)).not.toContain('k2');
    expect(layout.lines.map((l) => l.id)).toEqual(['interaction']);
  });

  it('grows a lane with its tallest cell and wraps step names', () => {
    const doc = sampleDoc();
    const before = layoutBlueprint(doc, 'bp').lanes[1]!.height;
    doc.cards['c3']!.description = 'word '.repeat(40);
    const after = layoutBlueprint(doc, 'bp');
    expect(after.lanes[1]!.height).toBeGreaterThan(before);
    expect(after.steps[2]!.nameLines.length).toBeGreaterThan(1);
    expect(after.stepHeaderHeight).toBeGreaterThanOrEqual(after.steps[2]!.nameLines.length * LAYOUT.stepLineHeight);
  });

  it('routes connectors orthogonally from card side to card side', () => {
    const layout = layoutBlueprint(sampleDoc(), 'bp');
    expect(layout.connectors.map((c) => c.id)).toEqual(['k1', 'k2', 'k3', 'k4']);
    for (const c of layout.connectors) {
      for (let i = 1; i < c.path.length; i++) {
        const p = c.path[i - 1]!, q = c.path[i]!;
        expect(p.x === q.x || p.y === q.y).toBe(true);
      }
      const from = layout.cards.find((k) => k.id === c.from)!;
      const start = c.path[0]!;
      expect([from.x, from.x + from.width]).toContain(start.x);
    }
  });

  it('never routes a connector through a card: runs past cards go along a lane\'s free band', () => {
    const layout = layoutBlueprint(generateDoc({ cards: 400, connectors: 300, seed: 7 }), 'bp1');
    const inside = (card: CardBox, p: Point, q: Point) =>
      Math.max(p.x, q.x) > card.x && Math.min(p.x, q.x) < card.x + card.width &&
      Math.max(p.y, q.y) > card.y && Math.min(p.y, q.y) < card.y + card.height;
    let detours = 0;
    for (const c of layout.connectors) {
      for (let i = 1; i < c.path.length; i++) {
        const p = c.path[i - 1]!, q = c.path[i]!;
        expect(p.x === q.x || p.y === q.y, `${c.id} segment ${i}`).toBe(true);
        const through = layout.cards.filter((card) => card.id !== c.from && card.id !== c.to && inside(card, p, q));
        expect(through.map((card) => card.id), `${c.id} segment ${i}`).toEqual([]);
      }
      // Both ends sit on a side of their cards, never beyond a corner.
      for (const [end, id] of [[c.path[0]!, c.from], [c.path.at(-1)!, c.to]] as const) {
        const card = layout.cards.find((k) => k.id === id)!;
        const onSide = [card.x, card.x + card.width].includes(end.x) && end.y > card.y && end.y < card.y + card.height;
        const onTopOrBottom = [card.y, card.y + card.height].includes(end.y) && end.x > card.x && end.x < card.x + card.width;
        expect(onSide || onTopOrBottom, `${c.id} end at ${id}`).toBe(true);
      }
      if (c.path.length === 6) {
        detours++;
        const band = c.path[2]!.y;
        expect(layout.lanes.some((l) => (band > l.y && band < l.y + LAYOUT.cellPaddingY) || (band > l.y + l.height - LAYOUT.cellPaddingY && band < l.y + l.height)), c.id).toBe(true);
      }
    }
    // The generated blueprint has connectors across several steps with cards in between.
    expect(detours).toBeGreaterThan(20);
    expect(layout.connectors.filter((c) => c.path.length === 4).length).toBeGreaterThan(20);
  });

  it('computes the experience curve from importance-weighted sentiment', () => {
    const layout = layoutBlueprint(sampleDoc(), 'bp');
    const curve = layout.curve!;
    expect(curve.laneId).toBe('l6');
    expect(curve.points.map((p) => [p.stepId, p.value])).toEqual([['t1', -1], ['t2', 2]]);
    expect(curve.points[1]!.y).toBe(curve.topY);
    expect(curve.points[0]!.y).toBeGreaterThan(curve.zeroY);
  });

  it('is deterministic and handles 2,000 cards', () => {
    const doc = generateDoc({ cards: 2000, connectors: 1500 });
    const a = layoutBlueprint(doc, 'bp1');
    expect(a.cards).toHaveLength(2000);
    expect(a.connectors.length).toBeGreaterThan(1000);
    expect(JSON.stringify(layoutBlueprint(generateDoc({ cards: 2000, connectors: 1500 }), 'bp1'))).toBe(JSON.stringify(a));
  });

  it('rejects an unknown blueprint with a clear message', () => {
    expect(() => layoutBlueprint(sampleDoc(), 'nope')).toThrow(/no blueprint with id "nope"/);
  });
});
