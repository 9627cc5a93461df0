import { useCallback, useEffect, useId, useState, type JSX } from 'react';
import { blueprintsOf, type Card, type WorkshopDoc } from '../../shared/model';
import { dismissNotice, useDoc, useSession } from '../state/documentStore';
import { useRoomView } from '../state/roomStore';
import { AddCardDialog } from './AddCardDialog';
import { BoardView } from './BoardView';
import { CardSheet, type Me } from './CardSheet';
import { cardFacts } from './facts';
import { dotsText, dotsUsed, openRoundOf } from '../../shared/facilitation/votes';
import { formatClock, timerRemaining, timerState } from '../../shared/facilitation/timer';
import { useNow } from '../facilitation/useNow';

const selectDoc = (doc: WorkshopDoc) => doc;
const selectTimer = (doc: WorkshopDoc) => doc.workshop.timer;

/** The workshop's timer as the room sees it: the facilitation's clock, read-only, ticking on this device from the host's start time. */
function Timer(): JSX.Element | null {
  const timer = useDoc(selectTimer);
  const state = timerState(timer);
  const now = useNow(state === 'running');
  if (state === 'idle' && timer.durationSeconds === 0) return null;
  const remaining = timerRemaining(timer, now);
  return (
    <section className={`fs-part-timer${remaining <= 0 && state !== 'idle' ? ' is-up' : ''}`} aria-label="Timer">
      <span className="fs-part-timer-label">{timer.label || 'Time-box'}{state === 'paused' ? ' (paused)' : ''}</span>
      <span className="fs-part-timer-time">{formatClock(remaining)}</span>
    </section>
  );
}

/**
 * A participant's page once joined (docs/room.md): the blueprint to look at, Add card, dots
 * while a round is open (with how many are left), comments, the timer, and following the
 * presenter while the facilitator presents.
 */
export function ParticipantView(): JSX.Element {
  const doc = useDoc(selectDoc);
  const session = useSession();
  const { room, presenter } = useRoomView();
  const ids = useId();
  const blueprints = blueprintsOf(doc);
  const [chosen, setChosen] = useState<string | null>(null);
  const [follow, setFollow] = useState(true);
  const [open, setOpen] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const following = follow && presenter !== null;
  const blueprintId = (following && doc.blueprints[presenter.blueprintId] ? presenter.blueprintId : null) ?? (chosen && doc.blueprints[chosen] ? chosen : blueprints[0]?.id ?? null);
  const me: Me = { participantId: room?.me?.participantId ?? '', name: room?.me?.name ?? '', canChange: room?.me?.role === 'participant' && !room.locked };
  const round = blueprintId ? openRoundOf(doc, blueprintId) : undefined;
  const facts = useCallback((card: Card) => cardFacts(doc, card, round, me.participantId), [doc, round, me.participantId]);
  const close = useCallback(() => setOpen(null), []);
  const left = round ? round.dotsPerPerson - dotsUsed(Object.values(doc.votes), round.id, me.participantId) : 0;
  const status = session?.offline ? 'Not connected: your changes wait' : session?.saving ? 'Sending…' : 'Connected';

  return (
    <div className="fs-part">
      <header className="fs-part-bar">
        <div className="fs-part-title">
          <h1>{doc.workshop.title || 'Workshop'}</h1>
          <p className="fs-muted">You are {me.name || 'in the room'}{room?.me?.role === 'viewer' ? ' (viewer)' : ''} · <span role="status">{status}</span></p>
        </div>
        <Timer />
      </header>
      {room?.locked && <p className="fs-part-banner" role="status">The facilitator has locked the board: you can look, but not change anything for now.</p>}
      {room?.me?.role === 'viewer' && !room.locked && <p className="fs-part-banner" role="status">You are a viewer: you can follow the workshop but not change it.</p>}
      {round && (
        <p className="fs-part-round" role="status">
          Voting: <strong>{round.question || round.name}</strong> · {dotsText(left)} left of {round.dotsPerPerson}. Open a card to add a dot.
        </p>
      )}
      {session?.notice && (
        <div className="fs-notice" role="alert">
          <span>{session.notice}</span>
          <button type="button" className="fs-btn" onClick={dismissNotice}>Dismiss</button>
        </div>
      )}
      {blueprintId ? <BoardView key={blueprintId} blueprintId={blueprintId} facts={facts} onOpen={setOpen} follow={following} /> : <p className="fs-part-empty">This workshop has no blueprint yet.</p>}
      <footer className="fs-part-actions">
        <button type="button" className="fs-btn fs-btn-primary fs-part-add" disabled={!me.canChange || !blueprintId} onClick={() => setAdding(true)}>Add card</button>
        {presenter && (
          <label className="fs-part-follow">
            <input type="checkbox" checked={follow} onChange={(e) => setFollow(e.target.checked)} /> Follow the presenter
          </label>
        )}
        {blueprints.length > 1 && !following && (
          <span className="fs-part-pick">
            <label className="fs-sr-only" htmlFor={`${ids}-bp`}>Blueprint</label>
            <select id={`${ids}-bp`} className="fs-input fs-select" value={blueprintId ?? ''} onChange={(e) => setChosen(e.target.value)}>
              {blueprints.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
            </select>
          </span>
        )}
      </footer>
      {open && <CardSheet cardId={open} me={me} onClose={close} />}
      {adding && blueprintId && <AddCardDialog blueprintId={blueprintId} participantId={me.participantId} onClose={() => setAdding(false)} />}
    </div>
  );
}
