import type { Patch } from 'immer';
import { cellKey } from '../model/queries';
import type { Card, Id } from '../model/types';

type Cards = Readonly<Record<Id, Card>>;
/** Card ids by cell key `laneId|stepId`. */
type Cells = Map<string, ReadonlySet<Id>>;

// Keyed by the cards table object: every edit makes a new table, and old ones are collected.
const indexes = new WeakMap<Cards, Cells>();

/**
 * Which cards sit in which cell. Finding a cell's cards by scanning every card would cost a
 * pass over the workshop per move; the index is built once and carried from edit to edit.
 */
export function cellIndex(cards: Cards): Cells {
  let cells = indexes.get(cards);
  if (!cells) {
    cells = new Map();
    for (const card of Object.values(cards)) add(cells, cellKey(card.laneId, card.stepId), card.id, null);
    indexes.set(cards, cells);
  }
  return cells;
}

/**
 * Gives `next` (the cards after `patches` were applied to `previous`) the index of `previous`,
 * updated only for the cards the patches name. Does nothing when `previous` has no index yet.
 */
export function carryCellIndex(previous: Cards, next: Cards, patches: readonly Patch[]): void {
  if (previous === next || indexes.has(next)) return;
  const old = indexes.get(previous);
  if (!old) return;
  const changed = new Set<Id>();
  for (const { path } of patches) {
    if (path[0] !== 'cards') continue;
    // The whole table was replaced: let the next reader build a fresh index.
    if (typeof path[1] !== 'string') return;
    changed.add(path[1]);
  }
  const cells: Cells = new Map(old);
  const copied = new Set<string>();
  for (const id of changed) {
    const before = Object.hasOwn(previous, id) ? previous[id] : undefined;
    const after = Object.hasOwn(next, id) ? next[id] : undefined;
    if (before) remove(cells, cellKey(before.laneId, before.stepId), id, copied);
    if (after) add(cells, cellKey(after.laneId, after.stepId), id, copied);
  }
  indexes.set(next, cells);
}

/** Sets shared with the previous index are copied before their first change (`copied` tracks which). */
function writable(cells: Cells, key: string, copied: Set<string> | null): Set<Id> {
  const current = cells.get(key);
  if (current && (copied === null || copied.has(key))) return current as Set<Id>;
  const set = new Set(current);
  cells.set(key, set);
  copied?.add(key);
  return set;
}

function add(cells: Cells, key: string, id: Id, copied: Set<string> | null): void {
  writable(cells, key, copied).add(id);
}

function remove(cells: Cells, key: string, id: Id, copied: Set<string>): void {
  if (!cells.get(key)?.has(id)) return;
  const set = writable(cells, key, copied);
  set.delete(id);
  if (!set.size) cells.delete(key);
}
