import { useId, type JSX } from 'react';
import type { Card, Touchpoint } from '../../shared/model/types';
import { LIMITS } from '../../shared/model/text';
import { cleanPara } from '../components/text';
import { quoteAdded, quoteRemoved, quoteText } from './edits';
import { perform } from './perform';

/** The voice of the customer, one quote per box. */
export function QuotesField({ card, tp }: { card: Card; tp: Touchpoint }): JSX.Element {
  const id = useId();
  return (
    <fieldset className="fs-fieldset" aria-labelledby={`${id}-label`}>
      <legend id={`${id}-label`} className="fs-field-label">Customer quotes</legend>
      <ol className="fs-quotes">
        {tp.quotes.map((q, i) => (
          <li key={i} className="fs-quote">
            <span className="fs-quote-mark" aria-hidden="true">“</span>
            <textarea
              className="fs-input" rows={2} value={q} aria-label={`Quote ${i + 1}`} placeholder="What a customer said"
              onChange={(e) => perform(quoteText(card.id, i, cleanPara(e.target.value, LIMITS.title * 4)))}
            />
            <button type="button" className="fs-icon-btn" onClick={() => perform(quoteRemoved(card.id, i))}>
              <span aria-hidden="true">×</span>
              <span className="fs-sr-only">Remove quote {i + 1}</span>
            </button>
          </li>
        ))}
      </ol>
      {tp.quotes.length < LIMITS.quotes && (
        <button type="button" className="fs-link" onClick={() => perform(quoteAdded(card.id))}>+ Add quote</button>
      )}
    </fieldset>
  );
}
