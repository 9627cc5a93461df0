/** What the room takes from participants (docs/room.md); each refusal says so in one sentence. */
export const ROOM_LIMITS = {
  /** People who may join one room (removed people do not count). */
  participants: 60,
  /** Push connections one person may hold at once (a phone and a laptop, a reload in between). */
  connectionsPerPerson: 6,
  /** Edits and presence updates: a steady rate per person, with a burst on top. */
  editsPerSecond: 6,
  editBurst: 30,
  /** A participant's request body: a card or a comment is a few kilobytes. */
  bodyBytes: 256 * 1024,
  /** Wrong join codes from one address before it must wait, and how long. */
  wrongCodes: 8,
  wrongCodeWindowMs: 60_000,
  /** Wrong join codes from everywhere together in that window: guessing from many addresses at once. */
  wrongCodesAll: 100,
  /** Joins per address per minute (each makes a token and maybe a participant). */
  joinsPerMinute: 20,
} as const;

/** A token bucket: `rate` per second, up to `burst` at once. */
export class Bucket {
  private tokens: number;
  private at: number;

  constructor(private readonly rate: number, private readonly burst: number, private readonly now: () => number = Date.now) {
    this.tokens = burst;
    this.at = now();
  }

  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) / 1000) * this.rate);
    this.at = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/**
 * Counts events per key within a sliding window (wrong codes per address, joins per address),
 * and in all; memory stays bounded by forgetting keys whose window has passed.
 */
export class WindowCounter {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly windowMs: number, private readonly now: () => number = Date.now) {}

  count(key: string): number {
    return this.recent(key).length;
  }

  total(): number {
    let n = 0;
    for (const key of [...this.hits.keys()]) n += this.recent(key).length;
    return n;
  }

  add(key: string): void {
    const list = this.recent(key);
    list.push(this.now());
    this.hits.set(key, list);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const list = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (list.length) this.hits.set(key, list);
    else this.hits.delete(key);
    return list;
  }
}
