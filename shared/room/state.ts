import type { Id } from '../model/types';
import type { RoomRole } from './roles';

/** Someone who joined the room (and was not removed), with how many of their devices are connected now. */
export interface RoomPerson {
  participantId: Id;
  name: string;
  role: RoomRole;
  devices: number;
}

/**
 * The room of an open workshop as the host tells its pages (docs/room.md). The facilitator's
 * pages get how to join; a participant's page gets who it is.
 */
export interface RoomState {
  /** False once the facilitator ended the room. */
  open: boolean;
  /** Participants can look but not change anything while the board is locked. */
  locked: boolean;
  /** How many people may join at most. */
  limit: number;
  people: RoomPerson[];
  join: { url: string; code: string; address: string; port: number } | null;
  me: { participantId: Id; name: string; role: RoomRole } | null;
}
