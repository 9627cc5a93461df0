import { useId, useState, type JSX } from 'react';
import { deleteCards, updateCards } from '../../shared/commands/cards';
import { CARD_KINDS } from '../../shared/model/schemas';
import type { CardKind } from '../../shared/model/types';
import { dispatch, useDoc } from '../state/documentStore';
import { selectCards } from '../state/selection';
import { Select } from '../components/Select';
import { CARD_KIND_LABELS } from '../../shared/model/labels';
import { cleanLine } from '../components/text';
import { departments } from './candidates';

const SHOWN = 6;
const KIND_OPTIONS = CARD_KINDS.map((k) => ({ value: k, label: CARD_KIND_LABELS[k] }));
const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Bulk edits for a selection of cards: kind, owner, delete. */
export function MultiSelection({ cardIds }: { cardIds: string[] }): JSX.Element {
  const ownerId = useId();
  const owners = useDoc(departments, sameList);
  const kinds = useDoc((d) => [...new Set(cardIds.map((id) => d.cards[id]?.kind))].filter((k): k is CardKind => !!k), sameList);
  const titles = useDoc((d) => cardIds.map((id) => d.cards[id]?.title ?? ''), sameList);
  const [owner, setOwner] = useState('');
  const applyOwner = () => dispatch(updateCards, { cardIds, fields: { owner: cleanLine(owner).trim() } });
  return (
    <section className="fs-inspector fs-multi" aria-label="Selected cards">
      <header className="fs-inspector-head">
        <h2 className="fs-multi-count">{cardIds.length} cards selected</h2>
      </header>
      <ul className="fs-multi-titles">
        {titles.slice(0, SHOWN).map((t, i) => <li key={cardIds[i]}>{t || 'Untitled card'}</li>)}
        {titles.length > SHOWN && <li className="fs-muted">and {titles.length - SHOWN} more</li>}
      </ul>
      <div className="fs-section">
        <Select
          label="Kind" value={kinds.length === 1 ? kinds[0]! : ''} placeholder="Mixed kinds" options={KIND_OPTIONS}
          onChange={(kind) => dispatch(updateCards, { cardIds, fields: { kind } })}
        />
        <div className="fs-field">
          <label htmlFor={ownerId} className="fs-field-label">Owner</label>
          <div className="fs-inline-add">
            <input
              id={ownerId} className="fs-input" type="text" list={`${ownerId}-list`} value={owner} placeholder="Department"
              onChange={(e) => setOwner(e.target.value)}
              onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); applyOwner(); } }}
            />
            <datalist id={`${ownerId}-list`}>{owners.map((o) => <option key={o} value={o} />)}</datalist>
            <button type="button" className="fs-btn" onClick={applyOwner}>Set owner</button>
          </div>
        </div>
      </div>
      <div className="fs-section fs-multi-actions">
        <button type="button" className="fs-btn" onClick={() => selectCards([])}>Clear selection</button>
        <button type="button" className="fs-btn fs-btn-danger" onClick={() => dispatch(deleteCards, { cardIds })}>
          Delete {cardIds.length} cards
        </button>
      </div>
    </section>
  );
}
