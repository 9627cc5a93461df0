import type { JSX } from 'react';
import type { Card } from '../../../shared/model';
import { sentimentName } from '../../components/sentiment';
import { sentimentMark, touchpointMark } from '../../components/MarkIcon';
import { formatMinutes } from '../../../shared/render/format';
import { CHANNEL_LABELS } from '../../components/labels';
import { experienceGap } from '../../../shared/model';

const RATINGS = ['useful', 'usable', 'sensuous'] as const;

/**
 * The row of marks at the foot of a card; every mark is an image named in words for screen
 * readers, with a tooltip. Its picture is the span's ::before (styles/card-marks.css), so a
 * card's marks add no elements of their own.
 */
export function CardMarks({ card }: { card: Card }): JSX.Element {
  const tp = card.touchpoint;
  const gap = tp ? experienceGap(tp) : null;
  // The row is one card wide: with many marks the channel name gives way to the rest.
  const crowded = [gap !== null && gap < 0, tp?.strategy !== 'none', card.failPoint, card.waitMinutes > 0, card.product !== null].filter(Boolean).length >= 3;
  return (
    <div className="fs-card-marks">
      {tp && (
        <span className={`fs-mark fs-mark-icon fs-icon-${touchpointMark(tp.importance)}`} role="img" aria-label={`Touchpoint, importance ${tp.importance} of 5.`} title={`Touchpoint · importance ${tp.importance} of 5 · ${CHANNEL_LABELS[tp.channel]}`}>
          {!crowded && CHANNEL_LABELS[tp.channel]}
        </span>
      )}
      {tp && (
        <span className={`fs-mark fs-mark-icon fs-icon-${sentimentMark(tp.sentiment)}`} role="img" aria-label={`Sentiment: ${sentimentName(tp.sentiment)}.`} title={`Sentiment: ${sentimentName(tp.sentiment)}`} />
      )}
      {gap !== null && gap < 0 && (
        <span className="fs-mark fs-mark-gap" role="img" aria-label={`Experience below expectation by ${-gap}.`} title={`Experience ${tp!.experience} is ${-gap} below expectation ${tp!.expectation}`}>
          ▼{-gap}
        </span>
      )}
      {tp?.strategy === 'benchmark' && (
        <span className="fs-mark fs-mark-icon fs-icon-benchmark" role="img" aria-label="Strategy: benchmark." title={`Benchmark${tp.benchmark.standard ? `: ${tp.benchmark.standard}` : ''}`} />
      )}
      {tp?.strategy === 'differentiate' && (
        <span className="fs-mark fs-mark-icon fs-icon-differentiate" role="img" aria-label="Strategy: differentiate." title={`Differentiate${tp.differentiation.concept ? `: ${tp.differentiation.concept}` : ''}`} />
      )}
      {card.failPoint && (
        <span className="fs-mark fs-mark-icon fs-icon-failpoint" role="img" aria-label="Fail point." title="Fail point" />
      )}
      {card.waitMinutes > 0 && (
        <span className="fs-mark fs-mark-wait fs-mark-icon fs-icon-clock" role="img" aria-label={`Wait time ${formatMinutes(card.waitMinutes)}.`} title={`Wait: ${card.waitMinutes} min`}>
          {formatMinutes(card.waitMinutes)}
        </span>
      )}
      {card.product && (
        <span className="fs-mark fs-mark-product" role="img" aria-label={`Product ratings: ${RATINGS.map((k) => `${k} ${card.product![k] ?? 'not set'}`).join(', ')}.`} title="Product: useful · usable · sensuous">
          {RATINGS.map((k) => (
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
