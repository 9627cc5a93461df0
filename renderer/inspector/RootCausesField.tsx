import { useCallback, useId, useMemo, type JSX } from 'react';
import type { Card, Touchpoint, WorkshopDoc } from '../../shared/model/types';
import { useDoc } from '../state/documentStore';
import { selectCards } from '../state/selection';
import { Chip } from '../components/Chip';
import { memoizedCandidates, type CauseGroup } from './candidates';
import { rootCause } from './edits';
import { perform } from './perform';

const sameCards = (a: Card[], b: Card[]) => a.length === b.length && a.every((c, i) => c === b[i]);
const sameGroups = (a: CauseGroup[], b: CauseGroup[]) =>
  a.length === b.length && a.every((g, i) => g.laneName === b[i]!.laneName && sameCards(g.cards, b[i]!.cards));

/** Links to the cards, usually backstage or support, that cause what the customer meets here. */
export function RootCausesField({ card, tp }: { card: Card; tp: Touchpoint }): JSX.Element {
  const id = useId();
  const memo = useMemo(memoizedCandidates, []);
  const candidates = useCallback((d: WorkshopDoc) => memo(d, card.id), [memo, card.id]);
  const groups = useDoc(candidates, sameGroups);
  const linked = useCallback(
    (d: WorkshopDoc) => tp.rootCauses.map((cid) => d.cards[cid]).filter((c): c is Card => c !== undefined),
    [tp.rootCauses],
  );
  const causes = useDoc(linked, sameCards);
  return (
    <div className="fs-field">
      <label htmlFor={id} className="fs-field-label">Root causes</label>
      {causes.length > 0 && (
        <ul className="fs-chip-list">
          {causes.map((c) => (
            <li key={c.id}>
              <Chip tone="accent" removeText={`Remove root cause ${c.title || 'untitled card'}`} onRemove={() => perform(rootCause(card.id, c.id, false))}>
                <button type="button" className="fs-chip-link" onClick={() => selectCards([c.id])}>{c.title || 'Untitled card'}</button>
              </Chip>
            </li>
          ))}
        </ul>
      )}
      <select
        id={id} className="fs-input fs-select" value=""
        onChange={(e) => e.target.value && perform(rootCause(card.id, e.target.value, true))}
        disabled={groups.length === 0}
      >
        <option value="">{groups.length ? 'Link a card that causes this…' : 'No other cards in this blueprint'}</option>
        {groups.map((g) => (
          <optgroup key={g.laneName} label={g.laneName}>
            {g.cards.map((c) => <option key={c.id} value={c.id}>{c.title || 'Untitled card'}</option>)}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
