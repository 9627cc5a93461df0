import { memo, useMemo, type JSX } from 'react';
import { isKey, orderedIds, percent, plural } from '../../../shared/analysis';
import { updateTouchpoint } from '../../../shared/commands';
import { newId, type Card, type Id, type WorkshopDoc } from '../../../shared/model';
import { dispatch, useDoc } from '../../state/documentStore';
import { factsOf } from '../analysisCache';
import { sameList } from '../useStable';
import { useAnalysis, useCards, titleOf } from '../useAnalysis';
import { CardButton, Meter, Section } from './parts';

/**
 * Benchmark scorecard: how many key touchpoints have a standard to protect, each key touchpoint
 * with its standard and target against current, those below target, and a one-click strategy
 * for a key touchpoint that has none (one undoable edit).
 */
export function BenchmarksView({ blueprintId }: { blueprintId: string }): JSX.Element | null {
  const analysis = useAnalysis(blueprintId);
  const selectKey = useMemo(() => (doc: WorkshopDoc) => {
    const facts = factsOf(doc, blueprintId);
    return orderedIds(facts, facts.touchpoints.filter(isKey));
  }, [blueprintId]);
  const keyIds = useDoc(selectKey, sameList);
  const cards = useCards();
  if (!analysis) return null;
  const { benchmarkCoverage: coverage } = analysis;
  return (
    <>
      <p className="fs-insights-lead">
        <strong>{coverage.withStandard} of {plural(coverage.key, 'key touchpoint')}</strong> {coverage.withStandard === 1 ? 'has' : 'have'} a benchmark standard.
      </p>
      <Meter value={coverage.share} max={1} text={`${percent(coverage.share)} covered`} />
      <Section title="Key touchpoints">
        {keyIds.length === 0 ? <p className="fs-muted">No touchpoint has importance 4 or 5 yet.</p> : (
          <ul className="fs-insights-list">
            {keyIds.map((id) => <li key={id}><KeyRow id={id} card={cards[id]} /></li>)}
          </ul>
        )}
      </Section>
      <Section title="Below target">
        {coverage.belowTarget.length === 0 ? <p className="fs-muted">No benchmarked touchpoint is below its target.</p> : (
          <ul className="fs-insights-list">
            {coverage.belowTarget.map((id) => {
              const b = cards[id]?.touchpoint?.benchmark;
              return <li key={id}><CardButton id={id} title={titleOf(cards[id])}>{b ? `target ${b.target}, current ${b.current}: ${b.target! - b.current!} below` : ''}</CardButton></li>;
            })}
          </ul>
        )}
      </Section>
    </>
  );
}

const KeyRow = memo(function KeyRow({ id, card }: { id: Id; card: Card | undefined }): JSX.Element | null {
  const tp = card?.touchpoint;
  if (!tp) return null;
  const title = titleOf(card);
  if (tp.strategy === 'none') {
    return (
      <div className="fs-scorecard-row">
        <CardButton id={id} title={title}>No strategy yet · importance {tp.importance}</CardButton>
        <span className="fs-scorecard-actions">
          <button type="button" className="fs-btn fs-btn-small" aria-label={`Benchmark ${title}`} title="Set its strategy to benchmark: a standard to protect" onClick={() => setStrategy(id, 'benchmark')}>Benchmark</button>
          <button type="button" className="fs-btn fs-btn-small" aria-label={`Differentiate ${title}`} title="Set its strategy to differentiate: design it beyond the standard, on-brand" onClick={() => setStrategy(id, 'differentiate')}>Differentiate</button>
        </span>
      </div>
    );
  }
  const b = tp.benchmark;
  const meta = tp.strategy === 'differentiate'
    ? `Differentiate${tp.differentiation.concept.trim() ? `: ${tp.differentiation.concept.trim()}` : ' (no concept yet)'}`
    : `${b.standard.trim() ? `Standard: ${b.standard.trim()}` : 'Benchmark without a standard yet'}${b.target !== null ? ` · target ${b.target}` : ''}${b.current !== null ? `, current ${b.current}` : ''}${b.target !== null && b.current !== null && b.current < b.target ? ' (below target)' : ''}`;
  return <CardButton id={id} title={title}>{meta}</CardButton>;
});

/** A decision taken in one click is an undo step of its own, never merged with typing before it. */
function setStrategy(cardId: Id, strategy: 'benchmark' | 'differentiate'): void {
  dispatch(updateTouchpoint, { cardId, fields: { strategy } }, { group: newId('insights-strategy-') });
}
