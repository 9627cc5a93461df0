import { describe, expect, it } from 'vitest';
import { layoutBlueprint } from '../../../shared/layout';
import { revealView, spanOf } from '../../../renderer/canvas/reveal';
import { READABLE_ZOOM, fillViewport, frameViewport } from '../../../renderer/canvas/openingView';
import { presentationStops } from '../../../renderer/shell/presentation';
import { generateDoc } from '../../fixtures/generate';

const doc = generateDoc({ cards: 60, stages: 3, stepsPerStage: 4 });
const layout = layoutBlueprint(doc, 'bp1');
const pane = { width: 1000, height: 700 };

describe('a view that moves only to show what takes the focus', () => {
  const card = layout.cards[0]!;
  it('stays put when the card is already clear of the headers and edges', () => {
    const view = { x: 0, y: 0, zoom: 1 };
    expect(revealView(view, pane, layout, spanOf(layout, { kind: 'card', id: card.id })!)).toEqual(view);
  });

  it('moves by the least amount: the card ends just inside the edge it was past', () => {
    const far = layout.cards.reduce((a, b) => (b.x > a.x ? b : a));
    const view = { x: 0, y: 0, zoom: 1 };
    const next = revealView(view, pane, layout, spanOf(layout, { kind: 'card', id: far.id })!);
    expect(far.x + far.width + next.x).toBe(pane.width - 12);
    // Back to the first card: it lands just right of the sticky lane headers, not centred.
    const back = revealView(next, pane, layout, spanOf(layout, { kind: 'card', id: card.id })!);
    expect(card.x + back.x).toBe(layout.laneHeaderWidth + 12);
  });

  it('brings a header into view along its own axis only', () => {
    const step = layout.steps[layout.steps.length - 1]!;
    const view = { x: 0, y: -300, zoom: 1 };
    const next = revealView(view, pane, layout, spanOf(layout, { kind: 'step', id: step.id })!);
    expect(next.y).toBe(-300);
    expect(next.x).toBeLessThan(0);
  });
});

describe('Fit and presentation frames', () => {
  it('fits a small blueprint whole, and a large one at a readable zoom filling the height', () => {
    const small = layoutBlueprint(generateDoc({ cards: 6, stages: 1, stepsPerStage: 2 }), 'bp1');
    const whole = fillViewport(small, 1600, 1000, { x: 0, y: 0, zoom: 1 });
    expect(small.width * whole.zoom).toBeLessThanOrEqual(1600);
    expect(small.height * whole.zoom).toBeLessThanOrEqual(1000);
    const big = fillViewport(layout, 1000, 700, { x: 0, y: 0, zoom: 0.3 });
    expect(big.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(big.x).toBeLessThanOrEqual(12);
  });

  it('frames an area centred beside the sticky headers, as large as fits', () => {
    const area = { x: 500, y: 400, width: 300, height: 200 };
    const headers = { left: 176, top: 76 };
    const view = frameViewport(area, 1200, 700, headers);
    const left = area.x * view.zoom + view.x;
    const top = area.y * view.zoom + view.y;
    expect(left).toBeGreaterThanOrEqual(headers.left * view.zoom);
    expect(top).toBeGreaterThanOrEqual(headers.top * view.zoom);
    expect(Math.min(1200 - (left + area.width * view.zoom), 700 - (top + area.height * view.zoom))).toBeCloseTo(24, 0);
  });
});

describe('the stops of a presentation', () => {
  it('walks stages, every card in reading order, or the facilitator\'s order', () => {
    expect(presentationStops(doc, 'bp1', 'stages').map((s) => s.kind)).toEqual(['stage', 'stage', 'stage']);
    // One stage would be one stop: its steps are walked instead.
    const single = generateDoc({ cards: 6, stages: 1, stepsPerStage: 3 });
    expect(presentationStops(single, 'bp1', 'stages').map((s) => s.kind)).toEqual(['step', 'step', 'step']);
    expect(presentationStops(doc, 'bp1', 'cards')).toHaveLength(60);
    const order = { ...doc, blueprints: { ...doc.blueprints, bp1: { ...doc.blueprints['bp1']!, presentationOrder: ['card5', 'gone', 'card2'] } } };
    expect(presentationStops(order, 'bp1', 'order')).toEqual([{ kind: 'card', id: 'card5' }, { kind: 'card', id: 'card2' }]);
  });
});
