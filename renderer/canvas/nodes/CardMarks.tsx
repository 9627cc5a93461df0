import type { JSX } from 'react';
import type { Card } from '../../../shared/model';
import { SentimentIcon } from '../../components/SentimentIcon';
import { sentimentLabel } from '../../components/sentiment';
import { BenchmarkBadge, Clock, DifferentiateBadge, FailPointMark, TouchpointRing } from './marks';

const SENTIMENT_VAR: Record<number, string> = { [-2]: 'n2', [-1]: 'n1', 0: '0', 1: 'p1', 2: 'p2' };

const CHANNEL_NAMES: Record<string, string> = {
  'in-person': 'In person', phone: 'Phone', web: 'Web', app: 'App', email: 'Email', chat: 'Chat', social: 'Social', mail: 'Mail', other: 'Other',
};

/** The row of marks at the foot of a card; every mark has words for screen readers and a tooltip. */
export function CardMarks({ card }: { card: Card }): JSX.Element {
  const tp = card.touchpoint;
  const gap = tp && tp.expectation !== null && tp.experience !== null ? tp.experience - tp.expectation : null;
  // The row is one card wide: with many marks the channel name gives way to the rest.
  const crowded = [gap !== null && gap < 0, tp?.strategy !== 'none', card.failPoint, card.waitMinutes > 0, card.product !== null].filter(Boolean).length >= 3;
  return (
    <div className="fs-card-marks">
      {tp && (
        <span className="fs-mark" title={`Touchpoint · importance ${tp.importance} of 5 · ${CHANNEL_NAMES[tp.channel]}`}>
          <TouchpointRing importance={tp.importance} />
          {!crowded && <span className="fs-mark-text">{CHANNEL_NAMES[tp.channel]}</span>}
          <span className="fs-sr">Touchpoint, importance {tp.importance} of 5.</span>
        </span>
      )}
      {tp && (
        <span className="fs-mark" style={{ color: `var(--fs-sentiment-${SENTIMENT_VAR[tp.sentiment] ?? '0'})` }} title={`Sentiment: ${sentimentLabel(tp.sentiment)}`}>
          <SentimentIcon value={tp.sentiment} size={16} />
          <span className="fs-sr">Sentiment: {sentimentLabel(tp.sentiment)}.</span>
        </span>
      )}
      {gap !== null && gap < 0 && (
        <span className="fs-mark fs-mark-gap" title={`Experience ${tp!.experience} is ${-gap} below expectation ${tp!.expectation}`}>
          ▼{-gap}
          <span className="fs-sr">Experience below expectation by {-gap}.</span>
        </span>
      )}
      {tp?.strategy === 'benchmark' && (
        <span className="fs-mark" title={`Benchmark${tp.benchmark.standard ? `: ${tp.benchmark.standard}` : ''}`}>
          <BenchmarkBadge />
          <span className="fs-sr">Strategy: benchmark.</span>
        </span>
      )}
      {tp?.strategy === 'differentiate' && (
        <span className="fs-mark" title={`Differentiate${tp.differentiation.concept ? `: ${tp.differentiation.concept}` : ''}`}>
          <DifferentiateBadge />
          <span className="fs-sr">Strategy: differentiate.</span>
        </span>
      )}
      {card.failPoint && (
        <span className="fs-mark" title="Fail point">
          <FailPointMark />
          <span className="fs-sr">Fail point.</span>
        </span>
      )}
      {card.waitMinutes > 0 && (
        <span className="fs-mark fs-mark-wait" title={`Wait: ${card.waitMinutes} min`}>
          <Clock />
          <span className="fs-mark-text">{formatWait(card.waitMinutes)}</span>
          <span className="fs-sr">Wait time.</span>
        </span>
      )}
      {card.product && (
        <span className="fs-mark fs-mark-product" title="Product: useful · usable · sensuous">
          <span className="fs-sr">Product ratings: </span>
          {(['useful', 'usable', 'sensuous'] as const).map((k) => (
            <span key={k} className="fs-rating" title={`${k} ${card.product![k] ?? '–'} of 5`}>
              {k[0]!.toUpperCase()}
              <b>{card.product![k] ?? '–'}</b>
            </span>
          ))}
        </span>
      )}
    </div>
  );
}

function formatWait(minutes: number): string {
  if (minutes < 60) return `${Math.round(minutes)} min`;
  if (minutes < 1440) return `${Math.round((minutes / 60) * 10) / 10} h`;
  return `${Math.round((minutes / 1440) * 10) / 10} d`;
}
