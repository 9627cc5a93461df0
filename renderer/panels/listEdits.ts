import type { ListCommands, ListTable } from '../../shared/commands/lists';
import { newId } from '../../shared/model/ids';
import { sorted } from '../../shared/model/queries';
import type { Id, RecordTypes, WorkshopDoc } from '../../shared/model/types';
import { dispatch } from '../state/documentStore';
import { burstGroup } from '../components/burst';

/** A list of the workshop in display order. */
export const listOf = <T extends ListTable>(table: T) => (doc: WorkshopDoc): RecordTypes[T][] =>
  sorted(Object.values(doc[table]) as RecordTypes[T][]);

export const sameItems = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** The edits one list offers its rows; typing into one field of one row is one undo step. */
export function listEdits<T extends ListTable, F extends keyof RecordTypes[T] & string>(table: T, commands: ListCommands<T, F>) {
  type Fields = Partial<Pick<RecordTypes[T], F>>;
  return {
    add(): Id {
      const id = newId();
      dispatch(commands.add, { id });
      return id;
    },
    type(id: Id, field: F, value: RecordTypes[T][F]): void {
      dispatch(commands.update, { id, fields: { [field]: value } as Fields }, { group: burstGroup(`${table}:${id}:${field}`) });
    },
    set(id: Id, fields: Fields): void {
      dispatch(commands.update, { id, fields });
    },
    move(id: Id, index: number): void {
      dispatch(commands.move, { id, index });
    },
    remove(id: Id): void {
      dispatch(commands.remove, { ids: [id] });
    },
  };
}
