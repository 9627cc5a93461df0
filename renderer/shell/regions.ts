import { getSelection } from '../state/selection';
import { getUi } from '../state/ui';
import { focusCard } from '../canvas/focus';
import { focusCell, getCurrentCell } from '../canvas/grid/gridFocus';

/**
 * The main regions of the window in F6 order: toolbar, canvas, side panel, and the presentation
 * bar while presenting. A region missing at the moment (the toolbar and side panel hide in
 * presentation mode) is skipped.
 */
const REGIONS = ['.fs-toolbar', '.fs-stage', '.fs-side', '.fs-present-bar'] as const;
type Region = (typeof REGIONS)[number];

const FOCUSABLE = 'button:not(:disabled), [href], input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';
const FIELD = 'input:not(:disabled):not([type="hidden"]), select:not(:disabled), textarea:not(:disabled)';

/** Moves keyboard focus to the next (1) or previous (-1) region, the way F6 does in desktop apps. */
export function focusRegion(step: 1 | -1): void {
  const active = document.activeElement;
  const current = REGIONS.findIndex((r) => active?.closest(r));
  let index = current === -1 ? (step === 1 ? -1 : REGIONS.length) : current;
  for (let tries = 0; tries < REGIONS.length; tries++) {
    index = (index + step + REGIONS.length) % REGIONS.length;
    const region = REGIONS[index]!;
    const el = document.querySelector<HTMLElement>(region);
    if (el && enter(region, el)) return;
  }
}

function enter(region: Region, el: HTMLElement): boolean {
  if (region === '.fs-stage') return enterCanvas(el);
  // The side panel starts at its first field (the card's Title), past the tabs above it.
  const target = (region === '.fs-side' ? el.querySelector<HTMLElement>(`.fs-side-body :is(${FIELD})`) : null) ?? firstVisible(el, FOCUSABLE);
  return focus(target);
}

/**
 * The selected card, else the top-left card in view, else the current cell (the one the
 * keyboard was last in, or the top-left one in view), else the canvas region itself. While
 * presenting, the region: arrow keys there step through the presentation instead of moving
 * between cards.
 */
function enterCanvas(stage: HTMLElement): boolean {
  const region = stage.querySelector<HTMLElement>('.fs-canvas');
  if (getUi().presentation) return focus(region);
  const selected = getSelection().cardIds[0];
  if (selected) {
    focusCard(selected);
    return true;
  }
  const card = firstCardInView(stage);
  if (card) {
    focusCard(card);
    return true;
  }
  const current = getCurrentCell();
  if (current) {
    focusCell(current.laneId, current.stepId);
    return true;
  }
  return focus(stage.querySelector<HTMLElement>('.fs-cell[tabindex="0"]')) || focus(region);
}

function firstCardInView(stage: HTMLElement): string | undefined {
  const pane = stage.querySelector('.react-flow')?.getBoundingClientRect();
  if (!pane) return undefined;
  const inView = [...stage.querySelectorAll<HTMLElement>('.react-flow__node')]
    .map((el) => ({ el, r: el.getBoundingClientRect() }))
    .filter(({ r }) => r.right > pane.left && r.left < pane.right && r.bottom > pane.top && r.top < pane.bottom);
  inView.sort((a, b) => a.r.top - b.r.top || a.r.left - b.r.left);
  return inView[0]?.el.dataset.id;
}

function firstVisible(el: HTMLElement, selector: string): HTMLElement | null {
  for (const candidate of el.querySelectorAll<HTMLElement>(selector)) if (candidate.getClientRects().length > 0) return candidate;
  return null;
}

function focus(el: HTMLElement | null): boolean {
  if (!el) return false;
  el.focus();
  return document.activeElement === el;
}
