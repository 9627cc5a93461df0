import { useEffect, useState, type JSX } from 'react';
import { CardInspector } from '../inspector/CardInspector';
import { WorkshopPanel } from '../panels/WorkshopPanel';
import { useSelection } from '../state/selection';

type Tab = 'card' | 'workshop';

let showCardTab: (() => void) | null = null;

/** Brings the card inspector to the front, e.g. after a link elsewhere selected a card that was already selected. */
export function showCardDetails(): void {
  showCardTab?.();
}

/** The card inspector while cards are selected, the workshop's details otherwise; tabs switch by hand. */
export function SidePanel(): JSX.Element {
  const { cardIds } = useSelection();
  const hasCards = cardIds.length > 0;
  const [tab, setTab] = useState<Tab>(hasCards ? 'card' : 'workshop');
  // Selecting a card shows it; clearing the selection goes back to the workshop.
  useEffect(() => setTab(hasCards ? 'card' : 'workshop'), [hasCards]);
  useEffect(() => {
    showCardTab = () => setTab('card');
    return () => {
      showCardTab = null;
    };
  }, []);
  return (
    <aside className="fs-side" aria-label="Details">
      <div className="fs-side-tabs" role="tablist" aria-label="Side panel">
        <button type="button" role="tab" className="fs-side-tab" aria-selected={tab === 'card'} onClick={() => setTab('card')}>
          Card
        </button>
        <button type="button" role="tab" className="fs-side-tab" aria-selected={tab === 'workshop'} onClick={() => setTab('workshop')}>
          Workshop
        </button>
      </div>
      <div className="fs-side-body" role="tabpanel">
        {tab === 'card' ? (cardIds.length ? <CardInspector /> : <p className="fs-side-empty">Select a card to see and edit its details.</p>) : <WorkshopPanel />}
      </div>
    </aside>
  );
}
