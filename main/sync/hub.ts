import type { SaveStatus } from '../../shared/api/contract';
import type { PresenceUpdate } from '../../shared/room/presence';
import { actorKey, FACILITATOR, type Actor } from '../../shared/room/roles';
import { refusalFor } from '../../shared/room/rules';
import type { Change, Edit, Push } from '../../shared/sync/protocol';
import { ServiceError } from '../service/errors';
import type { WorkshopSession } from '../workshop';
import { runCommand, runRevert, touchedKeys } from './hostEdits';
import { PresenceBoard } from './presenceBoard';
import { mergeCopy } from '../../shared/commands/mergeCopy';
import type { MergeOp } from '../../shared/merge/review';
import { PendingMerges } from './pendingMerges';

/** One connected client: how to reach it. `text` is the push already in JSON, made once for all. */
export type Deliver = (push: Push, text: string) => void;

/** Who a push connection belongs to: the client id its hello named, and whose it is. */
export interface Listener {
  client: string;
  actor: Actor;
}

/** What a submission came to, kept so that an edit sent twice (after a reconnect) is answered the same. */
type Verdict = { change: Change } | { refused: ServiceError };

/** How many changes are kept for clients that reconnect; one further behind gets a snapshot. */
export const KEPT_CHANGES = 2_000;
/** And at most this much of them (pasted photos are large): memory stays bounded in a long session. */
const KEPT_BYTES = 32 * 1024 * 1024;
const KEPT_VERDICTS = 256;

/**
 * The single place an open workshop changes: clients submit edits, the hub runs each on the
 * host's document, commits it to the working copy, numbers it and pushes its patches to every
 * client. It also remembers who last changed each record, so an undo never takes back
 * someone else's work.
 */
export class SyncHub {
  seq = 0;
  private readonly log: { change: Change; bytes: number }[] = [];
  private logBytes = 0;
  private readonly clients = new Map<symbol, { deliver: Deliver; listener: Listener }>();
  private readonly verdicts = new Map<string, Map<number, Verdict>>();
  private readonly highest = new Map<string, number>();
  private readonly lastAuthor = new Map<string, string>();
  /** Whose each client id is: the first to use one owns it, so nobody can answer or undo as another. */
  private readonly owners = new Map<string, string>();
  /** Participants can look but not change anything (the facilitator locked the board). */
  locked = false;
  readonly presence = new PresenceBoard(() => this.announcePresence());

  /** Merges of other copies under review: applying one writes the stamps its review decided. */
  readonly merges: PendingMerges;

  constructor(private readonly workshop: WorkshopSession, private readonly now: () => number = Date.now) {
    this.merges = new PendingMerges(workshop, () => this.seq);
  }

  /**
   * Runs, commits and pushes one edit of `actor`; throws a ServiceError saying why when it is
   * refused. The one place an edit is admitted: roles and the lock are checked here, on what the
   * edit does to the host's document, whatever the client sent.
   */
  submit(client: string, clientSeq: number, edit: Edit, actor: Actor = FACILITATOR): Change {
    this.own(client, actor);
    const known = this.verdicts.get(client)?.get(clientSeq);
    if (known) {
      if ('refused' in known) throw known.refused;
      return known.change;
    }
    if (clientSeq <= (this.highest.get(client) ?? 0)) {
      throw new ServiceError('conflict', 'This change was handled long ago; it is not applied twice.');
    }
    try {
      const change = this.commit(client, clientSeq, edit, actor);
      this.remember(client, clientSeq, { change });
      return change;
    } catch (error) {
      // A refusal is final; a failure to write (disk full) left nothing behind and may be tried again.
      if (error instanceof ServiceError) this.remember(client, clientSeq, { refused: error });
      throw error;
    }
  }

  /**
   * Adds a client that has everything up to `since`: it gets what it missed at once (or the
   * whole document when that is no longer kept), then every change as it happens.
   */
  subscribe(since: number, deliver: Deliver, listener: Listener = { client: '', actor: FACILITATOR }): () => void {
    if (listener.client) this.own(listener.client, listener.actor);
    const key = Symbol('client');
    this.clients.set(key, { deliver, listener });
    const first = this.log[0]?.change.seq ?? this.seq + 1;
    const push: Push = since > this.seq || since < first - 1
      ? { type: 'snapshot', seq: this.seq, doc: this.workshop.doc }
      : { type: 'changes', changes: this.log.slice(since - first + 1).map((kept) => kept.change) };
    deliver(push, JSON.stringify(push));
    // A client back from a drop may have missed a save: it hears the file's state now.
    const status: Push = { type: 'status', status: this.workshop.status() };
    deliver(status, JSON.stringify(status));
    const presence = this.presencePush();
    deliver(presence, JSON.stringify(presence));
    if (listener.client) this.presence.connect(listener.client, listener.actor);
    return () => {
      if (!this.clients.delete(key)) return;
      if (listener.client) this.presence.disconnect(listener.client);
    };
  }

  /** A client says which card it is editing (and, presenting, what it shows); only its owner may. */
  present(client: string, actor: Actor, update: PresenceUpdate): void {
    this.own(client, actor);
    this.presence.update(client, update);
  }

  private own(client: string, actor: Actor): void {
    const owner = this.owners.get(client);
    if (owner !== undefined && owner !== actorKey(actor)) throw new ServiceError('forbidden', 'This names a window or device of someone else.');
    this.owners.set(client, actorKey(actor));
  }

  /** Client ids and the last edit number of each, kept across a restart of the host (docs/room.md). */
  handled(which: (actor: string) => boolean): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [client, seq] of this.highest) if (which(this.owners.get(client) ?? '')) out[client] = seq;
    return out;
  }

  /** After a restart: edits numbered up to these were applied before it, and are never applied twice. */
  resume(handled: Record<string, number>, owner: (client: string) => string): void {
    for (const [client, seq] of Object.entries(handled)) {
      this.highest.set(client, Math.max(seq, this.highest.get(client) ?? 0));
      this.owners.set(client, owner(client));
    }
  }

  /** Tells every client the file's state (after a save, or a change of path). */
  status(status: SaveStatus): void {
    this.broadcast({ type: 'status', status });
  }

  /** Pushes to the clients `to` picks (room news differs for the facilitator and participants). */
  tell(push: Push, to: (listener: Listener) => boolean): void {
    const text = JSON.stringify(push);
    for (const { deliver, listener } of this.clients.values()) if (to(listener)) deliver(push, text);
  }

  /** The document was replaced (unsaved work restored): every client starts over from it. */
  reset(): void {
    this.seq++;
    this.log.length = 0;
    this.logBytes = 0;
    this.lastAuthor.clear();
    this.broadcast({ type: 'snapshot', seq: this.seq, doc: this.workshop.doc });
  }

  get clientCount(): number {
    return this.clients.size;
  }

  private commit(client: string, clientSeq: number, edit: Edit, actor: Actor): Change {
    const workshop = this.workshop;
    if (actor.role !== 'facilitator' && this.locked) {
      throw new ServiceError('forbidden', 'The facilitator has locked the board: you can look, but not change anything until it is unlocked.');
    }
    if (edit.kind === 'revert') this.refuseOthersWork(client, edit);
    const done = edit.kind === 'command' ? runCommand(workshop.doc, edit) : runRevert(workshop.doc, edit);
    const refusal = refusalFor(actor, edit, workshop.doc, done.doc, done.patches);
    if (refusal) throw new ServiceError('forbidden', edit.kind === 'revert' ? `Could not ${edit.label}: ${refusal.charAt(0).toLowerCase()}${refusal.slice(1)}` : refusal);
    // Only once the edit is admitted: a refused merge leaves its review to be applied by someone who may.
    const merged = edit.kind === 'command' && edit.command === mergeCopy.id ? this.merges.claim(...mergeArgs(edit.args)) : undefined;
    // The change's time is also its stamps' (docs/merging.md): what a merge of copies later reads.
    const at = this.now();
    workshop.commit(done.doc, done.rows, at, merged);
    for (const key of touchedKeys(done.patches)) this.lastAuthor.set(key, client);
    const change: Change = { seq: ++this.seq, client, clientSeq, at, patches: done.patches };
    const push: Push = { type: 'changes', changes: [change] };
    const text = JSON.stringify(push);
    this.log.push({ change, bytes: text.length });
    this.logBytes += text.length;
    while (this.log.length > KEPT_CHANGES || (this.logBytes > KEPT_BYTES && this.log.length > 1)) this.logBytes -= this.log.shift()!.bytes;
    this.broadcast(push, text);
    return change;
  }

  /** Undo covers only your own edits: a record someone else changed last is not yours to revert. */
  private refuseOthersWork(client: string, edit: Extract<Edit, { kind: 'revert' }>): void {
    for (const key of touchedKeys(edit.patches)) {
      const author = this.lastAuthor.get(key);
      if (author !== undefined && author !== client) {
        throw new ServiceError('conflict', `Could not ${edit.label}: someone else has changed it since.`);
      }
    }
  }

  private remember(client: string, clientSeq: number, verdict: Verdict): void {
    this.highest.set(client, Math.max(clientSeq, this.highest.get(client) ?? 0));
    let mine = this.verdicts.get(client);
    if (!mine) this.verdicts.set(client, (mine = new Map()));
    mine.set(clientSeq, verdict);
    if (mine.size > KEPT_VERDICTS) mine.delete(mine.keys().next().value!);
  }

  private broadcast(push: Push, text?: string): void {
    if (!this.clients.size) return;
    text ??= JSON.stringify(push);
    for (const { deliver } of this.clients.values()) deliver(push, text);
  }

  private presencePush(): Push {
    return { type: 'presence', people: this.presence.people(), presenter: this.presence.presenterView() };
  }

  private announcePresence(): void {
    this.broadcast(this.presencePush());
    this.onPresence?.();
  }

  /** Called after presence changed (the room tells the facilitator how many are connected). */
  onPresence: (() => void) | null = null;
}

/** A merge command's arguments, already checked by its schema in runCommand. */
const mergeArgs = (args: unknown): [string, MergeOp[]] => {
  const { token, records } = args as { token: string; records: MergeOp[] };
  return [token, records];
};
