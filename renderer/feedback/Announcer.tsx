import { useEffect, useState, type JSX } from 'react';
import { useAnnouncement } from './announce';

const SHOWN_MS = 4000;

/**
 * A polite live region that says what undo and redo did, shown for a few seconds at the foot of
 * the window for everyone who did not hear it. It is always in the page, so screen readers
 * notice each new message; a repeat of the same words is a new text node, so it is said again.
 */
export function Announcer(): JSX.Element {
  const announcement = useAnnouncement();
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!announcement) return;
    setVisible(true);
    const timer = setTimeout(() => setVisible(false), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [announcement]);
  return (
    <div className={`fs-announcer${visible ? ' is-visible' : ''}`} role="status" aria-live="polite" aria-atomic="true">
      {announcement && <span key={announcement.id}>{announcement.text}</span>}
    </div>
  );
}
