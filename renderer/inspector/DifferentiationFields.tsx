import { useId, useState, type JSX } from 'react';
import { newId } from '../../shared/model/ids';
import { sorted } from '../../shared/model/queries';
import { LIMITS } from '../../shared/model/text';
import type { Card, Touchpoint } from '../../shared/model/types';
import { TextField } from '../components/TextField';
import { cleanLine } from '../components/text';
import { brandAttribute, concept } from './edits';
import { perform } from './perform';
import { brandAttributes } from '../../shared/commands/workshop';
import { dispatch, useDoc } from '../state/documentStore';

/** The on-brand design concept and the brand attributes it expresses. */
export function DifferentiationFields({ card, tp }: { card: Card; tp: Touchpoint }): JSX.Element {
  const id = useId();
  const attributes = useDoc((d) => d.brandAttributes);
  const [draft, setDraft] = useState('');
  const chosen = new Set(tp.differentiation.brandAttributes);
  const add = () => {
    const name = cleanLine(draft).trim();
    if (!name) return;
    const attributeId = newId('ba');
    const group = `${card.id}:newBrandAttribute:${attributeId}`;
    dispatch(brandAttributes.add, { id: attributeId, fields: { name } }, { group });
    perform({ ...brandAttribute(card.id, attributeId, true), group });
    setDraft('');
  };
  return (
    <div className="fs-strategy-panel fs-strategy-panel-differentiate">
      <TextField
        label="Concept" multiline rows={3} max={LIMITS.title * 4} value={tp.differentiation.concept}
        placeholder="The on-brand design, e.g. ashtrays with the resort's insignia and signature scent"
        onChange={(v) => perform(concept(card.id, v))}
      />
      <fieldset className="fs-fieldset" aria-labelledby={`${id}-label`}>
        <legend id={`${id}-label`} className="fs-field-label">Brand attributes it expresses</legend>
        {Object.keys(attributes).length === 0 && <p className="fs-muted">The workshop has no brand attributes yet.</p>}
        <div className="fs-brand-list">
          {sorted(Object.values(attributes)).map((a) => (
            <label key={a.id} className="fs-check fs-check-card" title={a.description}>
              <input type="checkbox" checked={chosen.has(a.id)} onChange={(e) => perform(brandAttribute(card.id, a.id, e.target.checked))} />
              <span>{a.name || 'Unnamed attribute'}</span>
            </label>
          ))}
        </div>
        <div className="fs-inline-add">
          <input
            className="fs-input" type="text" value={draft} aria-label="New brand attribute" placeholder="New brand attribute"
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } }}
          />
          <button type="button" className="fs-btn" onClick={add} disabled={!draft.trim()}>Add</button>
        </div>
      </fieldset>
    </div>
  );
}
