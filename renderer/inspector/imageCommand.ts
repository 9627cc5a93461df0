import { defineCommand } from '../../shared/commands/command';
import type { Asset, Id } from '../../shared/model/types';

/** Sets or clears a card's image; an image no other card shows leaves the file with it. */
export const setCardImage = defineCommand<{ cardId: Id; asset: Asset | null }>('inspector.setCardImage', 'Change image', (draft, { cardId, asset }) => {
  const card = draft.cards[cardId];
  if (!card) throw new Error('the card no longer exists');
  const previous = card.imageId;
  if (asset) draft.assets[asset.id] = asset;
  card.imageId = asset?.id ?? null;
  if (previous && previous !== card.imageId && !Object.values(draft.cards).some((c) => c.imageId === previous)) {
    delete draft.assets[previous];
  }
});
