import { dispatch } from '../state/documentStore';
import type { Edit } from './edits';

export function perform<A>(edit: Edit<A>): void {
  dispatch(edit.command, edit.args, edit.group ? { group: edit.group } : undefined);
}
