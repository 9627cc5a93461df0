import type { z } from 'zod';
import type {
  agendaItemSchema, assetSchema, benchmarkSchema, blueprintSchema, brandAttributeSchema, cardSchema,
  commentSchema, connectorSchema, differentiationSchema, eligibilitySchema, laneSchema, parkingNoteSchema,
  participantSchema, productRatingsSchema, segmentSchema, stageSchema, stepSchema,
  touchpointSchema, voteRoundSchema, voteSchema, workshopSchema,
  CARD_KINDS, CHANNELS, CONNECTOR_KINDS, LANE_KINDS, LANE_ROLES, RESPONSE_TYPES, STRATEGIES,
  TableName,
} from './schemas';

export type Id = string;

export type Workshop = z.infer<typeof workshopSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type BrandAttribute = z.infer<typeof brandAttributeSchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type ParkingNote = z.infer<typeof parkingNoteSchema>;
export type Asset = z.infer<typeof assetSchema>;
export type Blueprint = z.infer<typeof blueprintSchema>;
export type Lane = z.infer<typeof laneSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Card = z.infer<typeof cardSchema>;
export type Touchpoint = z.infer<typeof touchpointSchema>;
export type Benchmark = z.infer<typeof benchmarkSchema>;
export type Differentiation = z.infer<typeof differentiationSchema>;
export type ProductRatings = z.infer<typeof productRatingsSchema>;
export type Connector = z.infer<typeof connectorSchema>;
export type VoteRound = z.infer<typeof voteRoundSchema>;
export type Vote = z.infer<typeof voteSchema>;
export type Eligibility = z.infer<typeof eligibilitySchema>;
export type Timer = Workshop['timer'];
export type Comment = z.infer<typeof commentSchema>;

export type LaneKind = (typeof LANE_KINDS)[number];
export type LaneRole = (typeof LANE_ROLES)[number];
export type CardKind = (typeof CARD_KINDS)[number];
export type Channel = (typeof CHANNELS)[number];
export type Strategy = (typeof STRATEGIES)[number];
export type ResponseType = (typeof RESPONSE_TYPES)[number];
export type ConnectorKind = (typeof CONNECTOR_KINDS)[number];

export interface RecordTypes {
  participants: Participant;
  brandAttributes: BrandAttribute;
  segments: Segment;
  agenda: AgendaItem;
  parkingLot: ParkingNote;
  assets: Asset;
  blueprints: Blueprint;
  lanes: Lane;
  stages: Stage;
  steps: Step;
  cards: Card;
  connectors: Connector;
  voteRounds: VoteRound;
  votes: Vote;
  comments: Comment;
}

/**
 * The whole workshop as normalized records keyed by id, so that an immer patch path
 * `[table, id, field…]` names exactly one row of the workshop file.
 */
export type WorkshopDoc = { workshop: Workshop } & {
  [T in TableName]: Record<Id, RecordTypes[T]>;
};
