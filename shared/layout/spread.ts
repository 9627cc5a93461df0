/**
 * Spreading routes that share a place: the ends on one side of a card, the runs along one gutter
 * between columns, the runs along one lane's free band. Each group is solved on its own, so
 * parallel routes lie side by side instead of on top of each other.
 */

/** A point on a card side that wants to be at `ideal` (y on a left or right side, x on the top or bottom). */
export interface Slot { order: number; ideal: number; at: number }

/**
 * Places the slots of one side between `lo` and `hi`, in the order of their ideal positions,
 * at least `gap` apart where the side is long enough, evenly over it where it is not; a lone
 * slot stays where it wants to be.
 */
export function spreadSlots(slots: Slot[], lo: number, hi: number, gap: number): void {
  if (slots.length > 1) slots.sort((a, b) => a.ideal - b.ideal || a.order - b.order);
  const n = slots.length;
  if (n === 0) return;
  if (hi - lo < gap * (n - 1)) {
    slots.forEach((s, i) => (s.at = n === 1 ? (lo + hi) / 2 : lo + ((hi - lo) * i) / (n - 1)));
    return;
  }
  let last = -Infinity;
  for (const s of slots) {
    s.at = Math.max(clamp(s.ideal, lo, hi), last + gap);
    last = s.at;
  }
  let next = Infinity;
  for (let i = n - 1; i >= 0; i--) {
    const s = slots[i]!;
    s.at = Math.min(s.at, hi, next - gap);
    next = s.at;
  }
}

/** A straight run of a route along a channel (a gutter or a band) that may need to step aside. */
export interface Run { channel: number; from: number; to: number; order: number; offset: number }

/**
 * Gives the runs of each channel their own tracks: runs whose extents overlap (closer than
 * `pad`) never share one. Tracks fill from the channel's middle outwards, `step` apart, and
 * squeeze together when more are needed than the channel's `half` width allows on either side.
 */
export function assignTracks(runs: Run[], half: (channel: number) => number, step: number, pad: number): void {
  const byChannel = new Map<number, Run[]>();
  for (const run of runs) {
    const list = byChannel.get(run.channel);
    if (list) list.push(run);
    else byChannel.set(run.channel, [run]);
  }
  for (const [channel, list] of byChannel) {
    list.sort((a, b) => lower(a) - lower(b) || upper(a) - upper(b) || a.order - b.order);
    const ends: number[] = [];
    const track = list.map((run) => {
      let t = ends.findIndex((end) => end < lower(run) - pad);
      if (t < 0) t = ends.length;
      ends[t] = upper(run);
      return t;
    });
    const sides = Math.ceil((ends.length - 1) / 2);
    const spacing = sides ? Math.min(step, half(channel) / sides) : 0;
    list.forEach((run, i) => {
      const t = track[i]!;
      run.offset = (t % 2 === 1 ? 1 : -1) * Math.ceil(t / 2) * spacing;
    });
  }
}

const lower = (r: Run) => Math.min(r.from, r.to);
const upper = (r: Run) => Math.max(r.from, r.to);
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
