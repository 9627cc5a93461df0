import type { JSX, ReactNode } from 'react';
import { SENTIMENTS, sentimentVar } from '../components/sentiment';
import { MarkIcon, sentimentMark, touchpointMark } from '../components/MarkIcon';
import { setUi, useUi } from '../state/ui';
import { CONNECTOR_KINDS } from '../../shared/model';
import { CONNECTOR_KIND_LABELS } from '../components/labels';
import { Icon } from './Icon';
import { DepartmentLegend } from '../facilitation/DepartmentLegend';


function Entry({ mark, children }: { mark: ReactNode; children: ReactNode }): JSX.Element {
  return (
    <li className="fs-legend-entry">
      <span className="fs-legend-mark" aria-hidden="true">{mark}</span>
      <span>{children}</span>
    </li>
  );
}

/** What every mark on the canvas means, in words. */
export function Legend(): JSX.Element {
  const { legendOpen } = useUi();
  if (!legendOpen) {
    return (
      <button type="button" className="fs-legend-toggle" onClick={() => setUi({ legendOpen: true })} aria-label="Show legend" title="Show legend">
        <Icon name="legend" /> Legend
      </button>
    );
  }
  return (
    <aside className="fs-legend" aria-label="Legend">
      <div className="fs-legend-head">
        <strong>Legend</strong>
        <button type="button" className="fs-icon-button is-small" onClick={() => setUi({ legendOpen: false })} aria-label="Hide legend" title="Hide legend">
          <Icon name="close" size={14} />
        </button>
      </div>
      <ul>
        <Entry mark={[1, 3, 5].map((i) => <MarkIcon key={i} name={touchpointMark(i)} />)}>Touchpoint, ring grows with importance</Entry>
        <Entry
          mark={SENTIMENTS.map((s) => (
            <span key={s.value} style={{ color: `var(--fs-sentiment-${sentimentVar(s.value)})` }}><MarkIcon name={sentimentMark(s.value)} size={14} /></span>
          ))}
        >
          Sentiment −2 … +2
        </Entry>
        <Entry mark={<span className="fs-mark-gap">▼2</span>}>Experience below expectation</Entry>
        <Entry mark={<><MarkIcon name="benchmark" /> <MarkIcon name="differentiate" /></>}>Benchmark · Differentiate</Entry>
        <Entry mark={<><MarkIcon name="failpoint" /> <MarkIcon name="clock" /></>}>Fail point · Wait time</Entry>
        {CONNECTOR_KINDS.map((kind) => (
          <Entry
            key={kind}
            mark={
              <svg width="36" height="10" className={`fs-connector-${kind}`}>
                <line x1="1" y1="5" x2="29" y2="5" className="fs-connector-line" />
                <path d="M28 1 L35 5 L28 9 z" fill="var(--fs-connector-kind)" />
              </svg>
            }
          >
            {CONNECTOR_KIND_LABELS[kind].label}
          </Entry>
        ))}
      </ul>
      <DepartmentLegend />
    </aside>
  );
}
