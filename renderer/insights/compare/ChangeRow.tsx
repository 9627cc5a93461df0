import type { JSX } from 'react';
import type { ScoreField, TouchpointRow } from '../../../shared/compare';
import { FIELD_NAMES, direction, valueText } from './scoreText';

/** One touchpoint that changed: its title and each change as "Experience 2 → 4, better"; a click shows the card. */
export function ChangeRow({ row, onReveal }: { row: TouchpointRow; onReveal: () => void }): JSX.Element {
  const becameTouchpoint = !row.before;
  const stoppedTouchpoint = !row.after;
  return (
    <li>
      <button type="button" className="fs-compare-row" onClick={onReveal}>
        <span className="fs-compare-title">{row.title || 'Untitled card'}</span>
        {row.beforeTitle !== null && <span className="fs-compare-renamed">was “{row.beforeTitle || 'Untitled card'}”</span>}
        {becameTouchpoint || stoppedTouchpoint ? (
          <span className="fs-compare-changes">
            <span className="fs-compare-change">{becameTouchpoint ? 'Became a touchpoint' : 'No longer a touchpoint'}</span>
          </span>
        ) : (
          <span className="fs-compare-changes">
            {row.changed.map((field) => <Change key={field} field={field} row={row} />)}
          </span>
        )}
      </button>
    </li>
  );
}

function Change({ field, row }: { field: ScoreField; row: TouchpointRow }): JSX.Element {
  const dir = direction(field, row.before, row.after);
  return (
    <span className={`fs-compare-change${dir ? ` is-${dir}` : ''}`}>
      {FIELD_NAMES[field]} {valueText(field, row.before)} → {valueText(field, row.after)}
      {dir && <span className="fs-compare-dir">{dir === 'better' ? ' ▲ better' : ' ▼ worse'}</span>}
    </span>
  );
}
