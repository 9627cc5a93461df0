import type { JSX } from 'react';
import { decimal, isCustomerService, ownerKey, percent, plural, type OwnerShare } from '../../../shared/analysis';
import { setFilters, showFind } from '../lens/lensStore';
import { useAnalysis } from '../useAnalysis';
import { Meter, Section } from './parts';

/**
 * "Customer experience is not customer service": each department's importance-weighted share of
 * the touchpoints and its experience, customer service set apart (by pattern and words, not
 * colour alone) against everyone else.
 */
export function OwnershipView({ blueprintId }: { blueprintId: string }): JSX.Element | null {
  const analysis = useAnalysis(blueprintId);
  if (!analysis) return null;
  if (analysis.touchpoints === 0) return <p className="fs-insights-lead">No touchpoints yet, so nobody owns any experience.</p>;
  const cs = analysis.customerServiceShare;
  const others = analysis.ownership.filter((o) => !isCustomerService(o.owner)).slice(0, 3).map((o) => o.owner);
  return (
    <>
      <p className="fs-insights-lead">
        Customer service owns <strong>{percent(cs)}</strong> of the experience (touchpoints weighted by importance).
        {others.length > 0 && <> The most is owned by {others.join(', ')}.</>}
      </p>
      <div className="fs-cs-split" role="img" aria-label={`Customer service ${percent(cs)}, everyone else ${percent(1 - cs)}`}>
        <span className="fs-cs-part is-cs" style={{ flexGrow: cs }} />
        <span className="fs-cs-part" style={{ flexGrow: 1 - cs }} />
      </div>
      <p className="fs-cs-key" aria-hidden="true">
        <span><span className="fs-cs-swatch is-cs" /> Customer service {percent(cs)}</span>
        <span><span className="fs-cs-swatch" /> Everyone else {percent(1 - cs)}</span>
      </p>
      <Section title="By department">
        <ul className="fs-insights-list" aria-label="Departments by share of the experience">
          {analysis.ownership.map((o) => <li key={o.owner}><OwnerRow owner={o} max={analysis.ownership[0]!.share} /></li>)}
        </ul>
        <p className="fs-muted">Share: the department’s touchpoints’ importance out of all touchpoints’. Experience: their importance-weighted mean, 1 to 5. A click shows the department’s cards on the canvas.</p>
      </Section>
    </>
  );
}

function OwnerRow({ owner, max }: { owner: OwnerShare; max: number }): JSX.Element {
  const cs = isCustomerService(owner.owner);
  const experience = owner.experience === null ? 'experience not scored' : `experience ${decimal(owner.experience)} of 5`;
  return (
    <button
      type="button" className={`fs-owner-row${cs ? ' is-cs' : ''}`}
      onClick={() => { setFilters({ owner: ownerKey(owner.owner) }); showFind(); }}
    >
      <span className="fs-owner-name">{owner.owner}{cs && !/^customer service$/i.test(owner.owner) && <span className="fs-owner-tag">customer service</span>}</span>
      <Meter value={owner.share} max={max} text={percent(owner.share)} tone={cs ? 'cs' : undefined} />
      <span className="fs-insights-card-meta">{plural(owner.touchpoints, 'touchpoint')} · {experience}</span>
    </button>
  );
}
