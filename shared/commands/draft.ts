import { original, type Draft } from 'immer';
import type { TableName } from '../model/schemas';
import type { Id, RecordTypes, WorkshopDoc } from '../model/types';
import { refuse } from './errors';

export type DocDraft = Draft<WorkshopDoc>;

const NAMES: Record<TableName, string> = {
  participants: 'participant', brandAttributes: 'brand attribute', segments: 'segment', agenda: 'agenda item',
  parkingLot: 'parking-lot note', assets: 'image', blueprints: 'blueprint', lanes: 'lane', stages: 'stage',
  steps: 'step', cards: 'card', connectors: 'connector', voteRounds: 'vote round', votes: 'vote', comments: 'comment',
};

/** The draft of one record, or a refusal naming what is missing. */
export function need<T extends TableName>(draft: DocDraft, table: T, id: Id): Draft<RecordTypes[T]> {
  const record = lookup(draft[table] as Record<Id, Draft<RecordTypes[T]>>, id);
  return record ?? refuse(`there is no ${NAMES[table]} "${id}"`);
}

/** Refuses an id that is already taken, so an add never overwrites a record. */
export function fresh(draft: DocDraft, table: TableName, id: Id): void {
  if (has(draft[table], id)) refuse(`the ${NAMES[table]} id "${id}" is already taken`);
}

/**
 * Copies the given fields onto a draft record. Only `allowed` fields may be set this way (ids,
 * positions and links have their own commands), and unchanged values make no patches.
 */
export function assign<T extends object, K extends keyof T & string>(target: T, fields: Partial<Pick<T, K>>, allowed: readonly K[]): void {
  for (const [key, value] of Object.entries(fields)) {
    if (!(allowed as readonly string[]).includes(key)) refuse(`"${key}" cannot be set here`);
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
}

/**
 * The document as it was when the edit began, for reading: reading through the draft would
 * make a proxy of every record visited, which on a big workshop costs more than the edit.
 */
export function before(draft: DocDraft): WorkshopDoc {
  return original(draft) as WorkshopDoc;
}

/** Own keys only: ids such as "constructor" must not find what every object inherits. */
export const has = (table: object, id: Id): boolean => Object.hasOwn(table, id);

/** A record by id, or undefined; never something inherited from Object.prototype. */
export function lookup<R>(table: Readonly<Record<Id, R>>, id: Id): R | undefined {
  return has(table, id) ? table[id] : undefined;
}
