import type { JSX, ReactNode } from 'react';
import './components.css';

export interface ChipProps {
  children: ReactNode;
  /** What the remove button says to assistive technology, e.g. "Remove tag late". */
  removeText?: string;
  onRemove?: () => void;
  tone?: 'default' | 'accent';
}

export function Chip({ children, removeText, onRemove, tone = 'default' }: ChipProps): JSX.Element {
  return (
    <span className={`fs-chip fs-chip-${tone}`}>
      <span className="fs-chip-text">{children}</span>
      {onRemove && (
        // The name comes from hidden text rather than aria-label so user text never becomes a
        // form label that could shadow the inspector's own field labels.
        <button type="button" className="fs-chip-remove" onClick={onRemove}>
          <span aria-hidden="true">×</span>
          <span className="fs-sr-only">{removeText ?? 'Remove'}</span>
        </button>
      )}
    </span>
  );
}
