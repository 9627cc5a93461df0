import type { JSX } from 'react';
import { decimal, plural, type StageGap } from '../../../shared/analysis';
import type { Card, Id } from '../../../shared/model';
import { getDoc, useDoc } from '../../state/documentStore';
import { showHighlight } from '../lens/lensStore';
import { cardsHighlight, handoffsHighlight } from '../highlights';
import { factsOf } from '../analysisCache';
import { useAnalysis, useCards, titleOf } from '../useAnalysis';
import { CardButton, Section } from './parts';

/** Gap bars run from 0 to ±MAX_GAP (a whole scale of 1–5 either way). */
const MAX_GAP = 4;

/**
 * The journey stage by stage: where experience falls short of expectation (weighted by
 * importance) and how long customers wait, the handoffs across the line of visibility, and the
 * fail points. A click highlights them on the canvas.
 */
export function JourneyView({ blueprintId }: { blueprintId: string }): JSX.Element | null {
  const analysis = useAnalysis(blueprintId);
  const cards = useCards();
  const stages = useDoc((d) => d.stages);
  const connectors = useDoc((d) => d.connectors);
  if (!analysis) return null;
  const waits = new Map(analysis.waitMinutesByStage.map((w) => [w.stage, w.minutes]));
  const worst = analysis.gapsByStage.filter((g) => g.gap !== null && g.gap < 0).sort((a, b) => a.gap! - b.gap!)[0];
  return (
    <>
      <p className="fs-insights-lead">
        {worst ? <>Experience falls furthest below expectation in <strong>{stages[worst.stage]?.name || 'an untitled stage'}</strong> ({decimal(worst.gap!, true)}).</> : 'No stage falls below expectation on average.'}{' '}
        {plural(analysis.handoffs.length, 'handoff')} across the line of visibility, {plural(analysis.failPoints.length, 'fail point')}.
      </p>
      <Section title="Gap by stage">
        <ul className="fs-insights-list fs-gaps" aria-label="Gap by stage">
          {analysis.gapsByStage.map((g) => (
            <li key={g.stage}><StageRow gap={g} name={stages[g.stage]?.name || 'Untitled stage'} wait={waits.get(g.stage) ?? 0} blueprintId={blueprintId} /></li>
          ))}
        </ul>
        <p className="fs-muted">Bars left of the line: experience below expectation; right: above. Weighted by importance.</p>
      </Section>
      <Section
        title="Handoffs"
        actions={analysis.handoffs.length > 0 && <button type="button" className="fs-link" onClick={() => showHighlight(handoffsHighlight(getDoc(), analysis.handoffs))}>Show all on canvas</button>}
      >
        <p className="fs-muted">Connectors that cross the line of visibility, where a service most often breaks.</p>
        {analysis.handoffs.length > 0 && (
          <ul className="fs-insights-list" aria-label="Handoffs">
            {analysis.handoffs.map((id) => {
              const c = connectors[id];
              if (!c) return null;
              const name = `${titleOf(cards[c.from])} → ${titleOf(cards[c.to])}`;
              return (
                <li key={id}>
                  <button type="button" className="fs-insights-card" onClick={() => showHighlight(handoffsHighlight(getDoc(), [id], `Handoff: ${name}`))}>
                    <span className="fs-insights-card-title">{name}</span>
                    {c.label && <span className="fs-insights-card-meta">{c.label}</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </Section>
      <Section
        title="Fail points"
        actions={analysis.failPoints.length > 0 && <button type="button" className="fs-link" onClick={() => showHighlight(cardsHighlight(plural(analysis.failPoints.length, 'fail point'), analysis.failPoints))}>Show all on canvas</button>}
      >
        {analysis.failPoints.length === 0 ? <p className="fs-muted">No card is marked as a fail point.</p> : (
          <ul className="fs-insights-list" aria-label="Fail points">
            {analysis.failPoints.map((id) => <li key={id}><FailPoint id={id} card={cards[id]} /></li>)}
          </ul>
        )}
      </Section>
    </>
  );
}

function StageRow({ gap, name, wait, blueprintId }: { gap: StageGap; name: string; wait: number; blueprintId: string }): JSX.Element {
  const value = gap.gap;
  const width = value === null ? 0 : (Math.min(MAX_GAP, Math.abs(value)) / MAX_GAP) * 50;
  const show = () => {
    const facts = factsOf(getDoc(), blueprintId);
    const ids = facts.touchpoints.filter((c) => facts.stageOfStep.get(c.stepId) === gap.stage).map((c) => c.id);
    showHighlight(cardsHighlight(`${name}: ${plural(ids.length, 'touchpoint')}`, ids));
  };
  return (
    <button type="button" className="fs-gap-row" onClick={show}>
      <span className="fs-gap-name">{name}</span>
      <span className="fs-gap-bar" aria-hidden="true">
        <span className="fs-gap-axis" />
        {value !== null && <span className={`fs-gap-fill ${value < 0 ? 'is-below' : 'is-above'}`} style={value < 0 ? { right: '50%', width: `${width}%` } : { left: '50%', width: `${width}%` }} />}
      </span>
      <span className="fs-gap-value">{value === null ? 'not scored' : `gap ${decimal(value, true)}`}</span>
      <span className="fs-insights-card-meta">{plural(gap.touchpoints, 'touchpoint')}{wait > 0 ? ` · ${wait} min waiting` : ''}</span>
    </button>
  );
}

function FailPoint({ id, card }: { id: Id; card: Card | undefined }): JSX.Element {
  return <CardButton id={id} title={titleOf(card)}>{card && card.waitMinutes > 0 ? `${card.waitMinutes} min wait` : card?.owner || ''}</CardButton>;
}
