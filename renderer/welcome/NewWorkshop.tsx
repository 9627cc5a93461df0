import { useId, useState, type FormEvent, type JSX } from 'react';
import type { TemplateInfo } from '../../shared/api/contract';
import { STAGE_PRESETS } from '../../shared/model/presets';
import { LIMITS } from '../../shared/model/text';
import { api } from '../api';
import { cleanLine } from '../components/text';
import type { Attempt } from './Welcome';

const STARTERS = new Set(['blank', ...STAGE_PRESETS.map((p) => p.id)]);

/** Templates to start from: empty structures first, then sample workshops that show the idea. */
export function NewWorkshop({ templates, attempt }: { templates: TemplateInfo[] | null; attempt: Attempt }): JSX.Element {
  const id = useId();
  const [choice, setChoice] = useState('blank');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const starters = templates?.filter((t) => STARTERS.has(t.id)) ?? [];
  const samples = templates?.filter((t) => !STARTERS.has(t.id)) ?? [];

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const name = title.trim();
    setProblem(await attempt(() => api['workshop.new']({ template: choice, ...(name ? { title: name } : {}) })));
    setBusy(false);
  };

  const option = (t: TemplateInfo) => (
    <label key={t.id} className="fs-template" title={t.description}>
      <input type="radio" name={`${id}-template`} value={t.id} checked={choice === t.id} onChange={() => setChoice(t.id)} />
      <span className="fs-template-name">{t.name}</span>
      {t.description && <span className="fs-template-desc">{t.description}</span>}
    </label>
  );

  return (
    <section className="fs-welcome-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>New workshop</h2>
      <form onSubmit={(e) => void create(e)} className="fs-new-form">
        <div className="fs-field">
          <label htmlFor={`${id}-name`} className="fs-field-label">Workshop title</label>
          <div className="fs-inline-add">
            <input
              id={`${id}-name`} className="fs-input" type="text" value={title} placeholder="e.g. Resort guest journey"
              onChange={(e) => setTitle(cleanLine(e.target.value, LIMITS.title))}
            />
            <button type="submit" className="fs-btn fs-btn-primary fs-btn-large" disabled={busy || templates === null}>
              {busy ? 'Creating…' : 'Create workshop'}
            </button>
          </div>
        </div>
        {problem && <p className="fs-error" role="alert">{problem}</p>}
        {templates === null ? (
          <p className="fs-muted">Loading templates…</p>
        ) : (
          <fieldset className="fs-fieldset" role="radiogroup" aria-labelledby={`${id}-templates`}>
            <legend id={`${id}-templates`} className="fs-field-label">Template</legend>
            <div className="fs-template-group">{starters.map(option)}</div>
            {samples.length > 0 && (
              <>
                <p className="fs-template-heading">Sample workshops</p>
                <div className="fs-template-group">{samples.map(option)}</div>
              </>
            )}
          </fieldset>
        )}
      </form>
    </section>
  );
}
