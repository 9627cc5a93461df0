import { useId, useState, type FormEvent, type JSX } from 'react';
import { api } from '../api';
import type { Attempt } from './Welcome';

/** Open a workshop file: the system's file dialog on the desktop, a path in the browser host. */
export function OpenWorkshop({ nativeDialogs, attempt }: { nativeDialogs: boolean; attempt: Attempt }): JSX.Element {
  const id = useId();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const open = async (target: string) => {
    setBusy(true);
    setProblem(await attempt(() => api['workshop.open']({ path: target })));
    setBusy(false);
  };

  const pick = async () => {
    const picked = await api['workshop.pickOpen']({});
    if (!picked.ok) return setProblem(picked.error.message);
    if (picked.value.path) await open(picked.value.path);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const target = path.trim();
    if (target) void open(target);
  };

  return (
    <section className="fs-welcome-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Open a workshop</h2>
      {nativeDialogs ? (
        <button type="button" className="fs-btn fs-btn-large" disabled={busy} onClick={() => void pick()}>Choose a file…</button>
      ) : (
        <form className="fs-open-form" onSubmit={submit}>
          <label htmlFor={`${id}-path`} className="fs-field-label">Path to a .frontstage file</label>
          <div className="fs-inline-add">
            <input
              id={`${id}-path`} className="fs-input" type="text" value={path} spellCheck={false}
              placeholder="/home/you/workshops/resort.frontstage" onChange={(e) => setPath(e.target.value)}
            />
            <button type="submit" className="fs-btn" disabled={busy || !path.trim()}>Open</button>
          </div>
        </form>
      )}
      {problem && <p className="fs-error" role="alert">{problem}</p>}
    </section>
  );
}
