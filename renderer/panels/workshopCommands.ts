import { removeRecords } from '../../shared/commands/cascade';
import { defineCommand } from '../../shared/commands/command';
import { assign, before, fresh, need } from '../../shared/commands/draft';
import { refuse } from '../../shared/commands/errors';
import { positionsAt, siblings } from '../../shared/commands/positions';
import { positionAfterAll } from '../../shared/model/queries';
import type { Id, RecordTypes, Workshop } from '../../shared/model/types';

/** The workshop's own lists, edited from the workshop panel. */
export type ListTable = 'participants' | 'brandAttributes' | 'segments' | 'agenda' | 'parkingLot';
export type ItemFields<T extends ListTable> = Partial<Omit<RecordTypes[T], 'id' | 'position'>>;

const WORKSHOP_FIELDS = ['title', 'service', 'date', 'facilitator', 'notes'] as const;
export type WorkshopFields = Partial<Pick<Workshop, (typeof WORKSHOP_FIELDS)[number]>>;

const ITEM_FIELDS: { [T in ListTable]: readonly (keyof ItemFields<T> & string)[] } = {
  participants: ['name', 'department'],
  brandAttributes: ['name', 'description'],
  segments: ['name', 'description'],
  agenda: ['title', 'minutes', 'done'],
  parkingLot: ['text', 'author'],
};

export const updateWorkshop = defineCommand<{ fields: WorkshopFields }>('workshop.update', 'Edit workshop details', (draft, { fields }) => {
  assign(draft.workshop, fields, WORKSHOP_FIELDS);
});

/** Adds a record at the end of its list. */
export const addItem = defineCommand<{ table: ListTable; item: RecordTypes[ListTable] }>('workshop.addItem', 'Add to workshop', (draft, { table, item }) => {
  fresh(draft, table, item.id);
  (draft[table] as Record<Id, RecordTypes[ListTable]>)[item.id] = { ...item, position: positionAfterAll(Object.values(before(draft)[table])) };
});

export const updateItem = defineCommand<{ table: ListTable; id: Id; fields: ItemFields<ListTable> }>(
  'workshop.updateItem', 'Edit workshop details', (draft, { table, id, fields }) => {
    if ('bestCustomers' in fields) refuse('best customers are flagged with their own command');
    assign<Record<string, unknown>, string>(need(draft, table, id) as Record<string, unknown>, fields, ITEM_FIELDS[table]);
  },
);

/** Deletes a record and mends what pointed at it (a brand attribute leaves the touchpoints that expressed it). */
export const removeItem = defineCommand<{ table: ListTable; id: Id }>('workshop.removeItem', 'Delete from workshop', (draft, { table, id }) => {
  need(draft, table, id);
  removeRecords(draft, table, [id]);
});

export const moveItem = defineCommand<{ table: ListTable; id: Id; index: number }>('workshop.moveItem', 'Reorder', (draft, { table, id, index }) => {
  const record = need(draft, table, id);
  const rest = siblings(Object.values(before(draft)[table]), id);
  const [position] = positionsAt(draft[table] as never, rest, index);
  record.position = position!;
});

/** One segment is the best customers, whose positive experience benchmarks replicate; null clears it. */
export const flagBestCustomers = defineCommand<{ segmentId: Id | null }>('workshop.bestCustomers', 'Flag best customers', (draft, { segmentId }) => {
  if (segmentId !== null) need(draft, 'segments', segmentId);
  for (const s of Object.values(before(draft).segments)) {
    const flagged = s.id === segmentId;
    if (s.bestCustomers !== flagged) draft.segments[s.id]!.bestCustomers = flagged;
  }
});
