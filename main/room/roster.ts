import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, renameSync } from 'node:fs';
import { z } from 'zod';
import { idSchema } from '../../shared/model/text';
import type { Id } from '../../shared/model/types';
import { roomRoleSchema, type RoomRole } from '../../shared/room/roles';
import { removeQuietly, writePrivateFile } from '../workshop/files';
import { newJoinCode } from './code';

/** A person in the room: the participant of the workshop they are, their role, and the tokens of their devices. */
export interface Member {
  participantId: Id;
  role: RoomRole;
  tokens: Set<string>;
}

const digest = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

const savedSchema = z.strictObject({
  code: z.string().max(16),
  port: z.number().int().min(0).max(65535),
  locked: z.boolean(),
  savedAt: z.number(),
  members: z.array(z.strictObject({ participantId: idSchema, role: roomRoleSchema, tokens: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(64) })).max(1000),
  removed: z.array(idSchema).max(10_000),
  /** Each participant client's last handled edit, so a resend after a restart is not applied twice. */
  handled: z.record(z.string().max(64), z.strictObject({ participantId: idSchema, seq: z.number().int().min(0) })),
});
type Saved = z.infer<typeof savedSchema>;

/** A room saved this long ago is not resumed: its people have gone home. */
const RESUME_WITHIN_MS = 12 * 3600_000;

/**
 * Who may take part in a room: the join code, each person's tokens (kept only as SHA-256 digests),
 * who was removed, and whether the board is locked. Kept in a private file beside the working
 * copy, so that when the host restarts, everyone's page reconnects with the same code and token.
 */
export class Roster {
  private readonly members = new Map<Id, Member>();
  private readonly byDigest = new Map<string, Id>();
  readonly removed = new Set<Id>();
  /** Client id -> the participant it belongs to and its last handled edit, restored after a restart. */
  handled: Saved['handled'] = {};

  private constructor(public code: string, public port: number, public locked: boolean, private readonly file: string) {}

  /** The roster saved for this workshop not long ago, else a new one with a fresh code. */
  static load(file: string, now = Date.now()): Roster {
    try {
      const saved = savedSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
      if (now - saved.savedAt < RESUME_WITHIN_MS) {
        const roster = new Roster(saved.code, saved.port, saved.locked, file);
        for (const m of saved.members) roster.add({ participantId: m.participantId, role: m.role, tokens: new Set(m.tokens) });
        for (const id of saved.removed) roster.removed.add(id);
        roster.handled = saved.handled;
        return roster;
      }
    } catch {
      // No room to resume (none saved, or a damaged file): a new room.
    }
    return new Roster(newJoinCode(), 0, false, file);
  }

  list(): Member[] {
    return [...this.members.values()];
  }

  member(participantId: Id): Member | undefined {
    return this.members.get(participantId);
  }

  /** A new token for a device of this participant; they become a member if they were not. */
  issue(participantId: Id, role: RoomRole): string {
    const token = randomBytes(32).toString('base64url');
    const member = this.members.get(participantId) ?? { participantId, role, tokens: new Set<string>() };
    const hashed = digest(token);
    member.tokens.add(hashed);
    this.add(member);
    this.byDigest.set(hashed, participantId);
    return token;
  }

  /**
   * Whose token this is, if it is still valid. Looked up by its SHA-256 digest: how long a lookup
   * takes says nothing an attacker could use about any token.
   */
  holder(token: string | null): Member | null {
    if (!token || token.length > 200) return null;
    const id = this.byDigest.get(digest(token));
    return (id !== undefined && this.members.get(id)) || null;
  }

  /** Every token of this person stops working, and they cannot join again under this name. */
  remove(participantId: Id): void {
    const member = this.members.get(participantId);
    if (member) for (const t of member.tokens) this.byDigest.delete(t);
    this.members.delete(participantId);
    this.removed.add(participantId);
  }

  /** Writes the roster beside the working copy (0600), replacing the last one in one step. */
  save(now = Date.now()): void {
    const saved: Saved = {
      code: this.code, port: this.port, locked: this.locked, savedAt: now,
      members: this.list().map((m) => ({ participantId: m.participantId, role: m.role, tokens: [...m.tokens] })),
      removed: [...this.removed], handled: this.handled,
    };
    const temp = `${this.file}.tmp`;
    writePrivateFile(temp, JSON.stringify(saved));
    renameSync(temp, this.file);
  }

  /** The room ended: nothing of it is resumed. */
  discard(): void {
    removeQuietly(this.file);
  }

  private add(member: Member): void {
    this.members.set(member.participantId, member);
    for (const t of member.tokens) this.byDigest.set(t, member.participantId);
  }
}
