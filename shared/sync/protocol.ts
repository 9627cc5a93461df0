import type { Patch } from 'immer';
import { z } from 'zod';
import { TABLES } from '../model/schemas';
import type { WorkshopDoc } from '../model/types';
import type { PresentPerson, PresenterView } from '../room/presence';
import type { RoomState } from '../room/state';

/**
 * What travels between a workshop's host and the windows, tabs and devices showing it (see
 * docs/sync.md). Clients send edits; the host runs them, commits, and pushes the resulting
 * patches to every client in one order, numbered by `seq`.
 */

export const sessionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
/** One tab or window: random, made when the page loads. */
export const clientIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/** An immer patch whose path starts at a document table (or the workshop record). */
export const patchSchema = z.strictObject({
  op: z.enum(['add', 'remove', 'replace']),
  path: z
    .array(z.union([z.string().max(64), z.number().int().min(0)]))
    .min(1)
    .max(8)
    .refine((p) => p[0] === 'workshop' || (TABLES as readonly unknown[]).includes(p[0]), {
      message: 'does not start at a document table',
    }),
  value: z.unknown().optional(),
});

export const MAX_EDIT_PATCHES = 50_000;

/**
 * A client's edit: a command of the registry with its arguments, or an undo/redo of one of
 * the client's own edits as the patches that revert (or repeat) it.
 */
export const editSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('command'), command: z.string().min(1).max(64), args: z.unknown() }),
  z.strictObject({ kind: z.literal('revert'), label: z.string().max(200), patches: z.array(patchSchema).min(1).max(MAX_EDIT_PATCHES) }),
]);
export type Edit = z.infer<typeof editSchema>;

/** One committed edit, as every client of the workshop receives it. */
export interface Change {
  /** The host's order: 1, 2, 3… per open workshop, without gaps. */
  seq: number;
  /** Who made it (a client id) and that client's own number for the edit. */
  client: string;
  clientSeq: number;
  /** When the host committed it, epoch ms. */
  at: number;
  patches: Patch[];
}

/** What the host pushes. */
export type Push =
  | { type: 'changes'; changes: Change[] }
  /** Start over from this document (the client was too far behind, or unsaved work was restored). */
  | { type: 'snapshot'; seq: number; doc: WorkshopDoc }
  /** The user's file was saved, or its state changed otherwise. */
  | { type: 'status'; status: { path: string; dirty: boolean; savedAt: number | null; readOnly: boolean; conflictCopy: string | null } }
  /** The connection was refused (bad hello, workshop closed); the host closes it after saying why. */
  | { type: 'refused'; message: string }
  /** Who is connected, which card each is editing, and where the presenter looks (docs/room.md). */
  | { type: 'presence'; people: PresentPerson[]; presenter: PresenterView | null }
  /** The room of this workshop, or null when there is none (docs/room.md). */
  | { type: 'room'; room: RoomState | null };

/** The first (and only) message a client sends on a push connection. */
export const helloSchema = z.strictObject({
  type: z.literal('hello'),
  session: sessionIdSchema,
  client: clientIdSchema,
  /** The last seq this client has; the host sends what came after it. */
  since: z.number().int().min(0),
});
export type Hello = z.infer<typeof helloSchema>;

/** A hello is a few hundred bytes; anything larger on a push connection is refused. */
export const MAX_CLIENT_MESSAGE_BYTES = 4 * 1024;
