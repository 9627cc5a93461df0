import { redo, save, undo, getDoc } from '../state/documentStore';
import { getUi, setUi } from '../state/ui';
import { canvas } from '../canvas/controller';
import { getSelection, selectCards, selectConnector } from '../state/selection';
import type { Action } from './registry';
import { addCardHere, deleteSelected, duplicateSelected, selectAll } from './cardActions';
import { presentationWalk } from '../shell/presentation';
import { focusRegion } from '../shell/regions';
import { clearLens, getLens, lensActive, openFind } from '../insights/lens/lensStore';
import { toggleInsights } from '../insights/insightsStore';
import { FACILITATION_ACTIONS } from '../facilitation/actions';

const hasCards = () => getSelection().cardIds.length > 0;

/** Every app action. The toolbar reads labels and shortcuts from here, so they never disagree. */
export const ACTIONS = {
  addCard: { id: 'card.add', label: 'Add card', shortcuts: ['N'], run: addCardHere },
  undo: { id: 'edit.undo', label: 'Undo', shortcuts: ['Mod+Z'], run: undo },
  redo: { id: 'edit.redo', label: 'Redo', shortcuts: ['Shift+Mod+Z', 'Mod+Y'], run: redo },
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
  presentation: {
    id: 'view.presentation', label: 'Presentation mode', shortcuts: ['F5'], inFields: true,
    run: () => setUi({ presentation: !getUi().presentation, presentationStep: 0 }),
  },
  presentNext: {
    id: 'present.next', label: 'Next card', shortcuts: ['PageDown', 'Space', 'ArrowRight'],
    enabled: () => getUi().presentation, run: () => stepPresentation(1),
  },
  presentPrevious: {
    id: 'present.previous', label: 'Previous card', shortcuts: ['PageUp', 'Shift+Space', 'ArrowLeft'],
    enabled: () => getUi().presentation, run: () => stepPresentation(-1),
  },
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
  leavePresentation: {
    id: 'present.leave', label: 'Leave presentation', shortcuts: ['Escape'],
    enabled: () => getUi().presentation, run: () => setUi({ presentation: false }),
  },
  ...FACILITATION_ACTIONS,
} satisfies Record<string, Action>;

export const ACTION_LIST: readonly Action[] = Object.values(ACTIONS);

function stepPresentation(delta: number): void {
  const { blueprintId } = getSelection();
  if (!blueprintId) return;
  const walk = presentationWalk(getDoc(), blueprintId);
  if (!walk.length) return;
  const step = Math.max(0, Math.min(walk.length - 1, getUi().presentationStep + delta));
  setUi({ presentationStep: step });
  canvas()?.spotlight(walk[step]!);
}
