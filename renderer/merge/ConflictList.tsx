import type { JSX } from 'react';
import type { Side } from '../../shared/merge/record';
import type { Place, ReviewConflict } from '../../shared/merge/review';
import { choose } from './mergeStore';

export const placeText = (place: Place): string => [place.blueprint, place.lane, place.step].filter(Boolean).join(' › ');

/** Each conflict side by side: what this copy has, what the other has, and which to keep. */
export function ConflictList({ conflicts, choices, busy }: { conflicts: ReviewConflict[]; choices: ReadonlyMap<string, Side>; busy: boolean }): JSX.Element {
  return (
    <section className="fs-merge-section" aria-labelledby="fs-merge-conflicts">
      <h3 id="fs-merge-conflicts">Conflicts <span className="fs-merge-count">{conflicts.length}</span></h3>
      {conflicts.length === 0 && <p className="fs-muted">None: no field was changed differently in both copies.</p>}
      <ul className="fs-merge-conflicts">
        {conflicts.map((c) => {
          // A choice shows at once; the host's merge with it follows.
          const kept = choices.get(c.key) ?? c.kept;
          return (
            <li key={c.key}>
              <fieldset className="fs-merge-conflict" aria-busy={busy}>
                <legend>
                  <span className="fs-merge-what">{c.what}</span> <strong>{c.name || 'untitled'}</strong>
                  <span className="fs-merge-field"> · {c.label}</span>
                </legend>
                {placeText(c.place) && <p className="fs-merge-place">{placeText(c.place)}</p>}
                <div className="fs-merge-sides">
                  {(['mine', 'theirs'] as const).map((side) => (
                    <label key={side} className={`fs-merge-side${kept === side ? ' is-kept' : ''}`}>
                      <input type="radio" name={c.key} checked={kept === side} onChange={() => choose(c.key, side)} />
                      <span className="fs-merge-side-name">{side === 'mine' ? 'Mine' : 'Theirs'}</span>
                      <span className="fs-merge-value">{side === 'mine' ? c.mineText : c.theirsText}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
