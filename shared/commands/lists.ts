import type { Draft } from 'immer';
import type { Id, RecordTypes } from '../model/types';
import { removeRecords } from './cascade';
import { defineCommand, type Command } from './command';
import { assign, before, fresh, need, type DocDraft } from './draft';
import { positionsAt, siblings } from './positions';
import type { z } from 'zod';
import { recordSchemas } from '../model/schemas';
import { LIMITS } from '../model/text';
import { args, id, ids as idList, index } from './args';

/** Workshop-level tables that are plain ordered lists. */
export type ListTable = 'participants' | 'brandAttributes' | 'segments' | 'agenda' | 'parkingLot';

export interface ListCommands<T extends ListTable, F extends keyof RecordTypes[T] & string> {
  add: Command<{ id: Id; index?: number; fields?: Partial<Pick<RecordTypes[T], F>> }>;
  update: Command<{ id: Id; fields: Partial<Pick<RecordTypes[T], F>> }>;
  move: Command<{ id: Id; index: number }>;
  remove: Command<{ ids: Id[] }>;
}

/**
 * Add / edit / reorder / remove for one list table. `settle` runs after a record was added
 * or edited, for rules that span the list (only one segment holds the best customers), and
 * `removing` before records go.
 */
export function listCommands<T extends ListTable, F extends keyof RecordTypes[T] & string>(spec: {
  table: T;
  noun: string;
  fields: readonly F[];
  blank: () => Omit<RecordTypes[T], 'id' | 'position'>;
  settle?: (draft: DocDraft, id: Id) => void;
  /** Runs before records are removed, for what points at them from outside the tables (the timer). */
  removing?: (draft: DocDraft, ids: readonly Id[]) => void;
}): ListCommands<T, F> {
  const { table, noun, fields, blank, settle, removing } = spec;
  // The fields a list command may set, checked against the table's own record schema.
  const values = (recordSchemas[table] as z.ZodObject).pick(Object.fromEntries(fields.map((f) => [f, true])) as Record<string, true>).partial();
  type Fields = Partial<Pick<RecordTypes[T], F>>;
  const schema = <A>(shape: z.ZodRawShape) => args(shape) as unknown as z.ZodType<A>;
  const rows = (draft: DocDraft) => draft[table] as unknown as Record<Id, Draft<RecordTypes[T]>>;
  const ordered = (draft: DocDraft) => Object.values(before(draft)[table]) as RecordTypes[T][];
  return {
    add: defineCommand(`${table}.add`, `Add ${noun}`, (draft, { id, index, fields: values = {} }) => {
      fresh(draft, table, id);
      const position = positionsAt(rows(draft), siblings(ordered(draft)), index ?? Infinity)[0]!;
      const record = { ...blank(), id, position } as RecordTypes[T];
      assign(record, values, fields);
      rows(draft)[id] = record as Draft<RecordTypes[T]>;
      settle?.(draft, id);
    }, { args: schema<{ id: Id; index?: number; fields?: Fields }>({ id, index: index.optional(), fields: values.optional() }) }),
    update: defineCommand(
      `${table}.update`, `Edit ${noun}`,
      (draft, { id, fields: values }) => {
        assign(need(draft, table, id) as RecordTypes[T], values, fields);
        settle?.(draft, id);
      },
      { group: ({ id, fields: values }) => `${table}.update:${id}:${Object.keys(values).sort().join(',')}`, args: schema<{ id: Id; fields: Fields }>({ id, fields: values }) },
    ),
    move: defineCommand(`${table}.move`, `Move ${noun}`, (draft, { id, index }) => {
      const row = need(draft, table, id);
      row.position = positionsAt(rows(draft), siblings(ordered(draft), id), index)[0]!;
    }, { args: args({ id, index }) }),
    remove: defineCommand(`${table}.remove`, `Remove ${noun}`, (draft, { ids }) => {
      for (const id of ids) need(draft, table, id);
      removing?.(draft, ids);
      removeRecords(draft, table, ids);
    }, { args: args({ ids: idList(LIMITS.listItems) }) }),
  };
}
