import { useId, useState, type JSX } from 'react';
import type { RecentFile } from '../../shared/api/contract';
import { api } from '../api';
import { fileName, folderOf } from '../dialogs/paths';
import { whenOpened } from './whenOpened';
import type { Attempt } from './Welcome';

/** Workshops opened before, newest first; one that no longer opens says why, on its own row. */
export function RecentFiles({ files, attempt }: { files: RecentFile[]; attempt: Attempt }): JSX.Element {
  const id = useId();
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);

  const open = async (path: string) => {
    setBusy(path);
    const problem = await attempt(() => api['workshop.open']({ path }));
    setBusy(null);
    setProblems((p) => {
      const next = { ...p };
      if (problem) next[path] = problem;
      else delete next[path];
      return next;
    });
  };

  const now = Date.now();
  return (
    <section className="fs-welcome-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Recent</h2>
      {files.length === 0 ? (
        <p className="fs-muted">Workshops you open will appear here.</p>
      ) : (
        <ul className="fs-recent">
          {files.map((f) => (
            <li key={f.path}>
              <button type="button" className="fs-recent-item" disabled={busy === f.path} onClick={() => void open(f.path)}>
                <span className="fs-recent-title">{f.title || fileName(f.path)}</span>
                <span className="fs-recent-when">{whenOpened(f.openedAt, now)}</span>
                <span className="fs-recent-path" title={f.path}>{fileName(f.path)} · {folderOf(f.path)}</span>
              </button>
              {problems[f.path] && <p className="fs-error" role="alert">{problems[f.path]}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
