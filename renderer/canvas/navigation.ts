import type { BlueprintLayout, CardBox } from '../../shared/layout';

export type Direction = 'up' | 'down' | 'left' | 'right';

const center = (c: CardBox) => ({ x: c.x + c.width / 2, y: c.y + c.height / 2 });

/**
 * The card an arrow key moves focus to: the nearest card whose centre lies in that direction,
 * weighing distance across the direction three times more than along it so that focus keeps
 * to the same lane (left/right) or the same column (up/down) when it can.
 */
export function neighbour(layout: BlueprintLayout, fromId: string, direction: Direction): string | null {
  const from = layout.cards.find((c) => c.id === fromId);
  if (!from) return null;
  const a = center(from);
  let best: string | null = null;
  let bestScore = Infinity;
  for (const card of layout.cards) {
    if (card.id === fromId) continue;
    const b = center(card);
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const along = direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0.5) continue;
    const score = along + 3 * across;
    if (score < bestScore) {
      bestScore = score;
      best = card.id;
    }
  }
  return best;
}

/** Cards in reading order (lane by lane, left to right, top to bottom in a cell). */
export function readingOrder(layout: BlueprintLayout): string[] {
  const laneIndex = new Map(layout.lanes.map((l, i) => [l.id, i]));
  return [...layout.cards]
    .sort((p, q) => (laneIndex.get(p.laneId) ?? 0) - (laneIndex.get(q.laneId) ?? 0) || p.x - q.x || p.y - q.y)
    .map((c) => c.id);
}
