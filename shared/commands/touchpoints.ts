import type { Draft } from 'immer';
import { defaultTouchpoint } from '../model/defaults';
import type { Benchmark, Id, ProductRatings, Touchpoint } from '../model/types';
import { defineCommand } from './command';
import { assign, before, has, need, type DocDraft } from './draft';
import { refuse } from './errors';
import { z } from 'zod';
import { benchmarkSchema, differentiationSchema, productRatingsSchema, touchpointSchema } from '../model/schemas';
import { args, id, index } from './args';

const quote = touchpointSchema.shape.quotes.element;

function touchpointOf(draft: DocDraft, cardId: Id): Draft<Touchpoint> {
  return need(draft, 'cards', cardId).touchpoint ?? refuse(`card "${cardId}" is not a touchpoint`);
}

/** Marking makes a fresh touchpoint; unmarking drops its data (undo brings it back). */
export const setTouchpoint = defineCommand<{ cardId: Id; on: boolean }>(
  'touchpoint.set', 'Mark touchpoint', (draft, { cardId, on }) => {
    const card = need(draft, 'cards', cardId);
    if (on && !card.touchpoint) card.touchpoint = defaultTouchpoint();
    if (!on && card.touchpoint) card.touchpoint = null;
  },
  { args: args({ cardId: id, on: z.boolean() }) },
);

export const TOUCHPOINT_FIELDS = ['channel', 'importance', 'sentiment', 'expectation', 'experience', 'responses', 'strategy'] as const;
export type TouchpointFields = Partial<Pick<Touchpoint, (typeof TOUCHPOINT_FIELDS)[number]>>;

export const updateTouchpoint = defineCommand<{ cardId: Id; fields: TouchpointFields }>(
  'touchpoint.update', 'Edit touchpoint', (draft, { cardId, fields }) => {
    assign(touchpointOf(draft, cardId), fields, TOUCHPOINT_FIELDS);
  },
  {
    group: ({ cardId, fields }) => `touchpoint.update:${cardId}:${Object.keys(fields).sort().join(',')}`,
    args: args({
      cardId: id,
      fields: touchpointSchema.pick({ channel: true, importance: true, sentiment: true, expectation: true, experience: true, responses: true, strategy: true }).partial(),
    }),
  },
);

const BENCHMARK_FIELDS = ['standard', 'target', 'current', 'evidence'] as const;

/** The standard to protect, its target and current score, and what the best customers experienced. */
export const updateBenchmark = defineCommand<{ cardId: Id; fields: Partial<Benchmark> }>(
  'touchpoint.benchmark', 'Edit benchmark', (draft, { cardId, fields }) => {
    assign(touchpointOf(draft, cardId).benchmark, fields, BENCHMARK_FIELDS);
  },
  { group: ({ cardId, fields }) => `touchpoint.benchmark:${cardId}:${Object.keys(fields).sort().join(',')}`, args: args({ cardId: id, fields: benchmarkSchema.partial() }) },
);

export const setConcept = defineCommand<{ cardId: Id; concept: string }>(
  'touchpoint.concept', 'Edit concept', (draft, { cardId, concept }) => {
    touchpointOf(draft, cardId).differentiation.concept = concept;
  },
  { group: ({ cardId }) => `touchpoint.concept:${cardId}`, args: args({ cardId: id, concept: differentiationSchema.shape.concept }) },
);

/** Adds or removes one brand attribute that a differentiated touchpoint expresses. */
export const setExpressedAttribute = defineCommand<{ cardId: Id; brandAttributeId: Id; on: boolean }>(
  'touchpoint.brandAttribute', 'Change brand attributes', (draft, { cardId, brandAttributeId, on }) => {
    if (on && !has(before(draft).brandAttributes, brandAttributeId)) refuse(`there is no brand attribute "${brandAttributeId}"`);
    const d = touchpointOf(draft, cardId).differentiation;
    const present = d.brandAttributes.includes(brandAttributeId);
    if (on && !present) d.brandAttributes.push(brandAttributeId);
    if (!on && present) d.brandAttributes = d.brandAttributes.filter((b) => b !== brandAttributeId);
  },
  { args: args({ cardId: id, brandAttributeId: id, on: z.boolean() }) },
);

/** A customer quote at `index` (default: last). */
export const addQuote = defineCommand<{ cardId: Id; text: string; index?: number }>(
  'touchpoint.addQuote', 'Add quote', (draft, { cardId, text, index }) => {
    const quotes = touchpointOf(draft, cardId).quotes;
    quotes.splice(Math.max(0, Math.min(index ?? quotes.length, quotes.length)), 0, text);
  },
  { args: args({ cardId: id, text: quote, index: index.optional() }) },
);

export const editQuote = defineCommand<{ cardId: Id; index: number; text: string }>(
  'touchpoint.editQuote', 'Edit quote', (draft, { cardId, index, text }) => {
    const quotes = touchpointOf(draft, cardId).quotes;
    if (!Number.isInteger(index) || index < 0 || index >= quotes.length) refuse(`there is no quote ${index + 1}`);
    quotes[index] = text;
  },
  { group: ({ cardId, index }) => `touchpoint.editQuote:${cardId}:${index}`, args: args({ cardId: id, index, text: quote }) },
);

export const removeQuote = defineCommand<{ cardId: Id; index: number }>(
  'touchpoint.removeQuote', 'Remove quote', (draft, { cardId, index }) => {
    const tp = touchpointOf(draft, cardId);
    if (!Number.isInteger(index) || index < 0 || index >= tp.quotes.length) refuse(`there is no quote ${index + 1}`);
    tp.quotes = tp.quotes.filter((_, i) => i !== index);
  },
  { args: args({ cardId: id, index }) },
);

/** Links a card (often backstage or support) as a cause of what the customer meets here. */
export const addRootCause = defineCommand<{ cardId: Id; causeId: Id }>(
  'touchpoint.addRootCause', 'Add root cause', (draft, { cardId, causeId }) => {
    if (causeId === cardId) refuse('a touchpoint cannot be its own root cause');
    if (!has(before(draft).cards, causeId)) refuse(`there is no card "${causeId}"`);
    const tp = touchpointOf(draft, cardId);
    if (!tp.rootCauses.includes(causeId)) tp.rootCauses.push(causeId);
  },
  { args: args({ cardId: id, causeId: id }) },
);

export const removeRootCause = defineCommand<{ cardId: Id; causeId: Id }>(
  'touchpoint.removeRootCause', 'Remove root cause', (draft, { cardId, causeId }) => {
    const tp = touchpointOf(draft, cardId);
    if (tp.rootCauses.includes(causeId)) tp.rootCauses = tp.rootCauses.filter((c) => c !== causeId);
  },
  { args: args({ cardId: id, causeId: id }) },
);

/** Useful / usable / sensuous ratings of a product card; null removes them. */
export const setProductRatings = defineCommand<{ cardId: Id; ratings: Partial<ProductRatings> | null }>(
  'card.product', 'Rate product', (draft, { cardId, ratings }) => {
    const card = need(draft, 'cards', cardId);
    if (ratings === null) {
      card.product = null;
      return;
    }
    if (!card.product) card.product = { useful: null, usable: null, sensuous: null };
    assign(card.product, ratings, ['useful', 'usable', 'sensuous']);
  },
  { group: ({ cardId }) => `card.product:${cardId}`, args: args({ cardId: id, ratings: productRatingsSchema.partial().nullable() }) },
);
