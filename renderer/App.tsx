import { useEffect, useState, type JSX } from 'react';
import { api, onMenu } from './api';
import { openDocument, useSession } from './state/documentStore';
import { Welcome } from './welcome/Welcome';
import { Workspace } from './shell/Workspace';
import { runMenuCommand } from './actions/menuCommands';
import { guardUnsentEdits } from './state/leaveGuard';
import { selectBlueprint } from './state/selection';
import { keepInAddress, workshopInAddress } from './shell/workshopAddress';

type Boot = { phase: 'starting' } | { phase: 'ready'; error: string | null };

/**
 * Starts on the workshop the address names (the one open before a reload, or in another tab),
 * else the one the host was launched with (`frontstage serve FILE`, a file opened from the OS),
 * else on the welcome screen; a file that cannot be opened is said so there.
 */
export function App(): JSX.Element {
  const session = useSession();
  const [boot, setBoot] = useState<Boot>({ phase: 'starting' });

  useEffect(() => {
    let live = true;
    void (async () => {
      const named = workshopInAddress();
      const info = named ? null : await api['host.info']({});
      if (info && (!info.ok || !info.value.startupFile)) {
        if (live) setBoot({ phase: 'ready', error: info.ok ? null : info.error.message });
        return;
      }
      const path = named?.path ?? (info?.ok ? info.value.startupFile : null);
      if (!path) return;
      const opened = await api['workshop.open']({ path });
      if (!live) return;
      if (opened.ok) {
        openDocument(opened.value);
        if (named?.blueprintId && opened.value.doc.blueprints[named.blueprintId]) selectBlueprint(named.blueprintId);
      } else keepInAddress(null, null);
      setBoot({ phase: 'ready', error: opened.ok ? null : opened.error.message });
    })();
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => onMenu(runMenuCommand), []);
  useEffect(guardUnsentEdits, []);

  if (boot.phase === 'starting') return <div className="fs-boot" role="status">Opening Frontstage…</div>;
  if (session) return <Workspace />;
  return (
    <>
      {boot.error && <div className="fs-notice" role="alert">{boot.error}</div>}
      <Welcome onOpen={openDocument} />
    </>
  );
}
