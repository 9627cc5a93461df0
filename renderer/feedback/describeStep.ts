import type { Id, WorkshopDoc } from '../../shared/model';
import type { HistoryMove } from '../state/documentStore';

export type { HistoryMove };

export interface Description {
  /** e.g. `Undid: fail point on Process registration`. */
  text: string;
  /** The cards the step changed that are still there, to show. */
  cardIds: Id[];
}

/** How a card's fields (and the touchpoint's and product ratings') read in a sentence. */
const FIELD_NAMES: Record<string, string> = {
  title: 'title', description: 'description', kind: 'kind', owner: 'owner', tags: 'tags', failPoint: 'fail point',
  waitMinutes: 'wait time', imageId: 'image', touchpoint: 'touchpoint', product: 'product ratings',
  'touchpoint.channel': 'channel', 'touchpoint.importance': 'importance', 'touchpoint.sentiment': 'sentiment',
  'touchpoint.expectation': 'expectation', 'touchpoint.experience': 'experience', 'touchpoint.responses': 'customer responses',
  'touchpoint.strategy': 'strategy', 'touchpoint.benchmark.standard': 'benchmark standard', 'touchpoint.benchmark.target': 'benchmark target',
  'touchpoint.benchmark.current': 'benchmark current score', 'touchpoint.benchmark.evidence': 'benchmark evidence',
  'touchpoint.differentiation.concept': 'concept', 'touchpoint.differentiation.brandAttributes': 'brand attributes',
  'touchpoint.quotes': 'quotes', 'touchpoint.rootCauses': 'root causes',
  'product.useful': 'useful rating', 'product.usable': 'usable rating', 'product.sensuous': 'sensuous rating',
};
const PLACE = new Set(['laneId', 'stepId', 'position']);
const NOUNS: Record<string, string> = { lanes: 'lane', stages: 'stage', steps: 'step', blueprints: 'blueprint' };
const STRUCTURE = ['blueprints', 'stages', 'steps', 'lanes'] as const;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Dotted paths of the leaves that differ between two values (objects compared key by key). */
function differences(a: unknown, b: unknown, prefix: string, out: string[]): void {
  if (a === b) return;
  if (isObject(a) && isObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) differences(a[key], b[key], prefix ? `${prefix}.${key}` : key, out);
  } else if (JSON.stringify(a) !== JSON.stringify(b)) out.push(prefix);
}

/** The name of a changed field, from its most precise known path. */
function fieldName(path: string): string | null {
  for (let p = path; p; p = p.slice(0, Math.max(0, p.lastIndexOf('.')))) {
    const name = FIELD_NAMES[p];
    if (name) return name;
    if (!p.includes('.')) break;
  }
  return null;
}

function listed(names: string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const titleOf = (doc: WorkshopDoc, id: Id) => doc.cards[id]?.title || 'an untitled card';
const recordOf = (doc: WorkshopDoc, table: string, id: Id) => (doc as unknown as Record<string, Record<Id, { name?: string } | undefined>>)[table]?.[id];
const has = (doc: WorkshopDoc, table: string, id: Id) => recordOf(doc, table, id) !== undefined;
const nameOf = (doc: WorkshopDoc, table: string, id: Id) => recordOf(doc, table, id)?.name ?? '';

/**
 * Says what a step of the undo history did, for the live region after an undo or redo:
 * `Undid: fail point on Process registration`, `Redid: add card Greets at the door`,
 * `Undid: add 5 cards`, `Redid: rename step Check in`. Patches say which records changed; the
 * documents before and after say how (patches of a whole record or object name no field).
 */
export function describeStep(move: HistoryMove): Description {
  // The step as it was first made: undoing runs it backwards.
  const [from, to] = move.direction === 'undo' ? [move.after, move.before] : [move.before, move.after];
  const verb = move.direction === 'undo' ? 'Undid' : 'Redid';
  const touched = new Map<string, Set<Id>>();
  for (const patch of move.patches) {
    const [table, id] = patch.path;
    if (typeof table !== 'string' || typeof id !== 'string') continue;
    if (!touched.has(table)) touched.set(table, new Set());
    touched.get(table)!.add(id);
  }
  const cards = [...(touched.get('cards') ?? [])];
  const shown = cards.filter((id) => move.after.cards[id]);
  const say = (what: string): Description => ({ text: `${verb}: ${what}`, cardIds: shown });

  // Adding or deleting lanes, stages or steps takes their cards along: say what the user did.
  for (const table of STRUCTURE) {
    const ids = [...(touched.get(table) ?? [])];
    const added = ids.filter((id) => !has(from, table, id) && has(to, table, id));
    const removed = ids.filter((id) => has(from, table, id) && !has(to, table, id));
    const noun = NOUNS[table]!;
    if (added.length > 1) return say(`add ${added.length} ${noun}s`);
    if (removed.length > 1) return say(`delete ${removed.length} ${noun}s`);
    if (added.length === 1) return say(`add ${noun} ${nameOf(to, table, added[0]!)}`.trim());
    if (removed.length === 1) return say(`delete ${noun} ${nameOf(from, table, removed[0]!)}`.trim());
  }
  if (cards.length > 0) {
    const added = cards.filter((id) => !from.cards[id] && to.cards[id]);
    const removed = cards.filter((id) => from.cards[id] && !to.cards[id]);
    if (added.length === cards.length) return say(added.length === 1 ? `add card ${titleOf(to, added[0]!)}` : `add ${added.length} cards`);
    if (removed.length === cards.length) return say(removed.length === 1 ? `delete card ${titleOf(from, removed[0]!)}` : `delete ${removed.length} cards`);
    if (cards.length === 1) {
      const id = cards[0]!;
      const paths: string[] = [];
      differences(from.cards[id], to.cards[id], '', paths);
      const names = [...new Set(paths.map(fieldName).filter((n): n is string => n !== null))];
      if (names.length > 0) return say(`${listed(names)} on ${titleOf(to, id)}`);
      if (paths.some((p) => PLACE.has(p.split('.')[0]!))) return say(`move of ${titleOf(to, id)}`);
    }
    return say(`${lowerFirst(move.label)} (${cards.length} cards)`);
  }
  const connectors = [...(touched.get('connectors') ?? [])];
  if (connectors.length === 1) {
    const c = to.connectors[connectors[0]!] ?? from.connectors[connectors[0]!];
    if (c) return say(`${lowerFirst(move.label)} from ${titleOf(to, c.from) || titleOf(from, c.from)} to ${titleOf(to, c.to)}`);
  }
  for (const table of STRUCTURE) {
    const ids = [...(touched.get(table) ?? [])];
    const noun = NOUNS[table]!;
    if (ids.length === 1) {
      const label = lowerFirst(move.label);
      const name = nameOf(to, table, ids[0]!);
      return say(!name ? label : label.includes(noun) ? `${label} ${name}` : `${label} ${noun} ${name}`);
    }
    if (ids.length > 1) return say(`${lowerFirst(move.label)} (${ids.length} ${noun}s)`);
  }
  return say(lowerFirst(move.label));
}
