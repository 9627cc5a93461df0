import type { Patch } from 'immer';
import type { Result, SaveStatus } from '../../shared/api/contract';

export type Send = (patches: Patch[], revision: number) => Promise<Result<{ revision: number; status: SaveStatus }>>;

export interface OutboxEvents<D> {
  /** The app accepted an edit; `idle` when nothing else is waiting. */
  confirmed(status: SaveStatus, idle: boolean): void;
  /** The app refused an edit: `lastConfirmed` is the document as the app has it. */
  rejected(message: string, lastConfirmed: D): void;
}

/**
 * Sends edits to the app one at a time and in order, each with the revision the previous one
 * returned. The first refusal drops everything queued after it (those edits were made on a
 * document the app never had) and hands back the last document the app confirmed.
 */
export class Outbox<D> {
  private queue: Promise<void> = Promise.resolve();
  private generation = 0;
  private waiting = 0;

  constructor(
    private readonly send: Send,
    private readonly events: OutboxEvents<D>,
    private revision: number,
    private confirmedDoc: D,
  ) {}

  get pending(): number {
    return this.waiting;
  }

  /** Queues the patches that turned the previous document into `after`. */
  push(patches: Patch[], after: D): void {
    const generation = this.generation;
    this.waiting++;
    this.queue = this.queue.then(async () => {
      if (generation !== this.generation) return;
      let failure: string | null = null;
      try {
        const result = await this.send(patches, this.revision);
        if (generation !== this.generation) return;
        if (result.ok) {
          this.revision = result.value.revision;
          this.confirmedDoc = after;
          this.waiting--;
          this.events.confirmed(result.value.status, this.waiting === 0);
          return;
        }
        failure = result.error.message;
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
      if (generation !== this.generation) return;
      this.stop();
      this.events.rejected(failure, this.confirmedDoc);
    });
  }

  /** Resolves once every queued edit has been answered. */
  idle(): Promise<void> {
    return this.queue;
  }

  /** Drops whatever is still queued (after a refusal, or when the session ends). */
  stop(): void {
    this.generation++;
    this.waiting = 0;
  }
}
