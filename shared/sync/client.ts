import type { Patch } from 'immer';
import type { Result } from '../api/contract';
import type { WorkshopDoc } from '../model/types';
import type { Change, Edit, Push } from './protocol';
import { Replica, type PendingEdit } from './replica';

/** How a client reaches the host: `workshop.submit` over whatever carries the contract. */
export type Submit = (request: { client: string; seq: number; edit: Edit }) => Promise<Result<{ change: Change }>>;

export interface SyncEvents {
  /** The document shown changed (`view`), or only what is pending did (`view` false). */
  changed(view: boolean): void;
  /** The host refused an own edit, for this reason (one sentence). */
  refused(edit: PendingEdit, message: string): void;
  /** The host pushed the file's state (after a save). */
  status(status: Extract<Push, { type: 'status' }>['status']): void;
  /** This client cannot follow the host any more and needs the whole document again. */
  lost(): void;
}

const RETRY_MS = [500, 1_000, 2_000, 5_000];

/**
 * A client of one open workshop: sends its edits one at a time, in order, and takes in what
 * the host pushes (see Replica for the document side). An edit the transport could not
 * deliver is sent again, with the same number, until the host answers; the host applies an
 * edit once however often it arrives. Transport-neutral: the renderer store and the tests
 * drive the same code.
 */
export class SyncClient {
  readonly replica: Replica;
  /** The last own edit the host answered (confirmed or refused). */
  private answered = 0;
  private sending = false;
  private retries = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private idleWaiters: (() => void)[] = [];
  private inbox: Change[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  /** The last attempt to reach the host failed; edits are kept and sent again. */
  offline = false;

  constructor(client: string, doc: WorkshopDoc, seq: number, private readonly submit: Submit, private readonly events: SyncEvents) {
    this.replica = new Replica(client, doc, seq);
  }

  get view(): WorkshopDoc {
    return this.replica.view;
  }

  get pending(): number {
    return this.replica.pending.length;
  }

  /** An edit already run on the view: shown at once, sent in turn. */
  edit(edit: Edit, label: string, after: WorkshopDoc, patches: Patch[]): void {
    this.replica.local(edit, label, after, patches);
    void this.pump();
  }

  /** What the push connection delivered. */
  receive(push: Push): void {
    if (this.stopped) return;
    if (push.type === 'status') return this.events.status(push.status);
    if (push.type === 'refused' || push.type === 'presence' || push.type === 'room') return;
    if (push.type === 'snapshot') {
      // Edits already answered are in the snapshot or were refused; the rest are sent (again).
      const view = this.replica.reset(push.doc, push.seq);
      this.events.changed(view);
      return void this.pump();
    }
    this.take(push.changes);
  }

  /**
   * Changes are taken in batches: all that arrived before the next turn of the event loop are
   * applied together, so pending edits are replayed once per batch rather than once per change
   * (with many edits pending and a busy room, replaying per change would outgrow the machine).
   */
  private take(changes: readonly Change[]): void {
    this.inbox.push(...changes);
    this.flushTimer ??= setTimeout(() => this.flush(), 0);
  }

  private flush(): void {
    this.flushTimer = null;
    if (this.stopped) return;
    const changes = this.inbox;
    this.inbox = [];
    const outcome = this.replica.receive(changes);
    if (outcome.diverged) return this.events.lost();
    if (outcome.viewChanged || outcome.confirmed.length) this.events.changed(outcome.viewChanged);
    this.settleIdle();
  }

  /** Resolves once every edit made so far has been answered by the host. */
  idle(): Promise<void> {
    if (!this.pending || this.stopped) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** The connection is back: send what waits now instead of at the next retry. */
  retryNow(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    void this.pump();
  }

  stop(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.settleIdle(true);
  }

  private async pump(): Promise<void> {
    if (this.sending || this.stopped || this.retryTimer) return;
    this.sending = true;
    try {
      for (let next = this.nextToSend(); next && !this.stopped; next = this.nextToSend()) {
        const result = await this.submit({ client: this.replica.client, seq: next.clientSeq, edit: next.edit });
        if (this.stopped) return;
        if (!result.ok && result.error.code === 'offline') {
          this.goOffline();
          return;
        }
        this.retries = 0;
        if (this.offline) {
          this.offline = false;
          this.events.changed(false);
        }
        this.answered = next.clientSeq;
        if (result.ok) this.confirm(result.value.change);
        else this.refuse(next, result.error.message);
      }
    } finally {
      this.sending = false;
      this.settleIdle();
    }
  }

  private nextToSend(): PendingEdit | undefined {
    return this.replica.pending.find((p) => p.clientSeq > this.answered);
  }

  private confirm(change: Change): void {
    if (change.seq > this.replica.seq) return this.take([change]);
    // Applied already (the push came first), or an edit sent again after a snapshot that holds it.
    const { viewChanged } = this.replica.refuse(change.clientSeq);
    this.events.changed(viewChanged);
  }

  private refuse(edit: PendingEdit, message: string): void {
    const { refused, viewChanged } = this.replica.refuse(edit.clientSeq);
    if (refused) this.events.refused(refused, message);
    this.events.changed(viewChanged);
  }

  private goOffline(): void {
    this.offline = true;
    this.events.changed(false);
    const wait = RETRY_MS[Math.min(this.retries++, RETRY_MS.length - 1)]!;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.pump();
    }, wait);
  }

  private settleIdle(force = false): void {
    if (!force && this.pending) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
