import { memo, type JSX, type ReactNode } from 'react';
import type { Quadrant } from '../../../shared/analysis';
import type { Id } from '../../../shared/model';
import { revealCard } from '../reveal';

/** Each quadrant's shape, so marks are told apart by more than colour. */
const SHAPES: Record<Quadrant, string> = {
  fixFirst: 'M6 1 11.5 11H0.5z',
  protect: 'M1.5 1.5h9v9h-9z',
  differentiate: 'M6 0.5 11.5 6 6 11.5 0.5 6z',
  monitor: 'M6 1a5 5 0 1 0 0.01 0z',
  unrated: 'M1.5 6h9',
};

export function QuadrantShape({ quadrant, size = 12 }: { quadrant: Quadrant; size?: number }): JSX.Element {
  return (
    <svg className={`fs-q-shape fs-q-${quadrant}`} width={size} height={size} viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d={SHAPES[quadrant]} />
    </svg>
  );
}

/** A card named in an analysis: a click selects it and brings it on screen. */
export const CardButton = memo(function CardButton({ id, title, children, label }: { id: Id; title: string; children?: ReactNode; label?: string }): JSX.Element {
  return (
    <button type="button" className="fs-insights-card" onClick={() => revealCard(id)} aria-label={label}>
      <span className="fs-insights-card-title">{title}</span>
      {children && <span className="fs-insights-card-meta">{children}</span>}
    </button>
  );
});

/** A number between two ends as a bar with its value written beside it. */
export function Meter({ value, max, text, tone }: { value: number; max: number; text: string; tone?: string }): JSX.Element {
  const share = max > 0 ? Math.max(0, Math.min(1, value / max)) : 0;
  return (
    <span className={`fs-meter${tone ? ` is-${tone}` : ''}`}>
      <span className="fs-meter-track" aria-hidden="true"><span className="fs-meter-fill" style={{ width: `${share * 100}%` }} /></span>
      <span className="fs-meter-text">{text}</span>
    </span>
  );
}

export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }): JSX.Element {
  return (
    <section className="fs-insights-section" aria-label={title}>
      <div className="fs-insights-h-row">
        <h3 className="fs-insights-h">{title}</h3>
        {actions}
      </div>
      {children}
    </section>
  );
}
