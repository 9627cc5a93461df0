import './facilitation.css';
import { useCallback, type JSX, type MouseEvent } from 'react';
import { castDot, removeDot } from '../../shared/commands/votes';
import { newId } from '../../shared/model/ids';
import type { Id, WorkshopDoc } from '../../shared/model/types';
import { dispatch, getDoc, useDoc } from '../state/documentStore';
import { factsOf, indexOf, sameFacts, type CardFacts } from './cardFacts';
import { getView, useView } from './view';

const MAX_DRAWN = 6;

/** Adds (1) or takes back (-1) one of the voter's dots on a card in the open round of its blueprint. */
export function voteOnCard(cardId: Id, step: 1 | -1): void {
  const doc = getDoc();
  const card = doc.cards[cardId];
  const blueprintId = card && doc.lanes[card.laneId]?.blueprintId;
  if (!blueprintId) return;
  const { round, voter } = indexOf(doc, blueprintId, getView());
  if (!round || !voter) return;
  if (step === 1) dispatch(castDot, { id: newId('v'), roundId: round.id, participantId: voter.id, cardId });
  else dispatch(removeDot, { roundId: round.id, participantId: voter.id, cardId });
}

const NO_FACTS: CardFacts = { eligible: null, dots: 0, mine: 0, canAdd: false, rank: null, heat: 0, openThreads: 0, owner: '', ownerColour: -1, description: '' };

/**
 * A card's dots, drawn around the card's box (which clips its own content): the dots and the
 * Add dot / Remove dot buttons on the top edge while a round is open, a heat frame and its rank
 * after it closed. Mounted only while a vote is on the cards (votesOnCards.tsx); its own
 * subscription, so an added dot re-renders this card alone. The card's description, comment badge
 * and owner's colour are attributes of its node, set by nodeMarks.ts.
 */
export function CardOverlay({ cardId }: { cardId: Id }): JSX.Element | null {
  const view = useView();
  const select = useCallback((doc: WorkshopDoc) => {
    const card = doc.cards[cardId];
    const blueprintId = card && doc.lanes[card.laneId]?.blueprintId;
    return card && blueprintId ? factsOf(indexOf(doc, blueprintId, view), card) : NO_FACTS;
  }, [cardId, view]);
  const facts = useDoc(select, sameFacts);
  const vote = useCallback((event: MouseEvent, step: 1 | -1) => {
    event.stopPropagation();
    voteOnCard(cardId, step);
  }, [cardId]);
  const { eligible, dots, mine, rank, heat } = facts;
  if (eligible === null && rank === null) return null;
  return (
    <>
      {eligible === false && <div className="fs-card-veil" aria-hidden="true" />}
      {heat > 0 && <div className={`fs-card-heat fs-heat-${heat}`} aria-hidden="true" />}
      {eligible && dots === 0 && (
        // A card without dots offers only the button (one element on each of many cards).
        <button
          type="button" tabIndex={-1} className="fs-dot-button is-add fs-card-dot-alone nodrag nopan" aria-label="Add dot" title="Add dot (D)"
          disabled={!facts.canAdd} onClick={(e) => vote(e, 1)} onDoubleClick={stop} onMouseDown={keepFocus}
        >+</button>
      )}
      {eligible && dots > 0 && (
        // Pressing a dot button keeps focus where it was (on the canvas), so nothing scrolls to it.
        <div className="fs-card-dots nodrag nopan" onClick={stop} onDoubleClick={stop} onMouseDown={keepFocus}>
          <span className="fs-dots" aria-hidden="true" title={`${dots} ${dots === 1 ? 'dot' : 'dots'}${mine ? `, ${mine} yours` : ''}`}>
            {Array.from({ length: Math.min(dots, MAX_DRAWN) }, (_, i) => <i key={i} className={i < mine ? 'is-mine' : undefined} />)}
            {dots > MAX_DRAWN && <b>{dots}</b>}
          </span>
          {mine > 0 && (
            <button type="button" tabIndex={-1} className="fs-dot-button" aria-label="Remove dot" title="Remove dot (Shift+D)" onClick={(e) => vote(e, -1)}>−</button>
          )}
          <button type="button" tabIndex={-1} className="fs-dot-button is-add" aria-label="Add dot" title="Add dot (D)" disabled={!facts.canAdd} onClick={(e) => vote(e, 1)}>+</button>
        </div>
      )}
      {rank !== null && (
        <div className={`fs-card-rank fs-heat-${heat}`} aria-hidden="true">
          <b>#{rank}</b> {dots} {dots === 1 ? 'dot' : 'dots'}
        </div>
      )}
    </>
  );
}

const stop = (event: MouseEvent) => event.stopPropagation();
const keepFocus = (event: MouseEvent) => {
  event.preventDefault();
  event.stopPropagation();
};
