import { useEffect, useId, useState, type FormEvent, type JSX } from 'react';
import { deleteCards, moveCard, updateCard } from '../../shared/commands';
import { castDot, removeDot } from '../../shared/commands/votes';
import { dotsText, dotsUsed, isEligible, openRoundOf } from '../../shared/facilitation/votes';
import { newId, type Card, type WorkshopDoc } from '../../shared/model';
import { Modal } from '../dialogs/Modal';
import { CommentsSection, type RoomAuthor } from '../facilitation/CommentsSection';
import { reportEditing } from '../invite/presence';
import { dispatch, useDoc } from '../state/documentStore';
import { CellPicker } from './CellPicker';
import { dotsOn } from './facts';

/** Who is using the page: a viewer looks only; while the board is locked, nobody in the room changes anything. */
export type Me = RoomAuthor;

const selectDoc = (doc: WorkshopDoc) => doc;

/**
 * One card on a participant's device: its dots (Add dot while a round is open and the card is
 * part of it), its comments (the facilitation's Comments, written as oneself), and, for one's
 * own card, editing.
 */
export function CardSheet({ cardId, me, onClose }: { cardId: string; me: Me; onClose: () => void }): JSX.Element | null {
  const doc = useDoc(selectDoc);
  const card = doc.cards[cardId];
  const mine = card?.createdBy === me.participantId;
  useEffect(() => {
    reportEditing(mine ? cardId : null);
    return () => reportEditing(null);
  }, [cardId, mine]);
  useEffect(() => {
    if (!card) onClose();
  }, [card, onClose]);
  if (!card) return null;
  const blueprintId = doc.lanes[card.laneId]?.blueprintId ?? '';
  const found = openRoundOf(doc, blueprintId);
  const round = found && isEligible(found, card) ? found : undefined;
  const left = round ? round.dotsPerPerson - dotsUsed(Object.values(doc.votes), round.id, me.participantId) : 0;
  const mineHere = round ? dotsOn(doc, round.id, card.id, me.participantId) : 0;
  const author = card.createdBy ? (card.createdBy === me.participantId ? 'you' : doc.participants[card.createdBy]?.name || 'a participant') : 'the facilitator';

  return (
    <Modal title={card.title || 'Untitled card'} lead={`${doc.lanes[card.laneId]?.name ?? ''} — ${doc.steps[card.stepId]?.name ?? ''} · added by ${author}`} onClose={onClose}>
      <div className="fs-modal-body fs-sheet">
        {card.description && <p className="fs-sheet-description">{card.description}</p>}
        {round && (
          <section className="fs-sheet-votes" aria-label="Dots">
            <p>
              {/* A hidden round shows only one's own dots until it closes. */}
              {round.hidden ? <strong>{dotsText(mineHere)} of yours</strong> : <><strong>{dotsText(dotsOn(doc, round.id, card.id))}</strong> on this card{mineHere ? ` (${dotsText(mineHere)} yours)` : ''}</>}
              {' '}· {dotsText(left)} left for you in “{round.question || round.name}”
            </p>
            <div className="fs-sheet-row">
              <button type="button" className="fs-btn fs-btn-primary" disabled={!me.canChange || left <= 0} onClick={() => dispatch(castDot, { id: newId('v'), roundId: round.id, participantId: me.participantId, cardId: card.id })}>Add dot</button>
              {mineHere > 0 && <button type="button" className="fs-btn" disabled={!me.canChange} onClick={() => dispatch(removeDot, { roundId: round.id, participantId: me.participantId, cardId: card.id })}>Remove dot</button>}
            </div>
          </section>
        )}
        {mine && me.canChange && <EditOwnCard card={card} blueprintId={blueprintId} doc={doc} onDeleted={onClose} />}
        <CommentsSection card={card} as={me} />
      </div>
    </Modal>
  );
}


/** One's own card: its title, its lane and step, and Delete my card. Saved together with Save. */
function EditOwnCard({ card, blueprintId, doc, onDeleted }: { card: Card; blueprintId: string; doc: WorkshopDoc; onDeleted: () => void }): JSX.Element {
  const ids = useId();
  const [title, setTitle] = useState(card.title);
  const [cell, setCell] = useState({ laneId: card.laneId, stepId: card.stepId });
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (title !== card.title) dispatch(updateCard, { cardId: card.id, fields: { title } });
    // To the end of the cell it goes to (the index is clamped to the cell).
    if (cell.laneId !== card.laneId || cell.stepId !== card.stepId) dispatch(moveCard, { cardId: card.id, ...cell, index: 1_000_000 });
  };
  return (
    <form className="fs-sheet-edit" aria-label="Your card" onSubmit={save}>
      <label className="fs-field-label" htmlFor={`${ids}-title`}>Title</label>
      <input id={`${ids}-title`} className="fs-input" value={title} maxLength={500} onChange={(e) => setTitle(e.target.value)} />
      <CellPicker doc={doc} blueprintId={blueprintId} laneId={cell.laneId} stepId={cell.stepId} onChange={setCell} />
      <div className="fs-sheet-row">
        <button type="submit" className="fs-btn fs-btn-primary">Save</button>
        <button type="button" className="fs-btn fs-btn-danger" onClick={() => { dispatch(deleteCards, { cardIds: [card.id] }); onDeleted(); }}>Delete my card</button>
      </div>
    </form>
  );
}
