import { useId, type JSX } from 'react';
import './components.css';

const SCALE = [1, 2, 3, 4, 5] as const;

export interface RatingPickerProps {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  /** Ratings that may be left unset get a "Not set" choice. */
  nullable?: boolean;
  /** Words for the ends of the scale, e.g. ["low", "high"]. */
  ends?: readonly [string, string];
}

/**
 * A 1–5 scale as one row of native radio buttons: one click on a projector, arrow keys for
 * the keyboard, and a group that `getByLabel(label)` finds.
 */
export function RatingPicker({ label, value, onChange, nullable = false, ends }: RatingPickerProps): JSX.Element {
  const id = useId();
  return (
    <fieldset className="fs-rating-picker" role="radiogroup" aria-labelledby={`${id}-label`}>
      <legend id={`${id}-label`} className="fs-field-label">{label}</legend>
      <div className="fs-segments">
        {nullable && (
          <label className="fs-segment fs-segment-none" title="Not set">
            <input type="radio" name={id} checked={value === null} onChange={() => onChange(null)} />
            <span aria-hidden="true">–</span>
            <span className="fs-sr-only">Not set</span>
          </label>
        )}
        {SCALE.map((n) => (
          <label key={n} className="fs-segment">
            <input type="radio" name={id} value={n} checked={value === n} onChange={() => onChange(n)} />
            <span>{n}</span>
          </label>
        ))}
      </div>
      {ends && (
        <div className="fs-rating-ends" aria-hidden="true">
          <span>{ends[0]}</span>
          <span>{ends[1]}</span>
        </div>
      )}
    </fieldset>
  );
}
