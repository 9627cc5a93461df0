import type { JSX } from 'react';
import { dismissNotice, useSession } from '../state/documentStore';

/** Why the file is read-only, or what went wrong with the last change: said once, in words. */
export function NoticeBar(): JSX.Element | null {
  const session = useSession();
  if (!session?.notice) return null;
  return (
    <div className={`fs-notice${session.status.readOnly ? ' is-info' : ''}`} role="alert">
      <span>{session.notice}</span>
      {!session.status.readOnly && (
        <button type="button" className="fs-button is-quiet" onClick={dismissNotice}>Dismiss</button>
      )}
    </div>
  );
}
