import type { SaveStatus } from '../../shared/api/contract';
import type { Change, Edit, Push } from '../../shared/sync/protocol';
import { ServiceError } from '../service/errors';
import type { WorkshopSession } from '../workshop';
import { runCommand, runRevert, touchedKeys } from './hostEdits';
import { mergeCopy } from '../../shared/commands/mergeCopy';
import type { MergeOp } from '../../shared/merge/review';
import { PendingMerges } from './pendingMerges';

/** One connected client: how to reach it. `text` is the push already in JSON, made once for all. */
export type Deliver = (push: Push, text: string) => void;

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
  private readonly clients = new Map<symbol, Deliver>();
  private readonly verdicts = new Map<string, Map<number, Verdict>>();
  private readonly highest = new Map<string, number>();
  private readonly lastAuthor = new Map<string, string>();

  /** Merges of other copies under review: applying one writes the stamps its review decided. */
  readonly merges: PendingMerges;

  constructor(private readonly workshop: WorkshopSession, private readonly now: () => number = Date.now) {
    this.merges = new PendingMerges(workshop, () => this.seq);
  }

  /** Runs, commits and pushes one edit; throws a ServiceError saying why when it is refused. */
  submit(client: string, clientSeq: number, edit: Edit): Change {
    const known = this.verdicts.get(client)?.get(clientSeq);
    if (known) {
      if ('refused' in known) throw known.refused;
      return known.change;
    }
    if (clientSeq <= (this.highest.get(client) ?? 0)) {
      throw new ServiceError('conflict', 'This change was handled long ago; it is not applied twice.');
    }
    try {
      const change = this.commit(client, clientSeq, edit);
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
  subscribe(since: number, deliver: Deliver): () => void {
    const key = Symbol('client');
    this.clients.set(key, deliver);
    const first = this.log[0]?.change.seq ?? this.seq + 1;
    const push: Push = since > this.seq || since < first - 1
      ? { type: 'snapshot', seq: this.seq, doc: this.workshop.doc }
      : { type: 'changes', changes: this.log.slice(since - first + 1).map((kept) => kept.change) };
    deliver(push, JSON.stringify(push));
    // A client back from a drop may have missed a save: it hears the file's state now.
    const status: Push = { type: 'status', status: this.workshop.status() };
    deliver(status, JSON.stringify(status));
    return () => this.clients.delete(key);
  }

  /** Tells every client the file's state (after a save, or a change of path). */
  status(status: SaveStatus): void {
    this.broadcast({ type: 'status', status });
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

  private commit(client: string, clientSeq: number, edit: Edit): Change {
    const workshop = this.workshop;
    if (edit.kind === 'revert') this.refuseOthersWork(client, edit);
    const done = edit.kind === 'command' ? runCommand(workshop.doc, edit) : runRevert(workshop.doc, edit);
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
    for (const deliver of this.clients.values()) deliver(push, text);
  }
}

/** A merge command's arguments, already checked by its schema in runCommand. */
const mergeArgs = (args: unknown): [string, MergeOp[]] => {
  const { token, records } = args as { token: string; records: MergeOp[] };
  return [token, records];
};
