import type { JSX } from 'react';
import { listOf, plural, type RootCause } from '../../../shared/analysis';
import type { Card, Id } from '../../../shared/model';
import { getDoc, useDoc } from '../../state/documentStore';
import { showHighlight } from '../lens/lensStore';
import { rootCauseHighlight } from '../highlights';
import { useAnalysis, useCards, titleOf } from '../useAnalysis';
import { Meter } from './parts';

/**
 * Root causes ranked by weight (importance × shortfall of the touchpoints they drag down): the
 * backstage and support cards whose repair lifts the most experience. A click shows the chain on
 * the canvas: the cause, its touchpoints, and what joins them.
 */
export function RootCausesView({ blueprintId }: { blueprintId: string }): JSX.Element | null {
  const analysis = useAnalysis(blueprintId);
  const cards = useCards();
  const lanes = useDoc((d) => d.lanes);
  if (!analysis) return null;
  const causes = analysis.rootCauses;
  if (causes.length === 0) {
    return <p className="fs-insights-lead">No root causes yet. Link a touchpoint below expectation to the cards behind it (Root causes in its details, or a cause connector) to see what to repair first.</p>;
  }
  const heaviest = causes[0]!.weight;
  return (
    <>
      <p className="fs-insights-lead">
        Repairing <strong>{titleOf(cards[causes[0]!.card])}</strong> lifts the most weighted experience. {plural(causes.length, 'cause')} in all, heaviest first.
      </p>
      <ol className="fs-insights-list fs-causes" aria-label="Root causes, heaviest first">
        {causes.map((cause) => (
          <li key={cause.card}>
            <CauseRow cause={cause} cards={cards} lane={lanes[cards[cause.card]?.laneId ?? '']?.name ?? ''} max={heaviest} />
          </li>
        ))}
      </ol>
    </>
  );
}

function CauseRow({ cause, cards, lane, max }: { cause: RootCause; cards: Readonly<Record<Id, Card>>; lane: string; max: number }): JSX.Element {
  const names = cause.touchpoints.map((id) => titleOf(cards[id]));
  return (
    <button type="button" className="fs-cause-row" onClick={() => showHighlight(rootCauseHighlight(getDoc(), cause))}>
      <span className="fs-insights-card-title">{titleOf(cards[cause.card])}</span>
      {lane && <span className="fs-insights-card-meta">{lane}</span>}
      <Meter value={cause.weight} max={max} text={`weight ${cause.weight}`} tone="cause" />
      <span className="fs-insights-card-meta">Drags down {listOf(names, 3)}</span>
    </button>
  );
}
