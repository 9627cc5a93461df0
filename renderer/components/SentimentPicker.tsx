import { useId, type JSX } from 'react';
import { MarkIcon, sentimentMark } from './MarkIcon';
import { SENTIMENTS, sentimentName } from './sentiment';
import './components.css';

export interface SentimentPickerProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
}

/** −2…+2 as faces with numbers, and the chosen word spelled out: never colour alone. */
export function SentimentPicker({ label, value, onChange }: SentimentPickerProps): JSX.Element {
  const id = useId();
  return (
    <fieldset className="fs-sentiment" role="radiogroup" aria-labelledby={`${id}-label`}>
      <legend id={`${id}-label`} className="fs-field-label">{label}</legend>
      <span className="fs-field-value" aria-hidden="true">{sentimentName(value)}</span>
      <div className="fs-segments">
        {SENTIMENTS.map((s) => (
          <label key={s.value} className="fs-segment fs-sentiment-choice" data-sentiment={s.value} title={s.label}>
            <input type="radio" name={id} value={s.value} checked={value === s.value} onChange={() => onChange(s.value)} />
            <MarkIcon name={sentimentMark(s.value)} size={20} />
            <span className="fs-sr-only">{s.label}</span>
            <span aria-hidden="true" className="fs-sentiment-num">{s.short}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
