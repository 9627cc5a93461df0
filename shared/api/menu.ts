import { z } from 'zod';
import type { Hello, Push } from '../sync/protocol';
import type { Api, Result } from './contract';

/**
 * What the desktop menus ask the UI to do. Menu items that need the open document (save,
 * undo, zoom…) are sent to the focused window over a one-way channel; items that only need
 * the host (open, new window, recent files) are handled in main.
 */
export const MENU_COMMANDS = [
  'save', 'save-as', 'merge-copy', 'export',
  'undo', 'redo', 'delete', 'select-all',
  'zoom-in', 'zoom-out', 'fit', 'presentation', 'next-region', 'previous-region',
  // Not a menu item: main asks a window it is about to close to hand over its unsent edits first.
  'prepare-close',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const menuCommandSchema = z.enum(MENU_COMMANDS);

/** What the Electron preload exposes as `window.frontstage`: the contract, menu events and pushes. */
export type FrontstageBridge = Api & {
  /** Calls `listener` for every menu command sent to this window; returns an unsubscribe. */
  onMenu(listener: (command: MenuCommand) => void): () => void;
  /**
   * Asks main to push the changes of an open workshop to this window, starting after
   * `since`; they arrive through `onPush`. One workshop per window: a new call replaces the last.
   */
  subscribe(hello: Omit<Hello, 'type'>): Promise<Result<null>>;
  /** Calls `listener` for every push main sends to this window; returns an unsubscribe. */
  onPush(listener: (push: Push) => void): () => void;
};
