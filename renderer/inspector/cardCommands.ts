import { defineCommand } from '../../shared/commands/command';
import { defaultTouchpoint } from '../../shared/model/defaults';
import type { Asset, Benchmark, Card, Differentiation, Id, ProductRatings, Touchpoint } from '../../shared/model/types';
import type { Draft } from 'immer';
import type { WorkshopDoc } from '../../shared/model/types';

/** The card's own fields the inspector edits directly. */
export type CardFields = Partial<Pick<Card, 'title' | 'description' | 'kind' | 'owner' | 'tags' | 'failPoint' | 'waitMinutes'>>;
export type TouchpointFields = Partial<Omit<Touchpoint, 'benchmark' | 'differentiation'>>;

function cardOf(draft: Draft<WorkshopDoc>, cardId: Id): Draft<Card> {
  const card = draft.cards[cardId];
  if (!card) throw new Error('the card no longer exists');
  return card;
}

function touchpointOf(draft: Draft<WorkshopDoc>, cardId: Id): Draft<Touchpoint> {
  const tp = cardOf(draft, cardId).touchpoint;
  if (!tp) throw new Error('the card is not a touchpoint');
  return tp;
}

export const editCard = defineCommand<{ cardId: Id; fields: CardFields }>('inspector.editCard', 'Edit card', (draft, { cardId, fields }) => {
  Object.assign(cardOf(draft, cardId), fields);
});

export const editCards = defineCommand<{ cardIds: Id[]; fields: Pick<CardFields, 'kind' | 'owner'> }>(
  'inspector.editCards', 'Edit cards', (draft, { cardIds, fields }) => {
    for (const id of cardIds) Object.assign(cardOf(draft, id), fields);
  },
);

/** Turning a touchpoint off and on again within one session keeps nothing: the default is fresh. */
export const setTouchpoint = defineCommand<{ cardId: Id; on: boolean }>('inspector.setTouchpoint', 'Mark touchpoint', (draft, { cardId, on }) => {
  const card = cardOf(draft, cardId);
  if (on && !card.touchpoint) card.touchpoint = defaultTouchpoint();
  if (!on) card.touchpoint = null;
});

export const editTouchpoint = defineCommand<{ cardId: Id; fields: TouchpointFields }>(
  'inspector.editTouchpoint', 'Edit touchpoint', (draft, { cardId, fields }) => {
    Object.assign(touchpointOf(draft, cardId), fields);
  },
);

export const editBenchmark = defineCommand<{ cardId: Id; fields: Partial<Benchmark> }>(
  'inspector.editBenchmark', 'Edit benchmark', (draft, { cardId, fields }) => {
    Object.assign(touchpointOf(draft, cardId).benchmark, fields);
  },
);

export const editDifferentiation = defineCommand<{ cardId: Id; fields: Partial<Differentiation> }>(
  'inspector.editDifferentiation', 'Edit differentiation', (draft, { cardId, fields }) => {
    Object.assign(touchpointOf(draft, cardId).differentiation, fields);
  },
);

export const editProduct = defineCommand<{ cardId: Id; fields: Partial<ProductRatings> }>(
  'inspector.editProduct', 'Rate product', (draft, { cardId, fields }) => {
    const card = cardOf(draft, cardId);
    card.product = { ...(card.product ?? { useful: null, usable: null, sensuous: null }), ...fields };
  },
);

/** Sets or clears a card's image; an image no other card shows leaves the file with it. */
export const setCardImage = defineCommand<{ cardId: Id; asset: Asset | null }>('inspector.setCardImage', 'Change image', (draft, { cardId, asset }) => {
  const card = cardOf(draft, cardId);
  const previous = card.imageId;
  if (asset) draft.assets[asset.id] = asset;
  card.imageId = asset?.id ?? null;
  if (previous && previous !== card.imageId && !Object.values(draft.cards).some((c) => c.imageId === previous)) {
    delete draft.assets[previous];
  }
});
