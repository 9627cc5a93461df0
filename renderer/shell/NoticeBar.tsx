import { useState, type JSX } from 'react';
import { dismissNotice, useSession } from '../state/documentStore';

/**
 * Why the file is read-only, what went wrong with the last change, or what the last save had to
 * do that nobody asked for (the file had been deleted or moved): said once, in words.
 */
export function NoticeBar(): JSX.Element | null {
  const session = useSession();
  const [seenNote, setSeenNote] = useState<string | null>(null);
  const note = session?.status.note ?? null;
  if (!session) return null;
  if (!session.notice && note && note !== seenNote) {
    return (
      <div className="fs-notice is-info" role="status">
        <span>{note}</span>
        <button type="button" className="fs-button is-quiet" onClick={() => setSeenNote(note)}>Dismiss</button>
      </div>
    );
  }
  if (!session.notice) return null;
  return (
    <div className={`fs-notice${session.status.readOnly ? ' is-info' : ''}`} role="alert">
      <span>{session.notice}</span>
      {!session.status.readOnly && (
        <button type="button" className="fs-button is-quiet" onClick={dismissNotice}>Dismiss</button>
      )}
    </div>
  );
}
