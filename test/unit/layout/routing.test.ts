import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutBlueprint, routeConnector, routingOf, type BlueprintLayout, type CardBox, type ConnectorBox, type LabelBox, type Point } from '../../../shared/layout';
import { fromInterchange } from '../../../shared/interchange';
import { CANONICAL_LANES, defaultCard, emptyDoc, type ConnectorKind, type WorkshopDoc } from '../../../shared/model';
import { generateDoc } from '../../fixtures/generate';

/**
 * Two lanes and two steps. Customer actions × Step 1 holds four cards stacked a, b, c, d;
 * Frontstage × Step 1 holds e; Customer actions × Step 2 holds f.
 */
function stackedDoc(connectors: [string, string, string, ConnectorKind?][]): WorkshopDoc {
  const doc = emptyDoc('Stacked');
  doc.blueprints['bp'] = { id: 'bp', name: 'Now', description: '', position: 0, presentationOrder: [] };
  [CANONICAL_LANES[1]!, CANONICAL_LANES[2]!].forEach((p, i) => {
    doc.lanes[`l${i}`] = { id: `l${i}`, blueprintId: 'bp', name: p.name, kind: p.kind, role: p.role, hidden: false, position: i };
  });
  doc.stages['s'] = { id: 's', blueprintId: 'bp', name: 'Stay', position: 0 };
  doc.steps['t1'] = { id: 't1', stageId: 's', name: 'Check in', position: 0 };
  doc.steps['t2'] = { id: 't2', stageId: 's', name: 'Room', position: 1 };
  ['a', 'b', 'c', 'd'].forEach((id, i) => (doc.cards[id] = defaultCard({ id, laneId: 'l0', stepId: 't1', position: i, title: `Card ${id}`, kind: 'action' })));
  doc.cards['e'] = defaultCard({ id: 'e', laneId: 'l1', stepId: 't1', position: 0, title: 'Card e', kind: 'action' });
  doc.cards['f'] = defaultCard({ id: 'f', laneId: 'l0', stepId: 't2', position: 0, title: 'Card f', kind: 'action' });
  for (const [id, from, to, kind] of connectors) doc.connectors[id] = { id, blueprintId: 'bp', from, to, kind: kind ?? 'flow', label: '' };
  return doc;
}

const box = (layout: BlueprintLayout, id: string) => layout.cards.find((c) => c.id === id)!;

/**
 * A route between two cards of one column reads in the flow's direction: it never turns back
 * against it, and it enters the target from above (flowing down) or from below (flowing up).
 */
function expectReadsInFlow(c: ConnectorBox, from: CardBox, to: CardBox): void {
  const down = to.y > from.y;
  const ys = c.path.map((p) => p.y);
  for (let i = 1; i < ys.length; i++) expect(down ? ys[i]! >= ys[i - 1]! : ys[i]! <= ys[i - 1]!, `${c.id} turns back at point ${i}`).toBe(true);
  const end = c.path.at(-1)!;
  const before = c.path.at(-2)!;
  expect(end.y, `${c.id} enters ${down ? 'from above' : 'from below'}`).toBe(down ? to.y : to.y + to.height);
  expect(before.x, `${c.id} last run is vertical`).toBe(end.x);
  expect(end.x > to.x && end.x < to.x + to.width).toBe(true);
}

describe('routes within one column', () => {
  it('a flow between two cards stacked in one cell leaves the upper at its bottom and enters the lower from above', () => {
    const layout = layoutBlueprint(stackedDoc([['k1', 'a', 'b'], ['k2', 'c', 'b']]), 'bp');
    const [down, up] = layout.connectors;
    expect(down!.path[0]!.y).toBe(box(layout, 'a').y + box(layout, 'a').height);
    expectReadsInFlow(down!, box(layout, 'a'), box(layout, 'b'));
    expect(up!.path[0]!.y).toBe(box(layout, 'c').y);
    expectReadsInFlow(up!, box(layout, 'c'), box(layout, 'b'));
    // Nothing between them: one straight drop.
    expect(down!.path).toHaveLength(2);
  });

  it('past cards between them, still enters from above (or below), through the gap beside the target', () => {
    const layout = layoutBlueprint(stackedDoc([['k1', 'a', 'c'], ['k2', 'd', 'a'], ['k3', 'b', 'e'], ['k4', 'e', 'a', 'feedback']]), 'bp');
    for (const c of layout.connectors) expectReadsInFlow(c, box(layout, c.from), box(layout, c.to));
    for (const c of layout.connectors) expect(crossedCards(layout, c)).toEqual([]);
  });

  it('every generated flow within a column enters from above or below and never crosses a card', () => {
    const layout = layoutBlueprint(generateDoc({ cards: 400, connectors: 300, seed: 11 }), 'bp1');
    const sameColumn = layout.connectors.filter((c) => box(layout, c.from).stepId === box(layout, c.to).stepId);
    expect(sameColumn.length).toBeGreaterThan(50);
    for (const c of sameColumn) {
      expectReadsInFlow(c, box(layout, c.from), box(layout, c.to));
      expect(crossedCards(layout, c)).toEqual([]);
    }
  });

  it('a flow to the next step still leaves the right side and enters the left', () => {
    const layout = layoutBlueprint(stackedDoc([['k1', 'a', 'f']]), 'bp');
    const c = layout.connectors[0]!;
    expect(c.path[0]!.x).toBe(box(layout, 'a').x + box(layout, 'a').width);
    expect(c.path.at(-1)!.x).toBe(box(layout, 'f').x);
  });

  it('a dragged card\'s connector, routed on its own, takes the same way', () => {
    const layout = layoutBlueprint(stackedDoc([['k1', 'a', 'b']]), 'bp');
    const alone = routeConnector(layout.connectors[0]!, box(layout, 'a'), box(layout, 'b'), routingOf(layout));
    expect(alone.path).toEqual(layout.connectors[0]!.path);
  });
});

describe('parallel routes', () => {
  const layout = layoutBlueprint(generateDoc({ cards: 2000, connectors: 1500 }), 'bp1');

  it('never run on top of each other along a gutter', () => {
    const runs = new Map<number, { id: string; y0: number; y1: number }[]>();
    for (const c of layout.connectors) {
      for (let i = 1; i < c.path.length; i++) {
        const p = c.path[i - 1]!, q = c.path[i]!;
        if (p.x !== q.x || p.y === q.y) continue;
        const list = runs.get(p.x) ?? [];
        list.push({ id: c.id, y0: Math.min(p.y, q.y), y1: Math.max(p.y, q.y) });
        runs.set(p.x, list);
      }
    }
    const shared: string[] = [];
    for (const [x, list] of runs) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i]!, b = list[j]!;
          if (a.id !== b.id && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 1) shared.push(`${a.id}/${b.id} at x ${x}`);
        }
      }
    }
    expect(shared).toEqual([]);
  });

  it('meet a card at separate points', () => {
    const ends = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of layout.connectors) {
      for (const [p, card] of [[c.path[0]!, c.from], [c.path.at(-1)!, c.to]] as const) {
        const key = `${card} ${p.x} ${p.y}`;
        if (ends.has(key) && ends.get(key) !== c.id) clashes.push(`${ends.get(key)}/${c.id}`);
        ends.set(key, c.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('connector labels', () => {
  const templates = readdirSync(join(__dirname, '../../../resources/templates')).filter((f) => f.endsWith('.json'));
  const layouts: [string, BlueprintLayout][] = [];
  for (const file of templates) {
    const result = fromInterchange(JSON.parse(readFileSync(join(__dirname, '../../../resources/templates', file), 'utf8')));
    if (!('doc' in result)) throw new Error(`${file} does not import`);
    for (const id of Object.keys(result.doc.blueprints)) layouts.push([`${file} ${id}`, layoutBlueprint(result.doc, id)]);
  }
  layouts.push(['generated', layoutBlueprint(generateDoc({ cards: 400, connectors: 300, seed: 7 }), 'bp1')]);

  it('cover no card, and no other label, in every sample workshop and a generated one', () => {
    let labels = 0;
    for (const [name, layout] of layouts) {
      const placed = layout.connectors.filter((c) => c.labelBox);
      labels += placed.length;
      for (const c of placed) {
        const l = c.labelBox!;
        expect(layout.cards.filter((card) => overlaps(l, card)).map((card) => card.id), `${name} ${c.id} "${c.label}"`).toEqual([]);
        expect(placed.filter((o) => o !== c && overlaps(l, o.labelBox!)).map((o) => o.id), `${name} ${c.id}`).toEqual([]);
      }
    }
    expect(labels).toBeGreaterThan(40);
  });

  it('touch their own route, stay on the grid and keep every word', () => {
    for (const [name, layout] of layouts) {
      const gridTop = layout.stageHeaderHeight + layout.stepHeaderHeight;
      for (const c of layout.connectors.filter((k) => k.labelBox)) {
        const l = c.labelBox!;
        expect(distanceToRoute(l, c.path), `${name} ${c.id}`).toBeLessThanOrEqual(3.5);
        expect(l.x >= layout.laneHeaderWidth && l.y >= gridTop && l.x + l.width <= layout.width && l.y + l.height <= layout.height, `${name} ${c.id}`).toBe(true);
        expect(l.lines.join(' ').replace(/-\s/g, '-').replace(/\s+/g, ' '), `${name} ${c.id}`).toBe(c.label.trim().replace(/\s+/g, ' '));
      }
    }
  });
});

function crossedCards(layout: BlueprintLayout, c: ConnectorBox): string[] {
  const out: string[] = [];
  for (let i = 1; i < c.path.length; i++) {
    const p = c.path[i - 1]!, q = c.path[i]!;
    for (const card of layout.cards) {
      if (card.id === c.from || card.id === c.to) continue;
      if (Math.max(p.x, q.x) > card.x && Math.min(p.x, q.x) < card.x + card.width && Math.max(p.y, q.y) > card.y && Math.min(p.y, q.y) < card.y + card.height) out.push(card.id);
    }
  }
  return out;
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** How far a label's box lies from the nearest point of its route (0 when the route runs through it). */
function distanceToRoute(l: LabelBox, path: Point[]): number {
  let best = Infinity;
  for (let i = 1; i < path.length; i++) {
    const p = path[i - 1]!, q = path[i]!;
    const dx = Math.max(l.x - Math.max(p.x, q.x), Math.min(p.x, q.x) - (l.x + l.width), 0);
    const dy = Math.max(l.y - Math.max(p.y, q.y), Math.min(p.y, q.y) - (l.y + l.height), 0);
    best = Math.min(best, Math.hypot(dx, dy));
  }
  return best;
}
