import type { JSX } from 'react';
import { deleteVoteRound } from '../../shared/commands/votes';
import { roundsOf, standings } from '../../shared/facilitation/votes';
import type { VoteRound } from '../../shared/model/types';
import { dispatch, useDoc } from '../state/documentStore';
import { useSelection } from '../state/selection';
import { Section } from '../panels/Section';
import { setView } from './view';

const sameRounds = (a: VoteRound[], b: VoteRound[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The blueprint's vote rounds, newest first: every earlier result one click away. */
export function VoteRounds(): JSX.Element {
  const { blueprintId } = useSelection();
  const rounds = useDoc((doc) => (blueprintId ? roundsOf(doc, blueprintId) : []), sameRounds);
  const votes = useDoc((doc) => doc.votes);
  const doc = useDoc((d) => d);
  return (
    <Section title="Votes" count={rounds.length}>
      {rounds.length === 0 && <p className="fs-muted fs-empty">No vote yet: the Vote button starts one.</p>}
      <ol className="fs-rounds" reversed>
        {[...rounds].reverse().map((r) => {
          const cast = Object.values(votes).filter((v) => v.roundId === r.id).reduce((n, v) => n + v.dots, 0);
          const top = r.open ? undefined : standings(doc, r.id)[0];
          return (
            <li key={r.id} className="fs-round">
              <span className="fs-round-name">{r.question || r.name}</span>
              <span className="fs-muted">
                {r.open ? 'Open now' : r.closedAt ? `Closed ${new Date(r.closedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}` : 'Closed'}
                {` · ${cast} ${cast === 1 ? 'dot' : 'dots'}`}
                {top ? ` · first: ${doc.cards[top.cardId]?.title || 'untitled card'}` : ''}
              </span>
              <div className="fs-thread-tools">
                {!r.open && (
                  <button type="button" className="fs-link" onClick={() => setView({ resultsOpen: true, resultsRound: r.id })}>
                    Show results<span className="fs-sr-only"> of {r.question || r.name}</span>
                  </button>
                )}
                <button type="button" className="fs-link fs-link-quiet" onClick={() => dispatch(deleteVoteRound, { roundId: r.id })}>
                  Delete<span className="fs-sr-only"> round {r.question || r.name}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
