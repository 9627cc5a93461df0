import type { Draft } from 'immer';
import { positionAfterAll, positionBetween, sorted } from '../model/queries';
import type { Id } from '../model/types';

type Positioned = { id: Id; position: number };

/** Closer than this, two neighbours leave no room between them that survives float rounding. */
const MIN_GAP = 1e-9;

/** Siblings in display order, leaving out the records being placed. */
export function siblings<T extends Positioned>(candidates: Iterable<T>, leaveOut: ReadonlySet<Id> | Id | null = null): T[] {
  const out: T[] = [];
  for (const c of candidates) {
    if (leaveOut === null || (typeof leaveOut === 'string' ? c.id !== leaveOut : !leaveOut.has(c.id))) out.push(c);
  }
  return sorted(out);
}

/**
 * Positions for `count` records inserted at `index` among `ordered` siblings (which must not
 * contain them). When the gap there is too small, the siblings are renumbered 0..n through
 * `table` (the draft table holding them) in the same edit, leaving room for the newcomers.
 */
export function positionsAt(
  table: Record<Id, Draft<Positioned>>,
  ordered: readonly Positioned[],
  index: number,
  count = 1,
): number[] {
  // Past the end (or not a number) means last.
  const at = Number.isNaN(index) ? ordered.length : Math.max(0, Math.min(Math.trunc(index), ordered.length));
  const before = ordered[at - 1]?.position;
  const after = ordered[at]?.position;
  const out: number[] = [];
  for (let k = 0; k < count; k++) {
    if (after === undefined) out.push(positionAfterAll(ordered) + k);
    else if (before === undefined) out.push(after - count + k);
    else out.push(count === 1 ? positionBetween(before, after) : before + ((after - before) * (k + 1)) / (count + 1));
  }
  if (fits(out, before, after)) return out;
  ordered.forEach((s, k) => {
    const target = k < at ? k : k + count;
    if (s.position !== target) table[s.id]!.position = target;
  });
  return out.map((_, k) => at + k);
}

function fits(out: number[], before: number | undefined, after: number | undefined): boolean {
  let previous = before ?? -Infinity;
  for (const p of out) {
    if (!Number.isFinite(p) || p - previous < MIN_GAP) return false;
    previous = p;
  }
  return after === undefined || after - previous >= MIN_GAP;
}
