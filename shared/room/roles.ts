import { z } from 'zod';
import type { Id } from '../model/types';

/**
 * Who is making an edit (docs/room.md). The facilitator is whoever holds the host: the desktop
 * app's windows and the loopback browser host. Participants and viewers come through the room,
 * each with their own token, bound to a participant of the workshop.
 */
export const ROOM_ROLES = ['participant', 'viewer'] as const;
export const roomRoleSchema = z.enum(ROOM_ROLES);
export type RoomRole = z.infer<typeof roomRoleSchema>;

export type Actor =
  | { role: 'facilitator' }
  | { role: RoomRole; participantId: Id; name: string };

export const FACILITATOR: Actor = { role: 'facilitator' };

/** One key per person, for binding a client id to whoever first used it. */
export function actorKey(actor: Actor): string {
  return actor.role === 'facilitator' ? 'facilitator' : `participant:${actor.participantId}`;
}
