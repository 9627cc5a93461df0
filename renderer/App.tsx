import { useEffect, useState, type JSX } from 'react';
import { api, onMenu } from './api';
import { openDocument, useSession } from './state/documentStore';
import { Welcome } from './welcome/Welcome';
import { Workspace } from './shell/Workspace';
import { runMenuCommand } from './actions/menuCommands';

type Boot = { phase: 'starting' } | { phase: 'ready'; error: string | null };

/**
 * Starts on the workshop the host was launched with (`frontstage serve FILE`, a file opened
 * from the OS), else on the welcome screen; a file that cannot be opened is said so there.
 */
export function App(): JSX.Element {
  const session = useSession();
  const [boot, setBoot] = useState<Boot>({ phase: 'starting' });

  useEffect(() => {
    let live = true;
    void (async () => {
      const info = await api['host.info']({});
      if (!info.ok || !info.value.startupFile) {
        if (live) setBoot({ phase: 'ready', error: info.ok ? null : info.error.message });
        return;
      }
      const opened = await api['workshop.open']({ path: info.value.startupFile });
      if (!live) return;
      if (opened.ok) openDocument(opened.value);
      setBoot({ phase: 'ready', error: opened.ok ? null : opened.error.message });
    })();
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => onMenu(runMenuCommand), []);

  if (boot.phase === 'starting') return <div className="fs-boot" role="status">Opening Frontstage…</div>;
  if (session) return <Workspace />;
  return (
    <>
      {boot.error && <div className="fs-notice" role="alert">{boot.error}</div>}
      <Welcome onOpen={openDocument} />
    </>
  );
}
