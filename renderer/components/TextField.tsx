import { useId, type JSX } from 'react';
import { cleanLine, cleanPara } from './text';
import './components.css';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  /** One line of text that wraps in view, so a long title shows whole; Enter does not break it. */
  wrap?: boolean;
  max?: number;
  placeholder?: string;
  hint?: string;
  /** Suggestions offered while typing (a datalist). */
  suggestions?: readonly string[];
  rows?: number;
}

/** A labelled text box whose changes are already cleaned to what the model accepts. */
export function TextField({
  label, value, onChange, multiline = false, wrap = false, max, placeholder, hint, suggestions, rows = 3,
}: TextFieldProps): JSX.Element {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const listId = suggestions?.length ? `${id}-list` : undefined;
  return (
    <div className="fs-field">
      <label htmlFor={id} className="fs-field-label">{label}</label>
      {multiline ? (
        <textarea
          id={id} className="fs-input" value={value} rows={rows} placeholder={placeholder}
          aria-describedby={hintId}
          onChange={(e) => onChange(cleanPara(e.target.value, max))}
        />
      ) : wrap ? (
        <textarea
          id={id} className="fs-input fs-input-wrap" value={value} rows={1} placeholder={placeholder}
          aria-describedby={hintId}
          onKeyDown={(e) => { if (e.key === 'Enter') e.preventDefault(); }}
          onChange={(e) => onChange(cleanLine(e.target.value, max))}
        />
      ) : (
        <input
          id={id} className="fs-input" type="text" value={value} placeholder={placeholder}
          aria-describedby={hintId} list={listId}
          onChange={(e) => onChange(cleanLine(e.target.value, max))}
        />
      )}
      {listId && (
        <datalist id={listId}>
          {suggestions?.map((s) => <option key={s} value={s} />)}
        </datalist>
      )}
      {hint && <p id={hintId} className="fs-field-hint">{hint}</p>}
    </div>
  );
}
