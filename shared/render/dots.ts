import { standings } from '../facilitation/votes';
import { measureText } from '../layout/text';
import type { BlueprintLayout } from '../layout/types';
import type { Id, WorkshopDoc } from '../model/types';
import type { Painter } from './displayList';
import { INK } from './palette';

/** Heat of a result, coolest to hottest, as on the canvas; the rank and dots are written beside it. */
export const HEAT = ['#F2CF95', '#EDA35C', '#E0702B', '#C2412D'] as const;

const PILL_HEIGHT = 16;
const PILL_FONT = 10;

/**
 * A vote round's result on the cards: a frame whose colour grows with the dots, and a pill on
 * the card's top edge with its rank and dots ("#1 · 7 dots"), so the picture needs no colour to
 * be read.
 */
export function drawVoteResults(p: Painter, doc: WorkshopDoc, layout: BlueprintLayout, roundId: Id): void {
  const ranking = standings(doc, roundId);
  const most = ranking[0]?.dots ?? 0;
  if (!most) return;
  const boxes = new Map(layout.cards.map((c) => [c.id, c]));
  for (const { cardId, dots, rank } of ranking) {
    const box = boxes.get(cardId);
    if (!box) continue;
    const heat = Math.max(1, Math.ceil((4 * dots) / most));
    const colour = HEAT[heat - 1]!;
    p.rect(box.x - 3, box.y - 3, box.width + 6, box.height + 6, { radius: 8, stroke: colour, strokeWidth: 3 });
    const label = `#${rank} · ${dots} ${dots === 1 ? 'dot' : 'dots'}`;
    const width = measureText(label, PILL_FONT, 'bold') + 14;
    p.rect(box.x + 8, box.y - PILL_HEIGHT / 2, width, PILL_HEIGHT, { radius: PILL_HEIGHT / 2, fill: colour });
    p.text(box.x + 15, box.y + 3.5, label, { size: PILL_FONT, weight: 'bold', fill: heat >= 3 ? '#FFFFFF' : INK.text });
  }
}
