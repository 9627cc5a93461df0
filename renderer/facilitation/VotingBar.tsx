import { useId, useState, type JSX } from 'react';
import { closeVote } from '../../shared/commands/votes';
import { participants as participantCommands } from '../../shared/commands/workshop';
import { dotsText, isEligible, openRoundOf } from '../../shared/facilitation/votes';
import { newId } from '../../shared/model/ids';
import { cardsOfBlueprint, sorted } from '../../shared/model/queries';
import type { VoteRound, WorkshopDoc } from '../../shared/model/types';
import { dispatch, getDoc, useDoc } from '../state/documentStore';
import { useSelection } from '../state/selection';
import { cleanLine } from '../components/text';
import { indexOf } from './cardFacts';
import { setView, useView } from './view';

const selectPeople = (doc: WorkshopDoc) => sorted(Object.values(doc.participants));
const samePeople = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * While a round is open on the blueprint, a strip docked above the canvas: the question, who the
 * facilitator is voting as (with the next voter one click away), the voter's dots left in large
 * type, and Close vote.
 */
export function VotingBar(): JSX.Element | null {
  const id = useId();
  const { blueprintId } = useSelection();
  const view = useView();
  const round = useDoc((doc) => (blueprintId ? openRoundOf(doc, blueprintId) : undefined));
  const people = useDoc(selectPeople, samePeople);
  const index = useDoc((doc) => (blueprintId ? indexOf(doc, blueprintId, view) : null));
  const eligible = useDoc((doc) => (round && blueprintId ? eligibleCount(doc, blueprintId, round) : 0));
  const [adding, setAdding] = useState(false);
  if (!round || !index || !blueprintId) return null;
  const voter = index.voter;
  const at = voter ? people.findIndex((p) => p.id === voter.id) : -1;
  const next = people.length > 1 ? people[(at + 1) % people.length] : undefined;
  return (
    <section className="fs-voting" aria-label="Voting">
      <div className="fs-voting-question">
        <span className="fs-voting-kicker">{round.name}{round.hidden ? ' · dots hidden until the vote closes' : ''} · {eligible} cards</span>
        <strong title={round.question || undefined}>{round.question || 'Vote with your dots'}</strong>
      </div>
      <div className="fs-voting-voter">
        <label htmlFor={`${id}-as`} className="fs-voting-label">Voting as</label>
        <select id={`${id}-as`} className="fs-input fs-select" value={voter?.id ?? ''} onChange={(e) => setView({ voterId: e.target.value })}>
          {people.map((p) => <option key={p.id} value={p.id}>{p.name || 'Unnamed participant'}</option>)}
        </select>
        {next && (
          <button type="button" className="fs-btn" onClick={() => setView({ voterId: next.id })} title={`Vote as ${next.name || 'the next participant'}`}>
            Next voter
          </button>
        )}
        <button type="button" className="fs-btn" aria-expanded={adding} onClick={() => setAdding(!adding)}>Add participant</button>
      </div>
      <div className="fs-voting-left" role="status" aria-live="polite">
        <span className="fs-voting-count">{index.left}</span>
        <span className="fs-voting-unit" aria-hidden="true">{index.left === 1 ? 'dot' : 'dots'} left</span>
        <span className="fs-sr-only">{voter ? `${voter.name || 'This voter'} has ${dotsText(index.left)} left` : ''}</span>
      </div>
      <button type="button" className="fs-btn fs-btn-primary fs-voting-close" onClick={() => closeRound(round.id)}>Close vote</button>
      {adding && <QuickParticipant onDone={() => setAdding(false)} />}
    </section>
  );
}

let lastCount: { cards: unknown; round: unknown; value: number } | null = null;

/** How many cards take dots; counted again only when the cards or the round changed, not per dot. */
function eligibleCount(doc: WorkshopDoc, blueprintId: string, round: VoteRound): number {
  if (lastCount?.cards !== doc.cards || lastCount.round !== round) {
    lastCount = { cards: doc.cards, round, value: cardsOfBlueprint(doc, blueprintId).filter((c) => isEligible(round, c)).length };
  }
  return lastCount.value;
}

function closeRound(roundId: string): void {
  dispatch(closeVote, { roundId, now: Date.now() });
  if (!getDoc().voteRounds[roundId]?.open) setView({ resultsOpen: true, resultsRound: roundId });
}

/** Someone arrives late: name and department, then they vote at once. */
function QuickParticipant({ onDone }: { onDone: () => void }): JSX.Element {
  const [name, setName] = useState('');
  const [department, setDepartment] = useState('');
  const add = () => {
    if (!name.trim()) return;
    const id = newId('p');
    dispatch(participantCommands.add, { id, fields: { name: name.trim(), department: department.trim() } });
    if (getDoc().participants[id]) setView({ voterId: id });
    onDone();
  };
  return (
    <form className="fs-voting-add" onSubmit={(e) => { e.preventDefault(); add(); }}>
      <input className="fs-input" aria-label="Participant name" placeholder="Name" value={name} autoFocus onChange={(e) => setName(cleanLine(e.target.value))} />
      <input className="fs-input" aria-label="Participant department" placeholder="Department" value={department} onChange={(e) => setDepartment(cleanLine(e.target.value))} />
      <button type="submit" className="fs-btn">Add</button>
    </form>
  );
}
