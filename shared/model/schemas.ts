import { z } from 'zod';
import { LIMITS, idSchema, line, para, position, rating, sentiment } from './text';
import { WORKSHOP_LIMITS } from './limits';

export const LANE_KINDS = ['evidence', 'customer', 'frontstage', 'backstage', 'support', 'product', 'custom'] as const;
/** Optional lanes of PRODUCT.md are custom lanes with a role that gives them meaning. */
export const LANE_ROLES = ['experience-curve', 'pain-points', 'ideas', 'metrics', 'policies'] as const;
export const CARD_KINDS = [
  'action', 'evidence', 'process', 'system', 'product',
  'pain-point', 'idea', 'note', 'metric', 'question',
] as const;
export const CHANNELS = ['in-person', 'phone', 'web', 'app', 'email', 'chat', 'social', 'mail', 'other'] as const;
export const STRATEGIES = ['none', 'benchmark', 'differentiate'] as const;
export const RESPONSE_TYPES = ['cognitive', 'affective', 'sensory', 'behavioral'] as const;
export const CONNECTOR_KINDS = ['flow', 'dependency', 'cause', 'feedback'] as const;
export const IMAGE_MIMES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;

const ids = (max: number = LIMITS.listItems) => z.array(idSchema).max(max);

export const workshopSchema = z.strictObject({
  title: line(LIMITS.title),
  service: line(LIMITS.title),
  /** ISO calendar date (YYYY-MM-DD) or empty when not set. */
  date: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, { message: 'is not a YYYY-MM-DD date' }),
  facilitator: line(),
  notes: para(),
  timer: z.strictObject({
    label: line(),
    durationSeconds: z.number().int().min(0).max(24 * 3600),
    /** Epoch milliseconds when the running timer started; null while paused or idle. */
    startedAt: z.number().int().min(0).nullable(),
    elapsedSeconds: z.number().min(0).max(24 * 3600),
    /** The agenda item whose time-box the timer counts down, or null for a free timer. */
    agendaItemId: idSchema.nullable(),
  }),
});

export const participantSchema = z.strictObject({
  id: idSchema, name: line(), department: line(), position,
});

export const brandAttributeSchema = z.strictObject({
  id: idSchema, name: line(), description: para(LIMITS.title * 4), position,
});

export const segmentSchema = z.strictObject({
  id: idSchema, name: line(), description: para(), bestCustomers: z.boolean(), position,
});

const epochMs = z.number().int().min(0);

export const agendaItemSchema = z.strictObject({
  id: idSchema, title: line(LIMITS.title), minutes: z.number().int().min(0).max(24 * 60),
  done: z.boolean(), position,
  /** When the item was first started and when it was finished (epoch ms), for planned vs actual. */
  startedAt: epochMs.nullable(),
  endedAt: epochMs.nullable(),
  /** How long the timer ran for this item, pauses left out. */
  actualSeconds: z.number().min(0).max(7 * 24 * 3600),
});

export const parkingNoteSchema = z.strictObject({
  id: idSchema, text: para(), author: line(), position,
});

export const blueprintSchema = z.strictObject({
  id: idSchema, name: line(), description: para(), position,
  /** Card ids in the order a presenter walks through them. */
  presentationOrder: ids(5_000),
});

export const laneSchema = z.strictObject({
  id: idSchema, blueprintId: idSchema, name: line(), kind: z.enum(LANE_KINDS),
  role: z.enum(LANE_ROLES).nullable(), hidden: z.boolean(), position,
});

export const stageSchema = z.strictObject({
  id: idSchema, blueprintId: idSchema, name: line(), position,
});

export const stepSchema = z.strictObject({
  id: idSchema, stageId: idSchema, name: line(), position,
});

export const benchmarkSchema = z.strictObject({
  standard: para(LIMITS.title * 4),
  target: rating.nullable(),
  current: rating.nullable(),
  /** What the best customers' positive experience was. */
  evidence: para(),
});

export const differentiationSchema = z.strictObject({
  concept: para(LIMITS.title * 4),
  brandAttributes: ids(100),
});

export const touchpointSchema = z.strictObject({
  channel: z.enum(CHANNELS),
  importance: rating,
  sentiment,
  expectation: rating.nullable(),
  experience: rating.nullable(),
  responses: z.array(z.enum(RESPONSE_TYPES)).max(RESPONSE_TYPES.length),
  strategy: z.enum(STRATEGIES),
  benchmark: benchmarkSchema,
  differentiation: differentiationSchema,
  quotes: z.array(para(LIMITS.title * 4)).max(LIMITS.quotes),
  /** Cards (often backstage or support) that cause what the customer meets here. */
  rootCauses: ids(100),
});

export const productRatingsSchema = z.strictObject({
  useful: rating.nullable(), usable: rating.nullable(), sensuous: rating.nullable(),
});

export const cardSchema = z.strictObject({
  id: idSchema, laneId: idSchema, stepId: idSchema, position,
  title: line(LIMITS.title),
  description: para(),
  kind: z.enum(CARD_KINDS),
  owner: line(),
  tags: z.array(line(LIMITS.tag)).max(LIMITS.tags),
  failPoint: z.boolean(),
  waitMinutes: z.number().min(0).max(525_600),
  imageId: idSchema.nullable(),
  touchpoint: touchpointSchema.nullable(),
  product: productRatingsSchema.nullable(),
  /**
   * Lineage: the card this one descends from through blueprint duplicates (e.g. the current-state
   * card of a future-state card), null for a card drawn on its own. Always the first ancestor, so a
   * chain of duplicates shares one key; not a reference that must resolve, as the ancestor may be
   * deleted later while its descendants still belong together.
   */
  originId: idSchema.nullable(),
  /**
   * The participant who added the card from their own device in a room (docs/room.md), null for
   * a card the facilitator made: a participant may edit and delete only the cards they added.
   */
  createdBy: idSchema.nullable(),
});

export const connectorSchema = z.strictObject({
  id: idSchema, blueprintId: idSchema, from: idSchema, to: idSchema,
  kind: z.enum(CONNECTOR_KINDS), label: line(),
});

/** Which cards of the blueprint take dots: all of them, those of some lanes, of some kinds, or a chosen set. */
export const ELIGIBILITY_SCOPES = ['all', 'lanes', 'kinds', 'cards'] as const;
export const eligibilitySchema = z.strictObject({
  scope: z.enum(ELIGIBILITY_SCOPES),
  laneIds: ids(100),
  kinds: z.array(z.enum(CARD_KINDS)).max(CARD_KINDS.length),
  cardIds: ids(5_000),
});

export const voteRoundSchema = z.strictObject({
  id: idSchema, blueprintId: idSchema, name: line(),
  dotsPerPerson: z.number().int().min(1).max(50), open: z.boolean(), position,
  /** What people vote on, e.g. "Which pain points hurt customers most?". */
  question: line(LIMITS.title),
  eligible: eligibilitySchema,
  /** Dots stay hidden from the room until the round closes, so early votes do not sway later ones. */
  hidden: z.boolean(),
  openedAt: epochMs.nullable(),
  closedAt: epochMs.nullable(),
});

export const voteSchema = z.strictObject({
  id: idSchema, roundId: idSchema, participantId: idSchema, cardId: idSchema,
  dots: z.number().int().min(1).max(50),
});

export const commentSchema = z.strictObject({
  id: idSchema, cardId: idSchema, author: line(), text: para(),
  /** Epoch milliseconds. */
  createdAt: epochMs,
  /** The participant who wrote it, when known; `author` keeps their name as it was. */
  authorId: idSchema.nullable(),
  /** The first comment of the thread this one answers; null for a thread's first comment. */
  parentId: idSchema.nullable(),
  /** Set on a thread's first comment: the thread is settled. */
  resolved: z.boolean(),
});

/** Images (physical evidence photos) live inside the workshop file. */
export const assetSchema = z.strictObject({
  id: idSchema, name: line(), mime: z.enum(IMAGE_MIMES),
  /** Base64 of the image bytes, at most 8 MiB decoded. */
  data: z.string().max(Math.ceil(WORKSHOP_LIMITS.imageBytes / 3) * 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, {
    message: 'is not base64',
  }),
});

/** Every table of the document, in the order records depend on each other. */
export const recordSchemas = {
  participants: participantSchema,
  brandAttributes: brandAttributeSchema,
  segments: segmentSchema,
  agenda: agendaItemSchema,
  parkingLot: parkingNoteSchema,
  assets: assetSchema,
  blueprints: blueprintSchema,
  lanes: laneSchema,
  stages: stageSchema,
  steps: stepSchema,
  cards: cardSchema,
  connectors: connectorSchema,
  voteRounds: voteRoundSchema,
  votes: voteSchema,
  comments: commentSchema,
} as const;

export type TableName = keyof typeof recordSchemas;
export const TABLES = Object.keys(recordSchemas) as TableName[];
