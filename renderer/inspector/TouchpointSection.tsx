import { useId, type JSX } from 'react';
import { CHANNELS, RESPONSE_TYPES } from '../../shared/model/schemas';
import type { Card, Touchpoint } from '../../shared/model/types';
import { RatingPicker } from '../components/RatingPicker';
import { SentimentPicker } from '../components/SentimentPicker';
import { Select } from '../components/Select';
import { CHANNEL_LABELS, RESPONSE_LABELS } from '../components/labels';
import { touchpointFields, touchpointOn, responseType } from './edits';
import { perform } from './perform';
import { GapLine } from './GapLine';
import { StrategyFields } from './StrategyFields';
import { QuotesField } from './QuotesField';
import { RootCausesField } from './RootCausesField';

const CHANNEL_OPTIONS = CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }));

export function TouchpointSection({ card }: { card: Card }): JSX.Element {
  const id = useId();
  const tp = card.touchpoint;
  return (
    <section className={`fs-section fs-touchpoint${tp ? ' is-on' : ''}`}>
      <div className="fs-touchpoint-toggle">
        <input id={id} type="checkbox" aria-describedby={`${id}-hint`} checked={tp !== null} onChange={(e) => perform(touchpointOn(card.id, e.target.checked))} />
        <label htmlFor={id}>Touchpoint</label>
        <p id={`${id}-hint`} className="fs-muted">A moment where the customer meets the organisation.</p>
      </div>
      {tp && <TouchpointFields card={card} tp={tp} />}
    </section>
  );
}

function TouchpointFields({ card, tp }: { card: Card; tp: Touchpoint }): JSX.Element {
  const edit = (fields: Parameters<typeof touchpointFields>[1]) => perform(touchpointFields(card.id, fields));
  const responsesId = useId();
  return (
    <div className="fs-touchpoint-body">
      <Select label="Channel" value={tp.channel} options={CHANNEL_OPTIONS} onChange={(channel) => edit({ channel })} />
      <RatingPicker label="Importance" value={tp.importance} ends={['minor', 'key']} onChange={(v) => v !== null && edit({ importance: v })} />
      <SentimentPicker label="Sentiment" value={tp.sentiment} onChange={(sentiment) => edit({ sentiment })} />
      <RatingPicker label="Expectation" nullable value={tp.expectation} ends={['promised little', 'promised a lot']} onChange={(expectation) => edit({ expectation })} />
      <RatingPicker label="Experience" nullable value={tp.experience} ends={['poor', 'excellent']} onChange={(experience) => edit({ experience })} />
      <GapLine tp={tp} />
      <fieldset className="fs-fieldset" aria-labelledby={responsesId}>
        <legend id={responsesId} className="fs-field-label">Customer response</legend>
        <div className="fs-grid-2">
          {RESPONSE_TYPES.map((type) => (
            <label key={type} className="fs-check fs-check-card">
              <input type="checkbox" checked={tp.responses.includes(type)} onChange={(e) => perform(responseType(card.id, tp, type, e.target.checked))} />
              <span>{RESPONSE_LABELS[type].label}</span>
              <span className="fs-check-hint" aria-hidden="true">{RESPONSE_LABELS[type].hint}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <StrategyFields card={card} tp={tp} />
      <QuotesField card={card} tp={tp} />
      <RootCausesField card={card} tp={tp} />
    </div>
  );
}
