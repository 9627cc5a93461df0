import { useId, useState, type JSX, type KeyboardEvent } from 'react';
import { LIMITS } from '../../shared/model/text';
import { Chip } from './Chip';
import { cleanLine } from './text';
import './components.css';

export interface TagInputProps {
  label: string;
  value: readonly string[];
  onChange: (tags: string[]) => void;
}

/** Adds a tag on Enter or comma; Backspace in an empty box takes the last one back. */
export function TagInput({ label, value, onChange }: TagInputProps): JSX.Element {
  const id = useId();
  const [draft, setDraft] = useState('');
  const commit = () => {
    const tag = cleanLine(draft, LIMITS.tag).trim();
    setDraft('');
    if (tag && !value.includes(tag) && value.length < LIMITS.tags) onChange([...value, tag]);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Backspace' && draft === '' && value.length) {
      onChange(value.slice(0, -1));
    }
  };
  return (
    <div className="fs-field">
      <label htmlFor={id} className="fs-field-label">{label}</label>
      <div className="fs-tags">
        {value.map((tag) => (
          <Chip key={tag} removeText={`Remove tag ${tag}`} onRemove={() => onChange(value.filter((t) => t !== tag))}>
            {tag}
          </Chip>
        ))}
        <input
          id={id} className="fs-tags-input" type="text" value={draft} placeholder={value.length ? '' : 'Add a tag, press Enter'}
          onChange={(e) => setDraft(e.target.value)} onKeyDown={onKeyDown} onBlur={commit}
        />
      </div>
    </div>
  );
}
