import { duplicateAsFutureState, idsToDuplicate } from '../../../shared/commands';
import { newId, type Id } from '../../../shared/model';
import { dispatch, getDoc } from '../../state/documentStore';
import { selectBlueprint } from '../../state/selection';
import { setCompare } from '../insightsStore';

/**
 * "Duplicate as future state": one undoable step that copies the blueprint with its cards'
 * lineage, then shows the copy and pairs it with its source in the compare view.
 */
export function duplicateAsFuture(sourceId: Id): void {
  const doc = getDoc();
  if (!doc.blueprints[sourceId]) return;
  const id = newId('b');
  const ids = Object.fromEntries(idsToDuplicate(doc, sourceId).map((old) => [old, newId()]));
  dispatch(duplicateAsFutureState, { blueprintId: sourceId, id, ids });
  if (!getDoc().blueprints[id]) return;
  selectBlueprint(id);
  setCompare({ before: sourceId, after: id });
}
