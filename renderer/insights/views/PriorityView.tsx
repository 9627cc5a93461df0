import { memo, useState, type JSX } from 'react';
import { percent, plural, type Analysis, type Quadrant } from '../../../shared/analysis';
import { experienceGap, type Card, type Id } from '../../../shared/model';
import { QUADRANT_NAMES } from '../lens/quadrantNames';
import { setFilters, showFind } from '../lens/lensStore';
import { signed } from '../compare/scoreText';
import { useAnalysis, useCards, titleOf } from '../useAnalysis';
import { PriorityMatrix } from './PriorityMatrix';
import { CardButton, QuadrantShape } from './parts';

const ORDER: Quadrant[] = ['fixFirst', 'protect', 'differentiate', 'monitor', 'unrated'];
const MEANING: Record<Quadrant, string> = {
  fixFirst: 'Key touchpoints below expectation: the first to repair.',
  protect: 'Key touchpoints that meet expectation: set a standard and keep it.',
  differentiate: 'Minor touchpoints already good: candidates for on-brand design.',
  monitor: 'Minor touchpoints below expectation: watch them.',
  unrated: 'Expectation or experience not scored yet.',
};
const SHOWN = 6;

/** The priority matrix and, below it, each quadrant's touchpoints by name: what to fix, protect, differentiate. */
export function PriorityView({ blueprintId }: { blueprintId: string }): JSX.Element | null {
  const analysis = useAnalysis(blueprintId);
  const cards = useCards();
  if (!analysis) return null;
  if (analysis.touchpoints === 0) {
    return <p className="fs-insights-lead">No touchpoints yet. Mark cards as touchpoints and score their importance, expectation and experience to see where to act.</p>;
  }
  return (
    <>
      <Summary analysis={analysis} />
      <PriorityMatrix priority={analysis.priority} cards={cards} />
      {ORDER.map((q) => <QuadrantList key={q} quadrant={q} ids={analysis.priority[q]} cards={cards} />)}
    </>
  );
}

function Summary({ analysis }: { analysis: Analysis }): JSX.Element {
  const p = analysis.priority;
  return (
    <p className="fs-insights-lead">
      {plural(analysis.touchpoints, 'touchpoint')}, {analysis.keyTouchpoints} key: <strong>{p.fixFirst.length} to fix first</strong>,{' '}
      {p.protect.length} to protect, {p.differentiate.length} to differentiate. Customer service owns{' '}
      <strong>{percent(analysis.customerServiceShare)}</strong> of the experience.
    </p>
  );
}

/** A quadrant's touchpoints, the first few shown; each row renders again only when its card changes. */
function QuadrantList({ quadrant, ids, cards }: { quadrant: Quadrant; ids: readonly Id[]; cards: Readonly<Record<Id, Card>> }): JSX.Element | null {
  const [all, setAll] = useState(false);
  if (ids.length === 0 && quadrant === 'unrated') return null;
  const shown = all ? ids : ids.slice(0, SHOWN);
  const name = QUADRANT_NAMES[quadrant];
  return (
    <section className={`fs-quadrant fs-q-${quadrant}`} aria-label={name}>
      <div className="fs-insights-h-row">
        <h3 className="fs-insights-h"><QuadrantShape quadrant={quadrant} /> {name} <span className="fs-count">{ids.length}</span></h3>
        {ids.length > 0 && (
          <button type="button" className="fs-link" onClick={() => { setFilters({ quadrant }); showFind(); }} aria-label={`Show ${name.toLowerCase()} on the canvas`}>
            Show on canvas
          </button>
        )}
      </div>
      <p className="fs-muted">{MEANING[quadrant]}</p>
      {ids.length > 0 && (
        <ul className="fs-insights-list">
          {shown.map((id) => <li key={id}><Row card={cards[id]} id={id} /></li>)}
        </ul>
      )}
      {ids.length > SHOWN && (
        <button type="button" className="fs-link" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${ids.length}`}
        </button>
      )}
    </section>
  );
}

const Row = memo(function Row({ card, id }: { card: Card | undefined; id: Id }): JSX.Element {
  const tp = card?.touchpoint;
  const gap = tp ? experienceGap(tp) : null;
  const strategy = tp && tp.strategy !== 'none' ? ` · ${tp.strategy}` : '';
  return (
    <CardButton id={id} title={titleOf(card)}>
      {tp ? `importance ${tp.importance} · gap ${gap === null ? 'not scored' : signed(gap)}${strategy}` : ''}
    </CardButton>
  );
});
