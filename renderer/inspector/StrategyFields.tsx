import { useId, type JSX } from 'react';
import { STRATEGIES } from '../../shared/model/schemas';
import type { Card, Touchpoint } from '../../shared/model/types';
import { STRATEGY_LABELS } from '../components/labels';
import { touchpointFields } from './edits';
import { perform } from './perform';
import { BenchmarkFields } from './BenchmarkFields';
import { DifferentiationFields } from './DifferentiationFields';

/** Benchmark or differentiate: the decision the workshop is for. */
export function StrategyFields({ card, tp }: { card: Card; tp: Touchpoint }): JSX.Element {
  const id = useId();
  return (
    <>
      <fieldset className="fs-fieldset fs-strategy" role="radiogroup" aria-labelledby={`${id}-label`}>
        <legend id={`${id}-label`} className="fs-field-label">Strategy</legend>
        <div className="fs-strategy-choices">
          {STRATEGIES.map((s) => (
            <div key={s} className={`fs-strategy-choice fs-strategy-${s}`}>
              <input
                id={`${id}-${s}`} type="radio" name={`${id}-strategy`} value={s} checked={tp.strategy === s}
                aria-describedby={`${id}-${s}-hint`}
                onChange={() => perform(touchpointFields(card.id, { strategy: s }))}
              />
              <label htmlFor={`${id}-${s}`}>{STRATEGY_LABELS[s].label}</label>
              <span id={`${id}-${s}-hint`} className="fs-check-hint">{STRATEGY_LABELS[s].hint}</span>
            </div>
          ))}
        </div>
      </fieldset>
      {tp.strategy === 'benchmark' && <BenchmarkFields card={card} tp={tp} />}
      {tp.strategy === 'differentiate' && <DifferentiationFields card={card} tp={tp} />}
    </>
  );
}
