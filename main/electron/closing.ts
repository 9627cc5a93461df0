import type { BrowserWindow, WebContents } from 'electron';
import type { Service } from '../service';
import { MENU_CHANNEL } from './bridge';
import type { WindowState } from './ipc';
import type { MenuCommand } from '../../shared/api/menu';

/** How long a window may take to hand over its unsent edits before it is closed without them. */
export const HAND_OVER_MS = 3000;

/**
 * Closing a window happens in two turns. First the window is asked to send the edits it still
 * holds (an edit is shown at once but reaches main a moment later, one at a time); it closes
 * itself when they are in, or is closed after HAND_OVER_MS. Then its workshops are saved and
 * closed; only if that fails is the user asked, and a window the user keeps resolves to 'kept'.
 */
export async function closeWindow(
  event: Pick<Electron.Event, 'preventDefault'>,
  window: Pick<BrowserWindow, 'isDestroyed' | 'close' | 'destroy'>,
  contents: Pick<WebContents, 'send'>,
  windows: ReadonlyMap<unknown, WindowState>,
  app: { service: Service; closeAnyway(problems: string[]): Promise<boolean> },
): Promise<'kept' | 'going'> {
  const state = windows.get(contents);
  if (!state || state.sessions.size === 0) return 'going';
  event.preventDefault();
  if (state.closing === 'saving') return 'going';
  if (!state.closing) {
    state.closing = 'asked';
    contents.send(MENU_CHANNEL, 'prepare-close' satisfies MenuCommand);
    setTimeout(() => {
      if (!window.isDestroyed() && state.closing === 'asked') window.close();
    }, HAND_OVER_MS);
    return 'going';
  }
  state.closing = 'saving';
  const problems: string[] = [];
  const heldElsewhere = (id: string) => [...windows.values()].some((other) => other !== state && other.sessions.has(id));
  for (const id of [...state.sessions]) {
    if (heldElsewhere(id)) continue;
    const result = await app.service['workshop.close']({ session: id });
    if (result.ok || result.error.code === 'not-found') state.sessions.delete(id);
    else problems.push(result.error.message);
  }
  if (problems.length === 0 || (await app.closeAnyway(problems))) {
    state.sessions.clear();
    window.destroy();
    return 'going';
  }
  state.closing = undefined;
  return 'kept';
}
