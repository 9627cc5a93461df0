import { unsentEdits } from './documentStore';

/**
 * Leaving the page (reload, closing the tab) while an edit is still on its way to the host would
 * lose it: the browser is asked to confirm. Edits normally arrive within milliseconds, so this
 * only shows when the host is slow or gone.
 */
export function guardUnsentEdits(): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (unsentEdits() === 0) return;
    event.preventDefault();
    // Older engines show the prompt only when returnValue is set.
    event.returnValue = '';
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}
