import type { JSX } from 'react';
import { decimal, listOf, plural, type BrandCoverage, type ProductLayer } from '../../../shared/analysis';
import type { BrandAttribute, Card, Id } from '../../../shared/model';
import { useDoc } from '../../state/documentStore';
import { showHighlight } from '../lens/lensStore';
import { cardsHighlight } from '../highlights';
import { useAnalysis, useCards, titleOf } from '../useAnalysis';
import { Meter, Section } from './parts';

const LAYER: { key: keyof ProductLayer; name: string; meaning: string }[] = [
  { key: 'useful', name: 'Useful', meaning: 'does the job the customer hires it for' },
  { key: 'usable', name: 'Usable', meaning: 'easy and intuitive' },
  { key: 'sensuous', name: 'Sensuous', meaning: 'evokes the senses' },
];

/**
 * Brand coverage (which brand attributes the differentiated touchpoints express; those none
 * expresses stand out) and the product layer's useful, usable and sensuous means.
 */
export function BrandProductView({ blueprintId }: { blueprintId: string }): JSX.Element | null {
  const analysis = useAnalysis(blueprintId);
  const attributes = useDoc((d) => d.brandAttributes);
  const cards = useCards();
  if (!analysis) return null;
  const missing = analysis.brandCoverage.filter((b) => b.touchpoints.length === 0).map((b) => attributes[b.attribute]?.name ?? '');
  return (
    <>
      <Section title="Brand coverage">
        {analysis.brandCoverage.length === 0 ? <p className="fs-muted">The workshop has no brand attributes yet (Workshop › Brand attributes).</p> : (
          <>
            <p className="fs-insights-lead">
              {missing.length === 0 ? 'Every brand attribute is expressed by a differentiated touchpoint.' : <><strong>{listOf(missing)}</strong> {missing.length === 1 ? 'is' : 'are'} expressed by no differentiated touchpoint.</>}
            </p>
            <ul className="fs-insights-list" aria-label="Brand attributes">
              {analysis.brandCoverage.map((b) => <li key={b.attribute}><AttributeRow coverage={b} attribute={attributes[b.attribute]} cards={cards} /></li>)}
            </ul>
          </>
        )}
      </Section>
      <Section title="Product layer">
        <p className="fs-muted">Means of the product cards’ ratings, 1 to 5. The experience starts and ends with the product.</p>
        <ul className="fs-insights-list fs-product" aria-label="Product layer">
          {LAYER.map((l) => {
            const v = analysis.productLayer[l.key];
            return (
              <li key={l.key} className="fs-product-row">
                <span className="fs-owner-name">{l.name} <span className="fs-insights-card-meta">{l.meaning}</span></span>
                <Meter value={v === null ? 0 : v} max={5} text={v === null ? 'not rated' : `${decimal(v)} of 5`} />
              </li>
            );
          })}
        </ul>
      </Section>
    </>
  );
}

function AttributeRow({ coverage, attribute, cards }: { coverage: BrandCoverage; attribute: BrandAttribute | undefined; cards: Readonly<Record<Id, Card>> }): JSX.Element {
  const name = attribute?.name || 'Unnamed attribute';
  if (coverage.touchpoints.length === 0) {
    return (
      <div className="fs-brand-row is-missing">
        <span className="fs-insights-card-title"><span aria-hidden="true" className="fs-brand-warn">!</span> {name}</span>
        <span className="fs-insights-card-meta">Not expressed by any differentiated touchpoint</span>
      </div>
    );
  }
  const names = coverage.touchpoints.map((id) => titleOf(cards[id]));
  return (
    <button type="button" className="fs-brand-row" onClick={() => showHighlight(cardsHighlight(`Brand attribute ${name}: ${plural(names.length, 'touchpoint')}`, coverage.touchpoints))}>
      <span className="fs-insights-card-title">{name}</span>
      <span className="fs-insights-card-meta">{plural(names.length, 'touchpoint')}: {listOf(names, 3)}</span>
    </button>
  );
}
