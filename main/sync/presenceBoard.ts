import type { Id } from '../../shared/model/types';
import type { PresentPerson, PresenterView, PresenceUpdate } from '../../shared/room/presence';
import type { Actor } from '../../shared/room/roles';

/** Presence changes in a burst (a room joining, a presenter panning) go out together, this often at most. */
const COALESCE_MS = 50;

interface Connected {
  actor: Actor;
  connections: number;
  editing: Id | null;
}

/**
 * Who is connected to one open workshop, per client (window, tab or device), with the card each
 * is editing and the presenter's view. Changes are announced through `announce`, coalesced.
 */
export class PresenceBoard {
  private readonly clients = new Map<string, Connected>();
  private presenter: { client: string; view: PresenterView } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly announce: () => void) {}

  connect(client: string, actor: Actor): void {
    const known = this.clients.get(client);
    if (known) known.connections++;
    else this.clients.set(client, { actor, connections: 1, editing: null });
    this.changed();
  }

  disconnect(client: string): void {
    const known = this.clients.get(client);
    if (!known) return;
    if (--known.connections > 0) return;
    this.clients.delete(client);
    if (this.presenter?.client === client) this.presenter = null;
    this.changed();
  }

  /** A client says what it is editing (and, presenting, what it shows); only a connected client counts. */
  update(client: string, update: PresenceUpdate): void {
    const known = this.clients.get(client);
    if (!known) return;
    let changed = known.editing !== update.editing;
    known.editing = update.editing;
    if (update.presenting !== undefined && known.actor.role === 'facilitator') {
      const before = this.presenter;
      this.presenter = update.presenting ? { client, view: update.presenting } : before?.client === client ? null : before;
      changed ||= before !== this.presenter;
    }
    if (changed) this.changed();
  }

  /** Everyone of a participant leaves at once (removed from the room, or the room ended). */
  forget(participantId: Id): void {
    for (const [client, known] of this.clients) {
      if (known.actor.role !== 'facilitator' && known.actor.participantId === participantId) this.clients.delete(client);
    }
    this.changed();
  }

  /** Connected devices per participant. */
  devices(): Map<Id, number> {
    const out = new Map<Id, number>();
    for (const { actor } of this.clients.values()) {
      if (actor.role !== 'facilitator') out.set(actor.participantId, (out.get(actor.participantId) ?? 0) + 1);
    }
    return out;
  }

  people(): PresentPerson[] {
    return [...this.clients].map(([client, { actor, editing }]) => actor.role === 'facilitator'
      ? { client, participantId: null, name: 'Facilitator', role: 'facilitator', editing }
      : { client, participantId: actor.participantId, name: actor.name, role: actor.role, editing });
  }

  presenterView(): PresenterView | null {
    return this.presenter?.view ?? null;
  }

  private changed(): void {
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.announce();
    }, COALESCE_MS);
    this.timer.unref?.();
  }
}
