import type { JSX } from 'react';
import { deleteCards } from '../../shared/commands/cards';
import { dispatch, useDoc, useSession } from '../state/documentStore';
import type { Id } from '../../shared/model/types';
import { CARD_KIND_LABELS } from '../../shared/model/labels';
import { CardBasics } from './CardBasics';
import { TouchpointSection } from './TouchpointSection';
import { ProductRatingsSection } from './ProductRatingsSection';
import { ConnectionsSection } from './ConnectionsSection';
import { showsProductRatings } from './candidates';
import { startBurst } from '../components/burst';
import { CommentsSection } from '../facilitation/CommentsSection';
import { parkCards } from '../facilitation/parking';

export function CardForm({ cardId }: { cardId: Id }): JSX.Element | null {
  const card = useDoc((d) => d.cards[cardId]);
  const lane = useDoc((d) => (card ? d.lanes[card.laneId] : undefined));
  const step = useDoc((d) => (card ? d.steps[card.stepId] : undefined));
  const product = useDoc((d) => (card ? showsProductRatings(d, card) : false));
  const readOnly = useSession()?.status.readOnly ?? false;
  if (!card) return null;
  // Connections sit outside the "Card details" form: their controls (a connector kind, labels
  // naming other cards) must not be found by the form's own field labels, such as Kind or Title.
  return (
    <div className="fs-inspector" onFocus={startBurst}>
      <header className="fs-inspector-head">
        {/* The panel's sections are level 3 under the page's h1: this level 2 names the card they are about. */}
        <h2 className="fs-sr-only">{card.title.trim() || `Untitled ${CARD_KIND_LABELS[card.kind].toLowerCase()}`}</h2>
        <span className={`fs-kind-badge fs-kind-${card.kind}`}>{CARD_KIND_LABELS[card.kind]}</span>
        <span className="fs-inspector-where">{[lane?.name, step?.name].filter(Boolean).join(' · ')}</span>
      </header>
      <form className="fs-inspector-form" aria-label="Card details" onSubmit={(e) => e.preventDefault()}>
        <fieldset className="fs-form-body" disabled={readOnly}>
          <CardBasics card={card} />
          <TouchpointSection card={card} />
          {product && <ProductRatingsSection card={card} />}
          <CommentsSection card={card} />
        </fieldset>
      </form>
      <ConnectionsSection cardId={card.id} readOnly={readOnly} />
      <div className="fs-section fs-form-end">
        <button type="button" className="fs-btn" disabled={readOnly} onClick={() => parkCards([card.id])}>Move to parking lot</button>
        <button type="button" className="fs-btn fs-btn-danger" disabled={readOnly} onClick={() => dispatch(deleteCards, { cardIds: [card.id] })}>Delete card</button>
      </div>
    </div>
  );
}
