import { save } from '../state/documentStore';
import { getUi, setUi } from '../state/ui';
import { canvas } from '../canvas/controller';
import { getSelection, selectCards, selectConnector } from '../state/selection';
import type { Action } from './registry';
import { addCardHere, deleteSelected, duplicateSelected, selectAll } from './cardActions';
import { focusRegion } from '../shell/regions';
import { stepPresentation, stopPresenting, togglePresenting } from '../shell/presenting';
import { redoAndSay, undoAndSay } from '../feedback/undoRedo';
import { clearLens, getLens, lensActive, openFind } from '../insights/lens/lensStore';
import { toggleInsights } from '../insights/insightsStore';
import { FACILITATION_ACTIONS } from '../facilitation/actions';

const hasCards = () => getSelection().cardIds.length > 0;
const presenting = () => getUi().presentation;

/** Every app action. The toolbar reads labels and shortcuts from here, so they never disagree. */
export const ACTIONS = {
  addCard: { id: 'card.add', label: 'Add card', shortcuts: ['N'], run: addCardHere },
  undo: { id: 'edit.undo', label: 'Undo', shortcuts: ['Mod+Z'], run: undoAndSay },
  redo: { id: 'edit.redo', label: 'Redo', shortcuts: ['Shift+Mod+Z', 'Mod+Y'], run: redoAndSay },
  delete: { id: 'edit.delete', label: 'Delete', shortcuts: ['Delete', 'Backspace'], run: deleteSelected },
  duplicate: { id: 'card.duplicate', label: 'Duplicate', shortcuts: ['Mod+D'], enabled: hasCards, run: duplicateSelected },
  selectAll: { id: 'edit.selectAll', label: 'Select all cards', shortcuts: ['Mod+A'], run: selectAll },
  save: { id: 'file.save', label: 'Save', shortcuts: ['Mod+S'], inFields: true, run: () => void save() },
  export: { id: 'file.export', label: 'Export', shortcuts: ['Mod+E'], inFields: true, run: () => setUi({ exportOpen: true }) },
  zoomIn: { id: 'view.zoomIn', label: 'Zoom in', shortcuts: ['Mod+='], inFields: true, run: () => canvas()?.zoomIn() },
  zoomOut: { id: 'view.zoomOut', label: 'Zoom out', shortcuts: ['Mod+-'], inFields: true, run: () => canvas()?.zoomOut() },
  fit: { id: 'view.fit', label: 'Fit blueprint', shortcuts: ['Mod+0'], run: () => canvas()?.fit() },
  theme: { id: 'view.theme', label: 'Switch light/dark theme', shortcuts: [], run: () => setUi({ theme: getUi().theme === 'dark' ? 'light' : 'dark' }) },
  nextRegion: { id: 'view.nextRegion', label: 'Next region', shortcuts: ['F6'], inFields: true, run: () => focusRegion(1) },
  previousRegion: { id: 'view.previousRegion', label: 'Previous region', shortcuts: ['Shift+F6'], inFields: true, run: () => focusRegion(-1) },
  presentation: { id: 'view.presentation', label: 'Present', shortcuts: ['F5'], inFields: true, run: togglePresenting },
  presentNext: {
    id: 'present.next', label: 'Next', shortcuts: ['PageDown', 'Space', 'ArrowRight', 'ArrowDown'],
    enabled: presenting, run: () => stepPresentation(1),
  },
  presentPrevious: {
    id: 'present.previous', label: 'Previous', shortcuts: ['PageUp', 'Shift+Space', 'ArrowLeft', 'ArrowUp'],
    enabled: presenting, run: () => stepPresentation(-1),
  },
  presentFirst: { id: 'present.first', label: 'First', shortcuts: ['Home'], enabled: presenting, run: () => stepPresentation('first') },
  presentLast: { id: 'present.last', label: 'Last', shortcuts: ['End'], enabled: presenting, run: () => stepPresentation('last') },
  insights: { id: 'view.insights', label: 'Insights', shortcuts: [], run: toggleInsights },
  find: { id: 'view.find', label: 'Find cards', shortcuts: ['Mod+F'], inFields: true, enabled: () => !getUi().presentation, run: openFind },
  // Escape on the canvas clears the selection first, then the find or lens.
  clearFind: {
    id: 'view.clearFind', label: 'Clear find and lenses', shortcuts: ['Escape'],
    enabled: () => !getUi().presentation && (getLens().open || lensActive()) && getSelection().cardIds.length === 0 && getSelection().connectorId === null,
    run: clearLens,
  },
  deselect: {
    id: 'edit.deselect', label: 'Clear selection', shortcuts: ['Escape'],
    enabled: () => !getUi().presentation, run: () => { selectCards([]); selectConnector(null); },
  },
  leavePresentation: { id: 'present.leave', label: 'Leave presentation', shortcuts: ['Escape'], enabled: presenting, run: stopPresenting },
  ...FACILITATION_ACTIONS,
} satisfies Record<string, Action>;

export const ACTION_LIST: readonly Action[] = Object.values(ACTIONS);
