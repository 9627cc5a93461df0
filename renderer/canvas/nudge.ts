import { moveCards } from '../../shared/commands/cards';
import type { BlueprintLayout } from '../../shared/layout';
import { dispatch } from '../state/documentStore';
import { cardsInCell } from './geometry';

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * Alt+arrow moves a card without the mouse: up and down within its cell, left and right to the
 * end of the neighbouring step's cell in the same lane.
 */
export function nudgeCard(layout: BlueprintLayout, cardId: string, direction: Direction): void {
  const box = layout.cards.find((c) => c.id === cardId);
  if (!box) return;
  const cell = { laneId: box.laneId, stepId: box.stepId };
  if (direction === 'up' || direction === 'down') {
    const order = cardsInCell(layout, cell).map((c) => c.id);
    const index = order.indexOf(cardId) + (direction === 'up' ? -1 : 1);
    if (index < 0 || index >= order.length) return;
    dispatch(moveCards, { cardIds: [cardId], ...cell, index });
    return;
  }
  const at = layout.steps.findIndex((s) => s.id === box.stepId) + (direction === 'left' ? -1 : 1);
  const step = layout.steps[at];
  if (!step) return;
  const target = { laneId: box.laneId, stepId: step.id };
  dispatch(moveCards, { cardIds: [cardId], ...target, index: cardsInCell(layout, target).length });
}
