import type { JSX } from 'react';
import { SentimentIcon } from '../components/SentimentIcon';
import { SENTIMENTS } from '../components/sentiment';
import { BenchmarkBadge, Clock, DifferentiateBadge, FailPointMark, TouchpointRing } from '../canvas/nodes/marks';
import { setUi, useUi } from '../state/ui';
import { Icon } from './Icon';

const SENTIMENT_VARS = ['n2', 'n1', '0', 'p1', 'p2'];
const CONNECTORS = [
  { kind: 'flow', label: 'Flow', dash: undefined },
  { kind: 'dependency', label: 'Dependency', dash: '6 4' },
  { kind: 'cause', label: 'Root cause', dash: undefined },
  { kind: 'feedback', label: 'Feedback', dash: '2 4' },
] as const;

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
      <dl>
        <dt className="fs-legend-marks">
          {[1, 3, 5].map((i) => <TouchpointRing key={i} importance={i} />)}
        </dt>
        <dd>Touchpoint — bigger ring, more important (1–5)</dd>
        <dt className="fs-legend-marks">
          {SENTIMENTS.map((s, i) => (
            <span key={s.value} style={{ color: `var(--fs-sentiment-${SENTIMENT_VARS[i]})` }} title={s.label}>
              <SentimentIcon value={s.value} size={15} />
            </span>
          ))}
        </dt>
        <dd>Sentiment, very negative to very positive</dd>
        <dt className="fs-legend-marks"><span className="fs-mark-gap">▼2</span></dt>
        <dd>Experience below expectation</dd>
        <dt className="fs-legend-marks"><BenchmarkBadge /></dt>
        <dd>Benchmark — protect a standard</dd>
        <dt className="fs-legend-marks"><DifferentiateBadge /></dt>
        <dd>Differentiate — on-brand design</dd>
        <dt className="fs-legend-marks"><FailPointMark /></dt>
        <dd>Fail point</dd>
        <dt className="fs-legend-marks"><Clock /></dt>
        <dd>Wait time</dd>
        {CONNECTORS.map((c) => (
          <div key={c.kind} className="fs-legend-row">
            <dt className="fs-legend-marks">
              <svg width="44" height="10" aria-hidden="true">
                <line x1="2" y1="5" x2="36" y2="5" stroke={`var(--fs-connector-${c.kind})`} strokeWidth={c.kind === 'cause' ? 2 : 1.6} strokeDasharray={c.dash} />
                <path d="M34 1 L42 5 L34 9 z" fill={`var(--fs-connector-${c.kind})`} />
              </svg>
            </dt>
            <dd>{c.label}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
