import { useId, type JSX } from 'react';
import { CARD_KINDS } from '../../shared/model/schemas';
import { LIMITS } from '../../shared/model/text';
import type { Card } from '../../shared/model/types';
import { useDoc } from '../state/documentStore';
import { Checkbox } from '../components/Checkbox';
import { Select } from '../components/Select';
import { TagInput } from '../components/TagInput';
import { TextField } from '../components/TextField';
import { CARD_KIND_LABELS } from '../../shared/model/labels';
import { departments } from './candidates';
import { ImageField } from './ImageField';
import { cardFields, cardText, waitTime } from './edits';
import { perform } from './perform';

const KIND_OPTIONS = CARD_KINDS.map((k) => ({ value: k, label: CARD_KIND_LABELS[k] }));
const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function CardBasics({ card }: { card: Card }): JSX.Element {
  const waitId = useId();
  const owners = useDoc(departments, sameList);
  return (
    <div className="fs-section">
      <TextField label="Title" wrap value={card.title} max={LIMITS.title} onChange={(v) => perform(cardText(card.id, 'title', v))} />
      <TextField label="Description" multiline value={card.description} onChange={(v) => perform(cardText(card.id, 'description', v))} />
      <div className="fs-row">
        <Select label="Kind" value={card.kind} options={KIND_OPTIONS} onChange={(kind) => perform(cardFields(card.id, { kind }))} />
        <TextField
          label="Owner" value={card.owner} suggestions={owners} placeholder="Department"
          onChange={(v) => perform(cardText(card.id, 'owner', v))}
        />
      </div>
      <TagInput label="Tags" value={card.tags} onChange={(tags) => perform(cardFields(card.id, { tags }))} />
      <div className="fs-row fs-row-end">
        <Checkbox
          label="Fail point" boxed
          checked={card.failPoint} onChange={(failPoint) => perform(cardFields(card.id, { failPoint }))}
        />
        <div className="fs-field fs-field-narrow">
          <label htmlFor={waitId} className="fs-field-label">Wait (minutes)</label>
          <input
            id={waitId} className="fs-input" type="number" min={0} step={1} inputMode="numeric"
            value={card.waitMinutes || ''} placeholder="0"
            onChange={(e) => perform(waitTime(card.id, e.target.value))}
          />
        </div>
      </div>
      <ImageField card={card} />
    </div>
  );
}
