import type { CallName, Result } from '../../shared/api/contract';

/**
 * How much the browser host takes on at once. Four parallel PNG exports at a large scale reached
 * ~0.9 GB, eight parallel 60 MB bodies ~1 GB: a page (or a runaway script holding the token)
 * could make the host swap or be killed, taking unsaved work with it. Beyond these limits a
 * request is refused at once with a Result that says why, never queued without end.
 */
export const HOST_LIMITS = {
  /** One request body: a paste of several photos fits (an 8 MiB image is ~11 MB as JSON). */
  bodyBytes: 64 * 1024 * 1024,
  /** All request bodies being received or handled at the same moment. */
  bodiesInFlight: 128 * 1024 * 1024,
  /** Exports and opening files read or build whole workshops: one at a time… */
  heavyAtOnce: 1,
  /** …with this many waiting behind it. */
  heavyWaiting: 4,
  /** A heavy call does not start while the host already uses this much memory. */
  residentBytes: 1536 * 1024 * 1024,
} as const;

/** Calls that read or build a whole workshop or picture: they take their turn. */
export const HEAVY_CALLS: ReadonlySet<CallName> = new Set<CallName>(['export.render', 'workshop.open', 'workshop.new', 'workshop.recover']);

export const busy = (message: string): Result<never> => ({ ok: false, error: { code: 'io', message } });

export const BUSY_EXPORTING = 'Frontstage is busy with other exports or files; try again in a moment.';
export const BUSY_RECEIVING = 'Frontstage is busy receiving other large requests; try again in a moment.';
export const LOW_MEMORY = 'Frontstage is low on memory and did not start this; try again when the current export has finished.';
export const TOO_LARGE = `The request is larger than the ${HOST_LIMITS.bodyBytes / 1024 / 1024} MB the Frontstage host accepts at once; add large images one at a time.`;

export class Refused extends Error {
  constructor(readonly status: 503 | 413, readonly result: Result<never>) {
    super(result.ok ? '' : result.error.message);
  }
}

/** Bytes of request bodies held at once, across requests. */
export class BodyBudget {
  private used = 0;

  constructor(private readonly limit: number = HOST_LIMITS.bodiesInFlight) {}

  get inUse(): number {
    return this.used;
  }

  /** Takes `bytes` of the budget, or says no without taking anything. */
  take(bytes: number): boolean {
    if (this.used + bytes > this.limit) return false;
    this.used += bytes;
    return true;
  }

  give(bytes: number): void {
    this.used = Math.max(0, this.used - bytes);
  }
}

/**
 * Runs heavy calls one after another with a short, bounded line behind them. A caller that has
 * gone away by its turn is skipped, so abandoned requests cost nothing.
 */
export class HeavyQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly atOnce: number = HOST_LIMITS.heavyAtOnce,
    private readonly maxWaiting: number = HOST_LIMITS.heavyWaiting,
    private readonly resident: () => number = () => process.memoryUsage().rss,
  ) {}

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(task: () => Promise<T>, gone: () => boolean): Promise<T | null> {
    if (this.running >= this.atOnce) {
      if (this.waiting.length >= this.maxWaiting) throw new Refused(503, busy(BUSY_EXPORTING));
      await new Promise<void>((turn) => this.waiting.push(turn));
    } else this.running++;
    try {
      if (gone()) return null;
      if (this.resident() > HOST_LIMITS.residentBytes) throw new Refused(503, busy(LOW_MEMORY));
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
