import { useId, type JSX } from 'react';
import './components.css';

export interface CheckboxProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Drawn as a box the height of a text field, to sit in a row with one. */
  boxed?: boolean;
}

export function Checkbox({ label, checked, onChange, boxed = false }: CheckboxProps): JSX.Element {
  const id = useId();
  return (
    <div className={`fs-check${boxed ? ' fs-check-boxed' : ''}`}>
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
