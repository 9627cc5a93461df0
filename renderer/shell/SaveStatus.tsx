import type { JSX } from 'react';
import { save, useSession } from '../state/documentStore';
import type { SessionState } from '../state/documentStore';

/** One short phrase that is always true about the user's file. */
export function saveStatusText(session: SessionState, now = Date.now()): string {
  if (session.status.readOnly) return 'Read-only';
  // Never "Saved" while an edit made here has not reached the file's host.
  if (session.offline) return session.saving ? 'Not connected: changes waiting' : 'Not connected';
  if (session.saving) return 'Saving…';
  if (session.status.dirty) return 'Unsaved changes';
  if (session.status.savedAt === null) return 'Saved';
  const seconds = Math.max(0, Math.round((now - session.status.savedAt) / 1000));
  return seconds < 60 ? 'All changes saved' : `Saved ${new Date(session.status.savedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
}

export function SaveStatus(): JSX.Element | null {
  const session = useSession();
  if (!session) return null;
  const text = saveStatusText(session);
  const state = session.status.readOnly ? 'readonly' : session.saving || session.offline ? 'saving' : session.status.dirty ? 'dirty' : 'saved';
  return (
    <button
      type="button"
      className={`fs-save-status is-${state}`}
      title={`${session.status.path}${session.status.dirty ? ' — click to save now' : ''}`}
      onClick={() => void save()}
      disabled={session.status.readOnly}
      aria-live="polite"
    >
      <span className="fs-save-dot" aria-hidden="true" />
      {text}
    </button>
  );
}
