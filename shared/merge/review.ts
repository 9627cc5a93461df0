import { recordIn } from '../model/queries';
import { TABLES, type TableName } from '../model/schemas';
import type { Id, WorkshopDoc } from '../model/types';
import { conflictKey, RECORD_FIELD, type Conflict, type MergeResult, type RecordChange } from './copies';
import type { MergeTable } from './fields';

/** One record to write into MINE (null: delete it): what applying a merge comes to. */
export interface MergeOp {
  table: MergeTable;
  id: string;
  record: object | null;
}

/** Where a record sits, in words a person finds it by on the canvas. */
export interface Place {
  blueprint: string | null;
  lane: string | null;
  step: string | null;
}

/** One line of the review: a record that comes in, changes or goes. */
export interface ReviewItem {
  key: string;
  table: MergeTable;
  kind: RecordChange['kind'];
  /** What the record is ("Card", "Lane"…) and its name or title. */
  what: string;
  name: string;
  place: Place;
  fields: string[];
  /** The card it is (for cards) or is about (comments, votes): what the preview marks. */
  cardId: Id | null;
  blueprintId: Id | null;
}

export interface ReviewConflict extends Conflict {
  /** `record#field`, what a choice names. */
  key: string;
  /** The field in words ("Title", "Importance", "The whole card"), and each side's value. */
  label: string;
  mineText: string;
  theirsText: string;
  what: string;
  name: string;
  place: Place;
  cardId: Id | null;
  blueprintId: Id | null;
}

/** What the host sends the review screen: every change, every conflict, and the records to write. */
export interface MergeReview {
  /** Names this review on the host; applying it names it again. */
  token: string;
  /** The other copy's file name (no folders). */
  file: string;
  added: number;
  changed: number;
  deleted: number;
  items: ReviewItem[];
  conflicts: ReviewConflict[];
  ops: MergeOp[];
}

const WHAT: Record<MergeTable, string> = {
  workshop: 'Workshop details', participants: 'Participant', brandAttributes: 'Brand attribute', segments: 'Segment',
  agenda: 'Agenda item', parkingLot: 'Parking-lot note', assets: 'Image', blueprints: 'Blueprint', lanes: 'Lane',
  stages: 'Stage', steps: 'Step', cards: 'Card', connectors: 'Connector', voteRounds: 'Vote round', votes: 'Vote', comments: 'Comment',
};

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The name a record goes by, for any table (a title, a name, a comment's first words). */
function nameOf(table: MergeTable, record: Record<string, unknown>, docs: WorkshopDoc[]): string {
  const card = (id: unknown) => docs.map((d) => recordIn(d.cards, id as Id)).find(Boolean);
  switch (table) {
    case 'workshop': return text(record.title);
    case 'connectors': return `${card(record.from)?.title || 'a card'} → ${card(record.to)?.title || 'a card'}`;
    case 'votes': return `${String(record.dots)} dot${record.dots === 1 ? '' : 's'} on “${card(record.cardId)?.title ?? ''}”`;
    case 'comments': return text(record.text);
    case 'parkingLot': return text(record.text);
    case 'agenda': case 'cards': return text(record.title);
    default: return text(record.name);
  }
}

/** The lane, step and blueprint of a record, looked up in the result first, then in the copies. */
function placeOf(table: MergeTable, record: Record<string, unknown>, docs: WorkshopDoc[]): { place: Place; cardId: Id | null; blueprintId: Id | null; order: number[] } {
  const find = <T>(pick: (d: WorkshopDoc) => Record<Id, T>, id: unknown): T | undefined => docs.map((d) => recordIn(pick(d), id as Id)).find(Boolean);
  const cardId = table === 'cards' ? (record.id as Id) : table === 'comments' || table === 'votes' ? (record.cardId as Id) : table === 'connectors' ? (record.from as Id) : null;
  const card = cardId ? find((d) => d.cards, cardId) : undefined;
  const laneId = card?.laneId ?? null;
  const stepId = card?.stepId ?? (table === 'steps' ? (record.id as Id) : null);
  const lane = laneId ? find((d) => d.lanes, laneId) : table === 'lanes' ? (record as { blueprintId: Id; name: string }) : undefined;
  const step = stepId ? find((d) => d.steps, stepId) : undefined;
  const stage = step ? find((d) => d.stages, step.stageId) : table === 'stages' ? (record as { blueprintId: Id; position: number }) : undefined;
  const blueprintId = lane?.blueprintId ?? stage?.blueprintId ?? (typeof record.blueprintId === 'string' ? record.blueprintId : table === 'blueprints' ? (record.id as Id) : null);
  const blueprint = blueprintId ? find((d) => d.blueprints, blueprintId) : undefined;
  return {
    place: { blueprint: blueprint?.name ?? null, lane: table === 'lanes' ? null : lane?.name ?? null, step: table === 'steps' ? null : step?.name ?? null },
    cardId: card ? cardId : null,
    blueprintId,
    // Reading order: the workshop first, then blueprint by blueprint, lane by lane, step by step.
    order: [blueprint ? 1 + blueprint.position : 0, lane && 'position' in lane ? (lane as { position: number }).position : -1, stage?.position ?? -1, step?.position ?? -1],
  };
}

const byOrder = (a: { order: number[] }, b: { order: number[] }): number => {
  for (let i = 0; i < a.order.length; i++) if (a.order[i] !== b.order[i]) return a.order[i]! - b.order[i]!;
  return 0;
};

/** "touchpoint.benchmark.standard" → "Benchmark standard": the last two words people see in the inspector. */
export function fieldLabel(field: string): string {
  const parts = field.split('.').filter((p) => p !== 'touchpoint');
  const words = parts.slice(-2).join(' ').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/Id\b/g, '').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const REFERS: Record<string, keyof Omit<WorkshopDoc, 'workshop'>> = { laneId: 'lanes', stepId: 'steps', stageId: 'stages', imageId: 'assets', from: 'cards', to: 'cards', cardId: 'cards', blueprintId: 'blueprints', roundId: 'voteRounds', participantId: 'participants' };

/** A value as a person reads it: names for ids, words for yes/no and none, short JSON for the rest. */
export function valueText(field: string, value: unknown, docs: WorkshopDoc[]): string {
  const refers = REFERS[field.split('.').at(-1)!];
  if (refers && typeof value === 'string') {
    const record = docs.map((d) => recordIn(d[refers] as Record<Id, { name?: string; title?: string }>, value)).find(Boolean);
    return record?.name ?? record?.title ?? value;
  }
  if (value === null || value === undefined || value === '') return '(none)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.length ? value.join(', ') : '(none)';
  const json = JSON.stringify(value);
  return json.length > 160 ? `${json.slice(0, 157)}…` : json;
}

/** The records that turn MINE into the merge's result. */
export function opsOf(result: MergeResult): MergeOp[] {
  return result.changes.map((c) => ({ table: c.table, id: c.id, record: c.after }));
}

/** The review of a merge: each change and conflict with its name and place, and the records to write. */
export function reviewOf(result: MergeResult, mine: WorkshopDoc, theirs: WorkshopDoc, token: string, file: string): MergeReview {
  const docs = [result.doc, mine, theirs];
  const items = result.changes.map((c) => {
    const record = (c.after ?? c.before) as Record<string, unknown>;
    return { key: `${c.table}/${c.id}`, table: c.table, kind: c.kind, what: WHAT[c.table], name: nameOf(c.table, record, docs), fields: c.fields, ...placeOf(c.table, record, docs) };
  }).sort(byOrder).map(({ order: _, ...item }): ReviewItem => item);
  const conflicts = result.summary.conflicts.map((c) => {
    const [table, id] = [c.record.slice(0, c.record.indexOf('/')) as MergeTable, c.record.slice(c.record.indexOf('/') + 1)];
    const source = table === 'workshop' ? mine.workshop : docs.map((d) => recordIn(d[table as TableName] as Record<Id, object>, id)).find(Boolean);
    const record = (source ?? { id }) as Record<string, unknown>;
    const texts = c.field === RECORD_FIELD
      ? { label: `The whole ${WHAT[table].toLowerCase()}`, mineText: c.mine === null ? 'Deleted' : 'Kept, with changes', theirsText: c.theirs === null ? 'Deleted' : 'Kept, with changes' }
      : { label: fieldLabel(c.field), mineText: valueText(c.field, c.mine, docs), theirsText: valueText(c.field, c.theirs, docs) };
    return { ...c, ...texts, key: conflictKey(c.record, c.field), what: WHAT[table], name: nameOf(table, record, docs), ...placeOf(table, record, docs) };
  }).sort(byOrder).map(({ order: _, ...conflict }): ReviewConflict => conflict);
  const { added, changed, deleted } = result.summary;
  return { token, file, added, changed, deleted, items, conflicts, ops: opsOf(result) };
}

/** MINE with a merge's records written: the preview, and what the merge command does to a draft. */
export function applyOps(doc: WorkshopDoc, ops: readonly MergeOp[]): WorkshopDoc {
  const out = { ...doc } as Record<string, unknown>;
  const copied = new Set<string>();
  for (const op of ops) {
    if (op.table === 'workshop') {
      if (op.record) out.workshop = op.record;
      continue;
    }
    if (!copied.has(op.table)) {
      out[op.table] = { ...(doc[op.table] as object) };
      copied.add(op.table);
    }
    const table = out[op.table] as Record<string, object>;
    if (op.record) table[op.id] = op.record;
    else delete table[op.id];
  }
  return out as unknown as WorkshopDoc;
}

export const MERGE_OP_TABLES: readonly MergeTable[] = ['workshop', ...TABLES];
