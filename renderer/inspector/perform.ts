import { dispatch } from '../state/documentStore';
import { burstGroup } from '../components/burst';
import type { Edit } from './edits';

export function perform<A>(edit: Edit<A>): void {
  dispatch(edit.command, edit.args, edit.group ? { group: burstGroup(edit.group) } : undefined);
}
