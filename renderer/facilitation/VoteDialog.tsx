import { useId, useState, type JSX } from 'react';
import { startVote } from '../../shared/commands/votes';
import { isEligible } from '../../shared/facilitation/votes';
import { cardsOfBlueprint, lanesOf } from '../../shared/model/queries';
import { CARD_KIND_LABELS } from '../../shared/model/labels';
import { CARD_KINDS } from '../../shared/model/schemas';
import { LIMITS } from '../../shared/model/text';
import { newId } from '../../shared/model/ids';
import type { CardKind, Eligibility, WorkshopDoc } from '../../shared/model/types';
import { dispatch, getDoc, useDoc } from '../state/documentStore';
import { useSelection } from '../state/selection';
import { cleanLine } from '../components/text';
import { Modal } from '../dialogs/Modal';
import { setView } from './view';

type Scope = Eligibility['scope'];

const hasParticipants = (doc: WorkshopDoc) => Object.keys(doc.participants).length > 0;

/** `New vote`: the question, dots per person, which cards take dots, and whether dots stay hidden until the vote closes. */
export function VoteDialog({ onClose }: { onClose: () => void }): JSX.Element {
  const id = useId();
  const { blueprintId, cardIds } = useSelection();
  const lanes = useDoc((doc) => (blueprintId ? lanesOf(doc, blueprintId).filter((l) => !l.hidden) : []), sameList);
  const kinds = useDoc((doc) => (blueprintId ? kindsIn(doc, blueprintId) : []), sameList);
  const people = useDoc(hasParticipants);
  const facilitator = useDoc((doc) => doc.workshop.facilitator);
  const [question, setQuestion] = useState('');
  const [dots, setDots] = useState('3');
  const [scope, setScope] = useState<Scope>(cardIds.length > 1 ? 'cards' : 'all');
  const [laneId, setLaneId] = useState(lanes.find((l) => l.role === 'pain-points')?.id ?? lanes[0]?.id ?? '');
  const [kind, setKind] = useState<CardKind>(kinds.includes('pain-point') ? 'pain-point' : (kinds[0] ?? 'pain-point'));
  const [hidden, setHidden] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const dotsPerPerson = Number(dots);
  const eligible: Eligibility = {
    scope,
    laneIds: scope === 'lanes' && laneId ? [laneId] : [],
    kinds: scope === 'kinds' ? [kind] : [],
    cardIds: scope === 'cards' ? cardIds : [],
  };
  const count = useDoc((doc) => (blueprintId ? cardsOfBlueprint(doc, blueprintId).filter((c) => isEligible({ eligible }, c) && !doc.lanes[c.laneId]?.hidden).length : 0));

  const start = () => {
    if (!blueprintId) return;
    if (!Number.isInteger(dotsPerPerson) || dotsPerPerson < 1 || dotsPerPerson > 50) return setProblem('Dots per person is a whole number from 1 to 50.');
    if (count === 0) return setProblem('No card matches what the vote is on.');
    const roundId = newId('r');
    const voter = people ? undefined : { id: newId('p'), name: facilitator.trim() || 'Facilitator', department: '' };
    dispatch(startVote, { id: roundId, blueprintId, question, dotsPerPerson, eligible, hidden, now: Date.now(), ...(voter ? { voter } : {}) });
    if (!getDoc().voteRounds[roundId]) return setProblem('The vote could not start; see the message at the top.');
    setView({ voteDialog: false, resultsOpen: false, ...(voter ? { voterId: voter.id } : {}) });
    onClose();
  };

  return (
    <Modal title="New vote" lead="Everyone gets the same number of dots to put on the cards that matter most." onClose={onClose}>
      <form className="fs-modal-body fs-vote-form" onSubmit={(e) => { e.preventDefault(); start(); }}>
        <div className="fs-field">
          <label htmlFor={`${id}-q`} className="fs-field-label">Question</label>
          <input
            id={`${id}-q`} className="fs-input" type="text" value={question} data-autofocus placeholder="e.g. Which pain points hurt customers most?"
            onChange={(e) => setQuestion(cleanLine(e.target.value, LIMITS.title))}
          />
        </div>
        <div className="fs-field fs-field-narrow">
          <label htmlFor={`${id}-d`} className="fs-field-label">Dots per person</label>
          <input id={`${id}-d`} className="fs-input" type="number" min={1} max={50} step={1} inputMode="numeric" value={dots} onChange={(e) => setDots(e.target.value)} />
        </div>
        <fieldset className="fs-fieldset fs-vote-scope">
          <legend className="fs-field-label">Cards to vote on</legend>
          <label className="fs-check"><input type="radio" name={`${id}-s`} checked={scope === 'all'} onChange={() => setScope('all')} /> <span>All cards</span></label>
          <div className="fs-vote-choice">
            <label className="fs-check"><input type="radio" name={`${id}-s`} checked={scope === 'lanes'} onChange={() => setScope('lanes')} disabled={!lanes.length} /> <span>One lane</span></label>
            <select className="fs-input fs-select" aria-label="Lane to vote on" value={laneId} disabled={scope !== 'lanes'} onChange={(e) => setLaneId(e.target.value)}>
              {lanes.map((l) => <option key={l.id} value={l.id}>{l.name || 'Untitled lane'}</option>)}
            </select>
          </div>
          <div className="fs-vote-choice">
            <label className="fs-check"><input type="radio" name={`${id}-s`} checked={scope === 'kinds'} onChange={() => setScope('kinds')} disabled={!kinds.length} /> <span>One kind</span></label>
            <select className="fs-input fs-select" aria-label="Kind of card to vote on" value={kind} disabled={scope !== 'kinds'} onChange={(e) => setKind(e.target.value as CardKind)}>
              {kinds.map((k) => <option key={k} value={k}>{CARD_KIND_LABELS[k]}</option>)}
            </select>
          </div>
          <label className="fs-check">
            <input type="radio" name={`${id}-s`} checked={scope === 'cards'} onChange={() => setScope('cards')} disabled={!cardIds.length} />
            <span>The selected cards{cardIds.length ? ` (${cardIds.length})` : ' (select cards first)'}</span>
          </label>
          <p className="fs-field-hint" role="status">{count === 1 ? '1 card takes dots.' : `${count} cards take dots.`}</p>
        </fieldset>
        <label className="fs-check">
          <input type="checkbox" checked={hidden} onChange={(e) => setHidden(e.target.checked)} />
          <span>Hide dots until the vote closes</span>
          <span className="fs-check-hint">Each voter sees only their own dots, so early votes do not sway later ones.</span>
        </label>
        {!people && <p className="fs-field-hint">Nobody is listed as a participant yet: you will vote as {facilitator.trim() || 'Facilitator'}, and can add participants while the vote runs.</p>}
        {problem && <p className="fs-error" role="alert">{problem}</p>}
      </form>
      <div className="fs-modal-foot">
        <button type="button" className="fs-btn" onClick={onClose}>Cancel</button>
        <button type="button" className="fs-btn fs-btn-primary" onClick={start}>Start vote</button>
      </div>
    </Modal>
  );
}

function kindsIn(doc: WorkshopDoc, blueprintId: string): CardKind[] {
  const present = new Set(cardsOfBlueprint(doc, blueprintId).map((c) => c.kind));
  return CARD_KINDS.filter((k) => present.has(k));
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
