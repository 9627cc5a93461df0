import { useCallback, useMemo, type JSX } from 'react';
import { compareCards, overlayCurves, type CardComparison } from '../../../shared/compare';
import { experienceCurve } from '../../../shared/analysis';
import { blueprintsOf, type Id, type WorkshopDoc } from '../../../shared/model';
import { useDoc } from '../../state/documentStore';
import { useSelection } from '../../state/selection';
import { factsOf } from '../analysisCache';
import { revealCard } from '../reveal';
import { setCompare, useInsights } from '../insightsStore';
import { pairToShow, type Pair } from './defaultPair';
import { duplicateAsFuture } from './duplicateFuture';
import { ChangeRow } from './ChangeRow';
import { CurveChart } from './CurveChart';

/**
 * Current against future state: two blueprints' touchpoints paired by card lineage, what changed
 * in their scores and strategy, the cards added and removed. Every row shows its card on the canvas.
 */
export function CompareView(): JSX.Element {
  const { compare } = useInsights();
  const { blueprintId } = useSelection();
  const blueprints = useDoc(selectBlueprints, sameBlueprints);
  const pairSelect = useCallback((doc: WorkshopDoc) => pairToShow(doc, compare, blueprintId), [compare, blueprintId]);
  const pair = useDoc(pairSelect, samePair);

  if (!pair) {
    return (
      <div className="fs-insights-section">
        <p className="fs-insights-lead">Compare needs two blueprints: the current state and a future state drawn from it.</p>
        <p className="fs-muted">A future state starts as a copy of this blueprint. Each card remembers the card it came from, so the two can be compared card by card as the room redesigns it.</p>
        {blueprintId && <button type="button" className="fs-btn fs-btn-primary" onClick={() => duplicateAsFuture(blueprintId)}>Duplicate as future state</button>}
      </div>
    );
  }
  const names = new Map(blueprints.map((b) => [b.id, b.name || 'Untitled blueprint']));
  return (
    <div className="fs-insights-section">
      <div className="fs-compare-pick">
        <BlueprintPick label="Earlier blueprint" value={pair.before} blueprints={blueprints} onChange={(before) => setCompare({ ...pair, before })} />
        <span aria-hidden="true" className="fs-compare-arrow">→</span>
        <BlueprintPick label="Later blueprint" value={pair.after} blueprints={blueprints} onChange={(after) => setCompare({ ...pair, after })} />
      </div>
      {pair.before === pair.after ? <p className="fs-muted">Pick two different blueprints.</p> : <Comparison pair={pair} names={names} />}
    </div>
  );
}

function BlueprintPick({ label, value, blueprints, onChange }: { label: string; value: Id; blueprints: { id: Id; name: string }[]; onChange: (id: Id) => void }): JSX.Element {
  return (
    <label className="fs-compare-select">
      <span className="fs-field-label">{label}</span>
      <select className="fs-input fs-select" value={value} onChange={(e) => onChange(e.target.value)}>
        {blueprints.map((b) => <option key={b.id} value={b.id}>{b.name || 'Untitled blueprint'}</option>)}
      </select>
    </label>
  );
}

function Comparison({ pair, names }: { pair: Pair; names: Map<Id, string> }): JSX.Element {
  const select = useMemo(() => (doc: WorkshopDoc) => compareCards(factsOf(doc, pair.before).cards, factsOf(doc, pair.after).cards), [pair.before, pair.after]);
  const result = useDoc(select);
  const selectCurves = useMemo(() => (doc: WorkshopDoc) => {
    const b = factsOf(doc, pair.before);
    const a = factsOf(doc, pair.after);
    const steps = (f: typeof a) => f.stages.flatMap((s) => f.stepsOfStage.get(s.id) ?? []);
    return overlayCurves(steps(b), experienceCurve(b), steps(a), experienceCurve(a));
  }, [pair.before, pair.after]);
  const curves = useDoc(selectCurves);
  const titles = useDoc(selectCards);
  const changed = result.touchpoints.filter((r) => r.changed.length > 0);
  const unchanged = result.touchpoints.filter((r) => r.changed.length === 0);
  const before = names.get(pair.before)!;
  const after = names.get(pair.after)!;
  return (
    <>
      <p className="fs-insights-lead">{summary(result, changed.length)}</p>
      <h3 className="fs-insights-h">Experience curves</h3>
      <CurveChart columns={curves} before={before} after={after} />
      <h3 className="fs-insights-h">Changed touchpoints</h3>
      {changed.length === 0 ? (
        <p className="fs-muted">No touchpoint scores or strategies differ between {before} and {after} yet.</p>
      ) : (
        <ul className="fs-compare-list" aria-label="Changed touchpoints">
          {changed.map((row) => <ChangeRow key={row.lineage} row={row} onReveal={() => revealCard(row.afterId)} />)}
        </ul>
      )}
      <CardList label={`Added in ${after}`} ids={result.added} titles={titles} empty="No cards added." />
      <CardList label={`Removed from ${before}`} ids={result.removed} titles={titles} empty="No cards removed." />
      {unchanged.length > 0 && (
        <details className="fs-compare-unchanged">
          <summary>{unchanged.length} {unchanged.length === 1 ? 'touchpoint' : 'touchpoints'} unchanged</summary>
          <ul className="fs-compare-list" aria-label="Unchanged touchpoints">
            {unchanged.map((row) => (
              <li key={row.lineage}>
                <button type="button" className="fs-compare-row" onClick={() => revealCard(row.afterId)}>
                  <span className="fs-compare-title">{row.title || 'Untitled card'}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function CardList({ label, ids, titles, empty }: { label: string; ids: readonly Id[]; titles: WorkshopDoc['cards']; empty: string }): JSX.Element {
  return (
    <>
      <h3 className="fs-insights-h">{label}</h3>
      {ids.length === 0 ? <p className="fs-muted">{empty}</p> : (
        <ul className="fs-compare-list" aria-label={label}>
          {ids.map((id) => (
            <li key={id}>
              <button type="button" className="fs-compare-row" onClick={() => revealCard(id)}>
                <span className="fs-compare-title">{titles[id]?.title || 'Untitled card'}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function summary(result: CardComparison, changed: number): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return `${n(result.touchpoints.length, 'touchpoint', 'touchpoints')} in both, ${changed} changed; ${n(result.added.length, 'card', 'cards')} added, ${n(result.removed.length, 'card', 'cards')} removed.`;
}

const selectBlueprints = (doc: WorkshopDoc) => blueprintsOf(doc).map((b) => ({ id: b.id, name: b.name }));
const selectCards = (doc: WorkshopDoc) => doc.cards;
const sameBlueprints = (a: { id: Id; name: string }[], b: { id: Id; name: string }[]) =>
  a.length === b.length && a.every((x, i) => x.id === b[i]!.id && x.name === b[i]!.name);
const samePair = (a: Pair | null, b: Pair | null) => a === b || (!!a && !!b && a.before === b.before && a.after === b.after);
