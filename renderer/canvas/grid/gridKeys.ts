import type { KeyboardEvent } from 'react';
import type { BlueprintLayout } from '../../../shared/layout';
import { startEditing, startNewCard } from '../capture';
import { focusCard } from '../focus';
import { nudgeCard, type Direction } from '../nudge';
import { startRename } from '../structure/renaming';
import { focusGrid } from './gridFocus';
import { cancelConnecting, connectingFrom, finishConnecting, startConnecting, toggleTouchpoint } from './connecting';
import { gridOf, move, type GridFocus, type GridMove } from './gridModel';

const MOVES: Record<string, GridMove> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right', Home: 'home', End: 'end' };
const DIRECTIONS: Partial<Record<string, Direction>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** What a key event on the canvas is aimed at: a card, a cell or a header element (not its ⋯ button). */
function focusOf(target: HTMLElement): GridFocus | null {
  if (target.classList.contains('react-flow__node') && target.dataset.id) return { kind: 'card', id: target.dataset.id };
  if (target.classList.contains('fs-cell') && target.dataset.lane && target.dataset.step) return { kind: 'cell', laneId: target.dataset.lane, stepId: target.dataset.step };
  const header = target.dataset.headerKind;
  if (target.dataset.headerId && (header === 'lane' || header === 'stage' || header === 'step')) return { kind: header, id: target.dataset.headerId };
  return null;
}

/**
 * The keyboard model of the grid (docs/canvas.md): arrows, Home and End move between cells,
 * cards and headers; Ctrl/Cmd+Home and End go to the first and last cell; Enter on a cell starts
 * a card there, on a card or header edits its name (so does F2); Alt+arrows move a card; C on a
 * card starts a connector that Enter on another card ends; T marks a touchpoint.
 * Returns true when the key was used.
 */
export function onGridKey(event: KeyboardEvent, layout: BlueprintLayout): boolean {
  const from = focusOf(event.target as HTMLElement);
  if (!from) return false;
  const mod = event.ctrlKey || event.metaKey;
  if (event.altKey) {
    const direction = DIRECTIONS[event.key];
    if (from.kind !== 'card' || !direction || mod) return false;
    nudgeCard(layout, from.id, direction);
    focusCard(from.id);
    return true;
  }
  let key = MOVES[event.key];
  if (mod) key = event.key === 'Home' ? 'first' : event.key === 'End' ? 'last' : undefined;
  if (key && !event.shiftKey) {
    const next = move(gridOf(layout), from, key);
    if (next) focusGrid(next);
    return true;
  }
  if (mod || event.shiftKey) return false;
  if (event.key === 'Escape' && connectingFrom()) {
    cancelConnecting();
    return true;
  }
  if (from.kind === 'card' && (event.key === 'c' || event.key === 'C')) {
    startConnecting(from.id);
    return true;
  }
  if (from.kind === 'card' && (event.key === 't' || event.key === 'T')) {
    toggleTouchpoint(from.id);
    return true;
  }
  if (from.kind === 'card' && event.key === 'Enter' && connectingFrom()) {
    finishConnecting(from.id);
    return true;
  }
  if (event.key === 'Enter' || event.key === 'F2') {
    if (from.kind === 'card') startEditing(from.id);
    else if (from.kind === 'cell') {
      if (event.key === 'F2') return false;
      startNewCard(from.laneId, from.stepId);
    } else startRename(from.kind, from.id);
    return true;
  }
  return false;
}
