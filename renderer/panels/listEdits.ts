import { newId } from '../../shared/model/ids';
import { sorted } from '../../shared/model/queries';
import type { Id, RecordTypes, WorkshopDoc } from '../../shared/model/types';
import { dispatch } from '../state/documentStore';
import { addItem, moveItem, removeItem, updateItem, type ItemFields, type ListTable } from './workshopCommands';

/** A list of the workshop in display order. */
export const listOf = <T extends ListTable>(table: T) => (doc: WorkshopDoc): RecordTypes[T][] =>
  sorted(Object.values(doc[table]) as RecordTypes[T][]);

export const sameItems = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** The edits one list offers its rows; typing into one field of one row is one undo step. */
export function listEdits<T extends ListTable>(table: T, blank: Omit<RecordTypes[T], 'id' | 'position'>) {
  return {
    add(): Id {
      const id = newId();
      dispatch(addItem, { table, item: { ...blank, id, position: 0 } as unknown as RecordTypes[ListTable] });
      return id;
    },
    type(id: Id, field: keyof ItemFields<T> & string, value: unknown): void {
      dispatch(updateItem, { table, id, fields: { [field]: value } }, { group: `${table}:${id}:${field}` });
    },
    set(id: Id, fields: ItemFields<T>): void {
      dispatch(updateItem, { table, id, fields: fields as ItemFields<ListTable> });
    },
    move(id: Id, index: number): void {
      dispatch(moveItem, { table, id, index });
    },
    remove(id: Id): void {
      dispatch(removeItem, { table, id });
    },
  };
}
