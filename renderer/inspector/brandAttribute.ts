import { defineCommand } from '../../shared/commands/command';
import { positionAfterAll } from '../../shared/model/queries';
import type { Id } from '../../shared/model/types';
import type { Edit } from './edits';

type Args = { cardId: Id; attributeId: Id; name: string };

/** A brand attribute named while designing a touchpoint, added to the workshop and linked at once. */
export const addBrandAttributeToCard = defineCommand<Args>(
  'inspector.addBrandAttributeToCard', 'Add brand attribute', (draft, { cardId, attributeId, name }) => {
    const tp = draft.cards[cardId]?.touchpoint;
    if (!tp) throw new Error('the card is not a touchpoint');
    draft.brandAttributes[attributeId] = { id: attributeId, name, description: '', position: positionAfterAll(Object.values(draft.brandAttributes)) };
    tp.differentiation.brandAttributes.push(attributeId);
  },
);

export function addBrandAttributeFor(cardId: Id, attributeId: Id, name: string): Edit<Args> {
  return { command: addBrandAttributeToCard, args: { cardId, attributeId, name } };
}
