import { randomBytes } from 'node:crypto';
import type { OpenedWorkshop, SaveStatus } from '../../shared/api/contract';
import { participantSchema } from '../../shared/model/schemas';
import type { Id, WorkshopDoc } from '../../shared/model/types';
import { newId } from '../../shared/model/ids';
import { FACILITATOR, type Actor, type RoomRole } from '../../shared/room/roles';
import type { RoomState } from '../../shared/room/state';
import type { Change, Edit, Push } from '../../shared/sync/protocol';
import { ServiceError } from '../service/errors';
import type { Deliver, SyncHub } from '../sync/hub';
import { ROOM_LIMITS } from './limits';
import { Roster, type Member } from './roster';
import { pushForParticipant, withoutHiddenDots } from './hiddenDots';

/** What a room needs of the open workshop it opens to participants. */
export interface RoomHost {
  session: string;
  hub: SyncHub;
  doc(): WorkshopDoc;
  status(): SaveStatus;
  /** Runs an edit as `actor` through the workshop's queue (committed, pushed, autosaved). */
  submit(actor: Actor, client: string, seq: number, edit: Edit): Promise<Change>;
}

/** A participant's page sees the file by its name only: where it lives on the facilitator's disk is not theirs to know. */
function forParticipants(status: SaveStatus): SaveStatus {
  const name = status.path.split(/[\\/]/).pop() ?? '';
  return { ...status, path: name, conflictCopy: status.conflictCopy === null ? null : name, note: null };
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * The participants' side of one open workshop (docs/room.md): who joined with which token,
 * their roles, the lock, and what every page is told about the room. The HTTP and WebSocket
 * side is RoomServer; edits go through the host's SyncHub like everyone's, as the participant.
 */
export class Room {
  /** The room's own client id, for the participants it adds to the workshop when they join. */
  private readonly hostClient = `room-${randomBytes(9).toString('base64url')}`;
  private hostSeq = 0;
  /** How to end each participant's push connections (when removed, or when the room ends). */
  private readonly sockets = new Map<Id, Set<(code: number, message: string) => void>>();
  open = true;
  join: RoomState['join'] = null;

  constructor(readonly host: RoomHost, readonly roster: Roster) {
    host.hub.locked = roster.locked;
    // Edits numbered before a restart are never applied again (docs/room.md).
    host.hub.resume(
      Object.fromEntries(Object.entries(roster.handled).map(([client, h]) => [client, h.seq])),
      (client) => `participant:${roster.handled[client]!.participantId}`,
    );
  }

  get code(): string {
    return this.roster.code;
  }

  actorOf(member: Member): Actor {
    const participant = this.host.doc().participants[member.participantId];
    return { role: member.role, participantId: member.participantId, name: participant?.name ?? '' };
  }

  /**
   * Someone typed their name and pressed Join: they become the workshop's participant of that
   * name (listed already, or added now) and get a token for this device.
   */
  async admit(name: string): Promise<{ member: Member; token: string }> {
    const trimmed = name.trim();
    if (!trimmed) throw new ServiceError('bad-request', 'Type your name to join.');
    const checked = participantSchema.shape.name.safeParse(trimmed);
    if (!checked.success) throw new ServiceError('bad-request', `That name cannot be used: it ${checked.error.issues[0]?.message ?? 'is not valid'}.`);
    const listed = Object.values(this.host.doc().participants).find((p) => sameName(p.name, trimmed));
    if (listed && this.roster.removed.has(listed.id)) throw new ServiceError('forbidden', 'The facilitator removed you from this room.');
    if (!listed || !this.roster.member(listed.id)) {
      if (this.roster.list().length >= ROOM_LIMITS.participants) {
        throw new ServiceError('forbidden', `The room is full (${ROOM_LIMITS.participants} people); ask the facilitator.`);
      }
    }
    let participantId = listed?.id;
    if (!participantId) {
      participantId = newId('p');
      const args = { id: participantId, fields: { name: trimmed, department: '' } };
      await this.host.submit(FACILITATOR, this.hostClient, ++this.hostSeq, { kind: 'command', command: 'participants.add', args });
    }
    const token = this.roster.issue(participantId, this.roster.member(participantId)?.role ?? 'participant');
    this.roster.save();
    this.announce();
    return { member: this.roster.member(participantId)!, token };
  }

  /** What a participant's page opens: the workshop as the host has it (less others' hidden dots). */
  opened(member: Member): OpenedWorkshop {
    const hub = this.host.hub;
    const doc = withoutHiddenDots(this.host.doc(), member.participantId);
    return { session: this.host.session, doc, seq: hub.seq, status: forParticipants(this.host.status()), recoveryAvailable: false, notice: null };
  }

  /** A participant's push connection: the hub's pushes (the file's path left out), then the room's news. */
  subscribe(member: Member, client: string, since: number, deliver: Deliver, close: (code: number, message: string) => void): () => void {
    const connections = this.sockets.get(member.participantId) ?? new Set();
    if (connections.size >= ROOM_LIMITS.connectionsPerPerson) {
      throw new ServiceError('forbidden', `You are connected from ${connections.size} windows already; close one and try again.`);
    }
    const unsubscribe = this.host.hub.subscribe(since, (push, text) => {
      const own: Push | null = push.type === 'status'
        ? { type: 'status', status: forParticipants(push.status) }
        : pushForParticipant(push, this.host.doc(), this.host.hub.seq, member.participantId);
      if (own) deliver(own, JSON.stringify(own));
      else deliver(push, text);
    }, { client, actor: this.actorOf(member) });
    connections.add(close);
    this.sockets.set(member.participantId, connections);
    const room: Push = { type: 'room', room: this.state(member) };
    deliver(room, JSON.stringify(room));
    return () => {
      connections.delete(close);
      unsubscribe();
    };
  }

  /** After each handled edit of a participant: what a restarted host must not apply again. */
  handled(client: string, member: Member, seq: number): void {
    this.roster.handled[client] = { participantId: member.participantId, seq: Math.max(seq, this.roster.handled[client]?.seq ?? 0) };
  }

  lock(locked: boolean): void {
    this.roster.locked = locked;
    this.host.hub.locked = locked;
    this.roster.save();
    this.announce();
  }

  setRole(participantId: Id, role: RoomRole): void {
    const member = this.roster.member(participantId) ?? this.missing(participantId);
    member.role = role;
    this.roster.save();
    // Their pages reconnect as who they now are.
    this.endSockets(participantId, 4401, role === 'viewer' ? 'The facilitator made you a viewer.' : 'The facilitator lets you take part again.');
    this.announce();
  }

  remove(participantId: Id): void {
    if (!this.roster.member(participantId)) this.missing(participantId);
    this.roster.remove(participantId);
    this.roster.save();
    this.endSockets(participantId, 4403, 'The facilitator removed you from this room.');
    this.host.hub.presence.forget(participantId);
    this.announce();
  }

  /** Ends the room: every participant's page is told, their tokens stop working, nothing is resumed later. */
  end(): void {
    this.open = false;
    for (const member of this.roster.list()) this.endSockets(member.participantId, 4410, 'The facilitator ended the room. Thank you for taking part!');
    this.roster.discard();
    this.announce();
  }

  /** Kept for a restart: saved on shutdown, so pages reconnect to the same code. */
  suspend(): void {
    this.roster.save();
  }

  /** The room as a page sees it: the facilitator's (how to join) or one participant's (who they are). */
  state(member?: Member): RoomState {
    const devices = this.host.hub.presence.devices();
    const participants = this.host.doc().participants;
    return {
      open: this.open,
      locked: this.roster.locked,
      limit: ROOM_LIMITS.participants,
      people: this.roster.list().map((m) => ({ participantId: m.participantId, name: participants[m.participantId]?.name ?? '', role: m.role, devices: devices.get(m.participantId) ?? 0 })),
      join: member ? null : this.join,
      me: member ? { participantId: member.participantId, name: participants[member.participantId]?.name ?? '', role: member.role } : null,
    };
  }

  /** Every page hears what changed in the room. */
  announce(): void {
    const hub = this.host.hub;
    hub.tell({ type: 'room', room: this.open ? this.state() : null }, (l) => l.actor.role === 'facilitator');
    for (const member of this.roster.list()) {
      hub.tell({ type: 'room', room: this.state(member) }, (l) => l.actor.role !== 'facilitator' && l.actor.participantId === member.participantId);
    }
  }

  private endSockets(participantId: Id, code: number, message: string): void {
    for (const close of [...(this.sockets.get(participantId) ?? [])]) close(code, message);
    this.sockets.delete(participantId);
  }

  private missing(participantId: Id): never {
    throw new ServiceError('not-found', `Nobody with the id "${participantId.slice(0, 64)}" has joined this room.`);
  }
}
