import { useEffect, useId, useState, type JSX } from 'react';
import { addComment, castDot, deleteCards, removeDot, updateCard } from '../../shared/commands';
import { newId, type WorkshopDoc } from '../../shared/model';
import { Modal } from '../dialogs/Modal';
import { reportEditing } from '../invite/presence';
import { dispatch, useDoc } from '../state/documentStore';
import { dotsOn, dotsText, dotsUsed, openRound } from './facts';

export interface Me {
  participantId: string;
  name: string;
  /** A viewer looks only; while the board is locked, nobody in the room changes anything. */
  canChange: boolean;
}

const selectDoc = (doc: WorkshopDoc) => doc;

/** One card on a participant's device: its dots (Add dot while a round is open), its comments (Add comment), and, for one's own card, editing. */
export function CardSheet({ cardId, me, onClose }: { cardId: string; me: Me; onClose: () => void }): JSX.Element | null {
  const doc = useDoc(selectDoc);
  const card = doc.cards[cardId];
  const mine = card?.createdBy === me.participantId;
  const [title, setTitle] = useState(card?.title ?? '');
  const [comment, setComment] = useState('');
  const ids = useId();
  useEffect(() => {
    reportEditing(mine ? cardId : null);
    return () => reportEditing(null);
  }, [cardId, mine]);
  useEffect(() => {
    if (!card) onClose();
  }, [card, onClose]);
  if (!card) return null;
  const blueprintId = doc.lanes[card.laneId]?.blueprintId ?? '';
  const round = openRound(doc, blueprintId);
  const left = round ? round.dotsPerPerson - dotsUsed(doc, round.id, me.participantId) : 0;
  const mineHere = round ? dotsOn(doc, round.id, card.id, me.participantId) : 0;
  const comments = Object.values(doc.comments).filter((c) => c.cardId === card.id).sort((a, b) => a.createdAt - b.createdAt);
  const author = card.createdBy ? (card.createdBy === me.participantId ? 'you' : doc.participants[card.createdBy]?.name || 'a participant') : 'the facilitator';

  const send = () => {
    const text = comment.trim();
    if (!text) return;
    dispatch(addComment, { id: newId('m'), cardId: card.id, author: me.name, text, createdAt: Date.now() });
    setComment('');
  };

  return (
    <Modal title={card.title || 'Untitled card'} lead={`${doc.lanes[card.laneId]?.name ?? ''} — ${doc.steps[card.stepId]?.name ?? ''} · added by ${author}`} onClose={onClose}>
      <div className="fs-modal-body fs-sheet">
        {card.description && <p className="fs-sheet-description">{card.description}</p>}
        {round && (
          <section className="fs-sheet-votes" aria-label="Dots">
            <p><strong>{dotsText(dotsOn(doc, round.id, card.id))}</strong> on this card{mineHere ? ` (${dotsText(mineHere)} yours)` : ''} · {dotsText(left)} left for you in “{round.name}”</p>
            <div className="fs-sheet-row">
              <button type="button" className="fs-btn fs-btn-primary" disabled={!me.canChange || left <= 0} onClick={() => dispatch(castDot, { id: newId('v'), roundId: round.id, participantId: me.participantId, cardId: card.id })}>Add dot</button>
              {mineHere > 0 && <button type="button" className="fs-btn" disabled={!me.canChange} onClick={() => dispatch(removeDot, { roundId: round.id, participantId: me.participantId, cardId: card.id })}>Remove dot</button>}
            </div>
          </section>
        )}
        {mine && me.canChange && (
          <form className="fs-sheet-edit" onSubmit={(e) => { e.preventDefault(); if (title !== card.title) dispatch(updateCard, { cardId: card.id, fields: { title } }); }}>
            <label className="fs-field" htmlFor={`${ids}-title`}>Title</label>
            <div className="fs-sheet-row">
              <input id={`${ids}-title`} className="fs-input" value={title} maxLength={500} onChange={(e) => setTitle(e.target.value)} />
              <button type="submit" className="fs-btn">Save</button>
            </div>
            <button type="button" className="fs-btn fs-btn-danger" onClick={() => { dispatch(deleteCards, { cardIds: [card.id] }); onClose(); }}>Delete my card</button>
          </form>
        )}
        <section aria-labelledby={`${ids}-comments`} className="fs-sheet-comments">
          <h3 id={`${ids}-comments`}>Comments</h3>
          {comments.length === 0 ? <p className="fs-muted">No comments yet.</p> : (
            <ul>
              {comments.map((c) => <li key={c.id}><strong>{c.author || 'Someone'}</strong> {c.text}</li>)}
            </ul>
          )}
          <label className="fs-field" htmlFor={`${ids}-comment`}>Comment</label>
          <textarea id={`${ids}-comment`} className="fs-input" rows={2} maxLength={5000} value={comment} disabled={!me.canChange} onChange={(e) => setComment(e.target.value)} />
          <button type="button" className="fs-btn fs-btn-primary" disabled={!me.canChange || !comment.trim()} onClick={send}>Add comment</button>
        </section>
      </div>
    </Modal>
  );
}
