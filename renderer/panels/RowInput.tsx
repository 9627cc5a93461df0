import type { JSX } from 'react';
import { cleanLine, cleanPara } from '../components/text';

export interface RowInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  placeholder?: string;
  max?: number;
  list?: string;
  autoFocus?: boolean;
  className?: string;
}

/** A compact field inside a list row: its label is spoken, the placeholder shows what goes there. */
export function RowInput({ label, value, onChange, multiline, placeholder, max, list, autoFocus, className = '' }: RowInputProps): JSX.Element {
  return multiline ? (
    <textarea
      className={`fs-input fs-row-input ${className}`} rows={2} aria-label={label} placeholder={placeholder} value={value} autoFocus={autoFocus}
      onChange={(e) => onChange(cleanPara(e.target.value, max))}
    />
  ) : (
    <input
      className={`fs-input fs-row-input ${className}`} type="text" aria-label={label} placeholder={placeholder} value={value} list={list} autoFocus={autoFocus}
      onChange={(e) => onChange(cleanLine(e.target.value, max))}
    />
  );
}
