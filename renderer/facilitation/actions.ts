import type { Action } from '../actions/registry';
import { getDoc } from '../state/documentStore';
import { getSelection } from '../state/selection';
import { getUi } from '../state/ui';
import { openRoundOf } from '../../shared/facilitation/votes';
import { voteOnCard } from './CardOverlay';
import { parkSelected } from './parking';
import { getView, setView } from './view';

/** The card a dot shortcut votes on: the focused card, else the one selected card. */
function targetCard(): string | null {
  const focused = (document.activeElement as HTMLElement | null)?.closest?.('.react-flow__node') as HTMLElement | null;
  if (focused?.dataset.id) return focused.dataset.id;
  const { cardIds } = getSelection();
  return cardIds.length === 1 ? cardIds[0]! : null;
}

const voting = () => {
  const { blueprintId } = getSelection();
  return !getUi().presentation && !!blueprintId && !!openRoundOf(getDoc(), blueprintId) && targetCard() !== null;
};

/** Running the workshop from the toolbar and the keyboard. */
export const FACILITATION_ACTIONS = {
  vote: { id: 'facilitate.vote', label: 'Vote', shortcuts: [], run: () => setView({ voteDialog: true }) },
  timer: { id: 'facilitate.timer', label: 'Timer', shortcuts: [], run: () => setView({ timerOpen: !getView().timerOpen }) },
  parkingLot: { id: 'facilitate.parkingLot', label: 'Parking lot', shortcuts: [], run: () => setView({ parkingOpen: !getView().parkingOpen }) },
  park: {
    id: 'facilitate.park', label: 'Move to parking lot', shortcuts: [],
    enabled: () => getSelection().cardIds.length > 0, run: parkSelected,
  },
  addDot: { id: 'facilitate.addDot', label: 'Add dot', shortcuts: ['D'], enabled: voting, run: () => voteOnCard(targetCard()!, 1) },
  removeDot: { id: 'facilitate.removeDot', label: 'Remove dot', shortcuts: ['Shift+D'], enabled: voting, run: () => voteOnCard(targetCard()!, -1) },
} satisfies Record<string, Action>;
