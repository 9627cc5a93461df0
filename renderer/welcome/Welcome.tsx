import { useEffect, useState, type JSX } from 'react';
import type { HostInfo, OpenedWorkshop, RecentFile, Result, TemplateInfo } from '../../shared/api/contract';
import { api } from '../api';
import { NewWorkshop } from './NewWorkshop';
import { OpenWorkshop } from './OpenWorkshop';
import { RecentFiles } from './RecentFiles';
import './welcome.css';

export interface WelcomeProps { onOpen: (w: OpenedWorkshop) => void }

/** What a host call failed with, said where the user acted. */
export type Attempt = (call: () => Promise<Result<OpenedWorkshop>>) => Promise<string | null>;

/** The first screen: start from a template, open a file, or pick up a recent one. */
export function Welcome({ onOpen }: WelcomeProps): JSX.Element {
  const [host, setHost] = useState<HostInfo | null>(null);
  const [templates, setTemplates] = useState<TemplateInfo[] | null>(null);
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([api['host.info']({}), api['templates.list']({}), api['workshop.recent']({})]).then(([h, t, r]) => {
      if (!live) return;
      if (h.ok) setHost(h.value);
      if (t.ok) setTemplates(t.value);
      if (r.ok) setRecent(r.value);
      const failed = [h, t, r].find((x) => !x.ok);
      if (failed && !failed.ok) setLoadProblem(failed.error.message);
    });
    return () => { live = false; };
  }, []);

  const attempt: Attempt = async (call) => {
    const result = await call();
    if (result.ok) {
      onOpen(result.value);
      return null;
    }
    return result.error.message;
  };

  return (
    <main className="fs-welcome">
      <div className="fs-welcome-inner">
        <header className="fs-welcome-hero">
          <div className="fs-welcome-mark" aria-hidden="true"><span /><span /><span /></div>
          <h1>Frontstage</h1>
          <p className="fs-welcome-pitch">
            Draw how your service really reaches customers, mark the touchpoints that matter, and decide which to
            benchmark and which to differentiate.
          </p>
          <p className="fs-welcome-offline">Every workshop is one file on your computer. No account, no cloud.</p>
        </header>
        {loadProblem && <p className="fs-error fs-welcome-problem" role="alert">{loadProblem}</p>}
        <div className="fs-welcome-grid">
          <NewWorkshop templates={templates} attempt={attempt} />
          <div className="fs-welcome-side">
            <OpenWorkshop nativeDialogs={host?.nativeDialogs ?? false} attempt={attempt} />
            <RecentFiles files={recent} attempt={attempt} />
          </div>
        </div>
        {host && <footer className="fs-welcome-foot">Frontstage {host.version}</footer>}
      </div>
    </main>
  );
}
