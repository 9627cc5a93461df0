import { z } from 'zod';
import {
  CARD_KINDS, CHANNELS, CONNECTOR_KINDS, ELIGIBILITY_SCOPES, IMAGE_MIMES, LANE_KINDS, LANE_ROLES, LIMITS, RECORD_LIMITS, RESPONSE_TYPES, STRATEGIES,
  assetSchema, idSchema, line, para, tooManyRecords, type TableName,
} from '../model';

/**
 * The JSON interchange format of CONTRACT §4, extended so that nothing of the model is lost
 * (docs/interchange.md). Records are nested where they belong and ordered by their position;
 * every optional field has the default a new record would get. No list may be longer than the
 * workshop may hold of its records in all; the totals are checked on the document
 * (`limitProblems`), exactly as for a workshop file.
 */

export const INTERCHANGE_FORMAT = 'frontstage-workshop';
export const INTERCHANGE_VERSION = 1;


const between = (min: number, max: number) => {
  const message = `must be a whole number between ${min} and ${max}`;
  return z.number().int({ message }).min(min, { message }).max(max, { message });
};
const rating = between(1, 5);
const unsetRating = rating.nullable().default(null);
const ids = (max: number) => z.array(idSchema).max(max, { message: `has more than ${max} entries` });
/** A list of one kind of record: never longer than a whole workshop may hold of them, said in the file's words. */
const records = <T extends z.ZodType>(item: T, table: TableName) =>
  z.array(item)
    .max(RECORD_LIMITS[table], { error: (issue) => tooManyRecords(table, (issue.input as unknown[]).length) })
    .default([]);
const list = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max, { message: `has more than ${max} entries` }).default([]);

const brandAttribute = z.strictObject({ id: idSchema, name: line(), description: para(LIMITS.title * 4).default('') });
const segment = z.strictObject({
  id: idSchema, name: line(), description: para().default(''), bestCustomers: z.boolean().default(false),
});
const participant = z.strictObject({ id: idSchema, name: line(), department: line().default('') });
const epochMs = z.number().int({ message: 'must be a whole number of milliseconds' }).min(0, { message: 'must be 0 or more' });
const agendaItem = z.strictObject({
  id: idSchema, title: line(LIMITS.title), minutes: between(0, 24 * 60).default(0), done: z.boolean().default(false),
  startedAt: epochMs.nullable().default(null),
  endedAt: epochMs.nullable().default(null),
  actualSeconds: z.number().min(0, { message: 'must be 0 or more' }).max(7 * 24 * 3600, { message: 'must be at most a week' }).default(0),
});
const parkingNote = z.strictObject({ id: idSchema, text: para(), author: line().default('') });
const timer = z.strictObject({
  label: line().default(''),
  durationSeconds: between(0, 24 * 3600).default(0),
  startedAt: z.number().int().min(0).nullable().default(null),
  elapsedSeconds: z.number().min(0).max(24 * 3600).default(0),
  agendaItem: idSchema.nullable().default(null),
});

const workshop = z.strictObject({
  title: line(LIMITS.title),
  service: line(LIMITS.title).default(''),
  date: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, { message: 'is not a YYYY-MM-DD date' }).default(''),
  facilitator: line().default(''),
  notes: para().default(''),
  timer: timer.default({ label: '', durationSeconds: 0, startedAt: null, elapsedSeconds: 0, agendaItem: null }),
  brandAttributes: records(brandAttribute, 'brandAttributes'),
  segments: records(segment, 'segments'),
  participants: records(participant, 'participants'),
  agenda: records(agendaItem, 'agenda'),
  parkingLot: records(parkingNote, 'parkingLot'),
});

const lane = z.strictObject({
  id: idSchema, name: line(), kind: z.enum(LANE_KINDS),
  role: z.enum(LANE_ROLES).nullable().default(null), hidden: z.boolean().default(false),
});
const step = z.strictObject({ id: idSchema, name: line() });
const stage = z.strictObject({ id: idSchema, name: line(), steps: records(step, 'steps') });

const benchmark = z.strictObject({
  standard: para(LIMITS.title * 4).default(''),
  target: unsetRating,
  current: unsetRating,
  evidence: para().default(''),
});
const differentiation = z.strictObject({
  concept: para(LIMITS.title * 4).default(''),
  brandAttributes: ids(100).default([]),
});
const touchpoint = z.strictObject({
  channel: z.enum(CHANNELS).default('in-person'),
  importance: rating.default(3),
  sentiment: between(-2, 2).default(0),
  expectation: unsetRating,
  experience: unsetRating,
  responses: z.array(z.enum(RESPONSE_TYPES)).max(RESPONSE_TYPES.length).default([]),
  strategy: z.enum(STRATEGIES).default('none'),
  benchmark: benchmark.default({ standard: '', target: null, current: null, evidence: '' }),
  differentiation: differentiation.default({ concept: '', brandAttributes: [] }),
  quotes: list(para(LIMITS.title * 4), LIMITS.quotes),
  rootCauses: ids(100).default([]),
});
const product = z.strictObject({ useful: unsetRating, usable: unsetRating, sensuous: unsetRating });

const card = z.strictObject({
  id: idSchema,
  lane: idSchema,
  step: idSchema,
  title: line(LIMITS.title).default(''),
  description: para().default(''),
  /** Left out: the kind a new card in its lane starts as. */
  kind: z.enum(CARD_KINDS).optional(),
  owner: line().default(''),
  tags: list(line(LIMITS.tag), LIMITS.tags),
  failPoint: z.boolean().default(false),
  waitMinutes: z.number().min(0, { message: 'must be 0 or more' }).max(525_600, { message: 'must be at most 525600 (a year)' }).default(0),
  image: idSchema.nullable().default(null),
  touchpoint: touchpoint.nullable().default(null),
  product: product.nullable().default(null),
  /** Lineage: the card this one was duplicated from with its blueprint (docs/interchange.md). */
  origin: idSchema.nullable().default(null),
  /** The participant who added it from their own device in a room (docs/interchange.md). */
  createdBy: idSchema.nullable().default(null),
});

const connector = z.strictObject({
  id: idSchema, from: idSchema, to: idSchema, kind: z.enum(CONNECTOR_KINDS).default('flow'), label: line().default(''),
});
const vote = z.strictObject({ id: idSchema, participant: idSchema, card: idSchema, dots: between(1, 50).default(1) });
const eligible = z.strictObject({
  scope: z.enum(ELIGIBILITY_SCOPES).default('all'),
  lanes: ids(100).default([]),
  kinds: z.array(z.enum(CARD_KINDS)).max(CARD_KINDS.length).default([]),
  cards: ids(5_000).default([]),
});
const voteRound = z.strictObject({
  id: idSchema, name: line(), question: line(LIMITS.title).default(''), dotsPerPerson: between(1, 50).default(3),
  open: z.boolean().default(false), hidden: z.boolean().default(false),
  eligible: eligible.default({ scope: 'all', lanes: [], kinds: [], cards: [] }),
  openedAt: epochMs.nullable().default(null),
  closedAt: epochMs.nullable().default(null),
  votes: records(vote, 'votes'),
});
const comment = z.strictObject({
  id: idSchema, card: idSchema, author: line().default(''), authorParticipant: idSchema.nullable().default(null),
  replyTo: idSchema.nullable().default(null), text: para(), createdAt: epochMs.default(0), resolved: z.boolean().default(false),
});

const blueprint = z.strictObject({
  id: idSchema,
  name: line(),
  description: para().default(''),
  lanes: records(lane, 'lanes'),
  stages: records(stage, 'stages'),
  cards: records(card, 'cards'),
  connectors: records(connector, 'connectors'),
  presentationOrder: ids(5_000).default([]),
  voteRounds: records(voteRound, 'voteRounds'),
  comments: records(comment, 'comments'),
});

const asset = z.strictObject({ id: idSchema, name: line().default(''), mime: z.enum(IMAGE_MIMES), data: assetSchema.shape.data });

export const interchangeSchema = z.strictObject({
  format: z.literal(INTERCHANGE_FORMAT),
  formatVersion: z.literal(INTERCHANGE_VERSION),
  /** What a template says about itself (`name`, `description`); import ignores its content. */
  template: z.record(z.string(), z.unknown()).optional(),
  workshop,
  blueprints: records(blueprint, 'blueprints'),
  assets: records(asset, 'assets'),
});

/** What `toInterchange` writes and `fromInterchange` accepts: every field with a default may be left out. */
export type InterchangeJson = z.input<typeof interchangeSchema>;
/** A validated interchange file with every default filled in. */
export type ParsedInterchange = z.output<typeof interchangeSchema>;
export type ParsedBlueprint = ParsedInterchange['blueprints'][number];
