import { useId, type JSX } from 'react';
import './components.css';

export interface SelectProps<V extends string> {
  label: string;
  value: V | '';
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  /** Shown as the first, unselectable choice while `value` is empty. */
  placeholder?: string;
}

export function Select<V extends string>({ label, value, options, onChange, placeholder }: SelectProps<V>): JSX.Element {
  const id = useId();
  return (
    <div className="fs-field">
      <label htmlFor={id} className="fs-field-label">{label}</label>
      <select id={id} className="fs-input fs-select" value={value} onChange={(e) => onChange(e.target.value as V)}>
        {placeholder !== undefined && <option value="" disabled>{placeholder}</option>}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}
