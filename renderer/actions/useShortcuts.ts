import { useEffect } from 'react';
import { actionFor } from './registry';
import { ACTION_LIST } from './appActions';
import { copySelection, pasteFrom } from './clipboard';

function isField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Whether a key event belongs to something else that handles keys itself (menus, dialogs). */
function isOwnedElsewhere(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el?.closest?.('[role="menu"], [role="dialog"]');
}

/** Window-wide shortcuts from the action registry, and copy/cut/paste of cards. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isOwnedElsewhere(event.target)) return;
      const action = actionFor(ACTION_LIST, event, isField(event.target));
      if (!action) return;
      event.preventDefault();
      action.run();
    };
    const onCopy = (cut: boolean) => (event: ClipboardEvent) => {
      if (isField(event.target) || window.getSelection()?.toString()) return;
      if (copySelection(event.clipboardData, cut)) event.preventDefault();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isField(event.target)) return;
      if (pasteFrom(event.clipboardData)) event.preventDefault();
    };
    const copy = onCopy(false);
    const cut = onCopy(true);
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', onPaste);
    };
  }, []);
}
