import type { MenuCommand } from '../../shared/api/menu';
import { editsDelivered, saveAs } from '../state/documentStore';
import { ACTIONS } from './appActions';
import { openMerge } from '../merge/mergeStore';
import { deleteSelected, selectAll } from './cardActions';

const RUN: Record<MenuCommand, () => void> = {
  save: ACTIONS.save.run,
  'save-as': () => void saveAs(),
  'merge-copy': () => openMerge(),
  export: ACTIONS.export.run,
  undo: ACTIONS.undo.run,
  redo: ACTIONS.redo.run,
  delete: deleteSelected,
  'select-all': selectAll,
  'zoom-in': ACTIONS.zoomIn.run,
  'zoom-out': ACTIONS.zoomOut.run,
  fit: ACTIONS.fit.run,
  presentation: ACTIONS.presentation.run,
  'next-region': ACTIONS.nextRegion.run,
  'previous-region': ACTIONS.previousRegion.run,
  // Main closes the window for good once it closes itself again.
  'prepare-close': () => void editsDelivered().then(() => window.close()),
};

/** Desktop menu items do what the same toolbar action or shortcut does. */
export function runMenuCommand(command: MenuCommand): void {
  RUN[command]();
}
