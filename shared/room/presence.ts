import { z } from 'zod';
import { idSchema } from '../model/text';
import type { Id } from '../model/types';
import type { RoomRole } from './roles';

/**
 * Who is looking at a workshop right now, and what they are doing (docs/room.md): the host
 * knows every connected window, tab and device, which card each is editing (a soft lock: shown
 * on the card, never enforced), and where the presenter is looking.
 */
export interface PresentPerson {
  /** One window, tab or device. */
  client: string;
  participantId: Id | null;
  name: string;
  role: 'facilitator' | RoomRole;
  /** The card this client has open for editing, if any. */
  editing: Id | null;
}

/** What the presenter sees, in blueprint coordinates: followers fit the same area into their screen. */
export const presenterViewSchema = z.strictObject({
  blueprintId: idSchema,
  x: z.number().min(-1e7).max(1e7),
  y: z.number().min(-1e7).max(1e7),
  width: z.number().min(1).max(1e7),
  height: z.number().min(1).max(1e7),
});
export type PresenterView = z.infer<typeof presenterViewSchema>;

/** Says which card a client is editing, and (the facilitator, while presenting) the presenter's view. */
export const presenceUpdateSchema = z.strictObject({
  editing: idSchema.nullable(),
  presenting: presenterViewSchema.nullable().optional(),
});
export type PresenceUpdate = z.infer<typeof presenceUpdateSchema>;

/** Editors of a card other than `client`, for the soft lock shown on it. */
export function othersEditing(people: readonly PresentPerson[], cardId: Id, client: string): PresentPerson[] {
  return people.filter((p) => p.editing === cardId && p.client !== client);
}
