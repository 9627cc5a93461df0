import { useId, useState, type JSX } from 'react';
import { deleteVoteRound, setVoteRoundOpen, votesToIdeas, votesToImportance } from '../../shared/commands/votes';
import { dotsText, latestClosedRound, roundsOf, standings } from '../../shared/facilitation/votes';
import { newId } from '../../shared/model/ids';
import type { WorkshopDoc } from '../../shared/model/types';
import { dispatch, useDoc } from '../state/documentStore';
import { selectCards, useSelection } from '../state/selection';
import { focusCard } from '../canvas/focus';
import { setView, useView } from './view';

const TOPS = [1, 2, 3, 5, 10] as const;

/** When a round was closed, in the reader's own words for dates. */
function when(ms: number | null): string {
  return ms === null ? '' : new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * The result of a closed round: cards ranked by dots, each a link to the card; earlier rounds
 * one choice away; the top results turned into ideas or into touchpoint importance.
 */
export function VoteResults(): JSX.Element | null {
  const id = useId();
  const { blueprintId } = useSelection();
  const view = useView();
  const rounds = useDoc((doc) => (blueprintId ? roundsOf(doc, blueprintId).filter((r) => !r.open) : []), sameList);
  const latest = useDoc((doc) => (blueprintId ? latestClosedRound(doc, blueprintId)?.id : undefined));
  const roundId = view.resultsRound === 'latest' || view.resultsRound === null ? latest : view.resultsRound;
  const round = rounds.find((r) => r.id === roundId);
  const ranking = useDoc((doc: WorkshopDoc) => (round ? standings(doc, round.id) : []), sameStandings);
  const cards = useDoc((doc) => doc.cards);
  const tps = ranking.filter((s) => cards[s.cardId]?.touchpoint).length;
  const [top, setTop] = useState<number>(3);
  if (!blueprintId || !round) return null;
  const close = () => setView({ resultsOpen: false });
  const picks = ranking.slice(0, top).map((s) => ({ cardId: s.cardId, ideaId: newId('c') }));
  return (
    <section className="fs-float-panel fs-results" aria-labelledby={`${id}-h`}>
      <header className="fs-float-head">
        <h2 id={`${id}-h`}>Vote results</h2>
        <button type="button" className="fs-icon-btn" onClick={close}><span aria-hidden="true">×</span><span className="fs-sr-only">Hide vote results</span></button>
      </header>
      <div className="fs-field">
        <label className="fs-field-label" htmlFor={`${id}-r`}>Round</label>
        <select id={`${id}-r`} className="fs-input fs-select" value={round.id} onChange={(e) => setView({ resultsRound: e.target.value })}>
          {[...rounds].reverse().map((r) => <option key={r.id} value={r.id}>{r.question || r.name}{r.closedAt ? ` — ${when(r.closedAt)}` : ''}</option>)}
        </select>
      </div>
      <p className="fs-muted">{round.dotsPerPerson} dots per person{round.hidden ? ' · hidden until closed' : ''} · {ranking.reduce((n, s) => n + s.dots, 0)} dots on {ranking.length} cards</p>
      {ranking.length === 0 ? (
        <p className="fs-muted fs-empty">Nobody put a dot on a card in this round.</p>
      ) : (
        <ol className="fs-ranking" aria-label="Ranking">
          {ranking.map((s) => {
            const card = cards[s.cardId]!;
            return (
              <li key={s.cardId}>
                <span className="fs-ranking-rank" aria-hidden="true">{s.rank}</span>
                <button type="button" className="fs-ranking-card" onClick={() => { selectCards([s.cardId]); focusCard(s.cardId); }}>
                  <span className="fs-sr-only">Rank {s.rank}: </span>
                  <span className="fs-ranking-title">{card.title || 'Untitled card'}</span>
                </button>
                <span className="fs-ranking-dots">{dotsText(s.dots)}</span>
              </li>
            );
          })}
        </ol>
      )}
      <label className="fs-check">
        <input type="checkbox" checked={view.resultsRound !== null} onChange={(e) => setView({ resultsRound: e.target.checked ? round.id : null })} />
        <span>Show dots on the cards</span>
      </label>
      {ranking.length > 0 && (
        <div className="fs-results-actions">
          <div className="fs-row">
            <select className="fs-input fs-select" aria-label="How many top results" value={top} onChange={(e) => setTop(Number(e.target.value))}>
              {TOPS.filter((n) => n <= Math.max(1, ranking.length)).map((n) => <option key={n} value={n}>Top {n}</option>)}
            </select>
            <button type="button" className="fs-btn" onClick={() => dispatch(votesToIdeas, { roundId: round.id, picks })}>Turn into ideas</button>
          </div>
          <button type="button" className="fs-btn" disabled={tps === 0} onClick={() => dispatch(votesToImportance, { roundId: round.id })}>
            Set touchpoint importance from dots
          </button>
          <p className="fs-field-hint">{tps === 0 ? 'None of the voted cards is a touchpoint.' : `${tps} voted touchpoint${tps === 1 ? '' : 's'}: the most dots make importance 5, the rest in proportion.`}</p>
        </div>
      )}
      <div className="fs-row fs-results-round">
        <button type="button" className="fs-link" onClick={() => dispatch(setVoteRoundOpen, { roundId: round.id, open: true })}>Reopen this round</button>
        <button type="button" className="fs-link fs-link-quiet" onClick={() => dispatch(deleteVoteRound, { roundId: round.id })}>Delete round</button>
      </div>
    </section>
  );
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameStandings(a: ReturnType<typeof standings>, b: ReturnType<typeof standings>): boolean {
  return a.length === b.length && a.every((s, i) => s.cardId === b[i]!.cardId && s.dots === b[i]!.dots && s.rank === b[i]!.rank);
}
