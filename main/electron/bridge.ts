import { CALL_NAMES, type CallName } from '../../shared/api/contract';
import { MENU_COMMANDS, type FrontstageBridge, type MenuCommand } from '../../shared/api/menu';

export const channelFor = (name: CallName): string => `frontstage:${name}`;
export const MENU_CHANNEL = 'frontstage:menu';

type Invoke = (channel: string, request: unknown) => Promise<unknown>;
type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

const isMenuCommand = (value: unknown): value is MenuCommand => (MENU_COMMANDS as readonly unknown[]).includes(value);

/**
 * What the preload exposes as `window.frontstage`: one function per contract call and a menu
 * listener, built here without Electron so that a test can check the exact surface. The page
 * never receives ipcRenderer, an event object or anything it could use to reach other channels.
 */
export function createBridge(invoke: Invoke, subscribe: Subscribe): FrontstageBridge {
  const calls = Object.fromEntries(CALL_NAMES.map((name) => [name, (request: unknown) => invoke(channelFor(name), request)]));
  const onMenu = (listener: (command: MenuCommand) => void): (() => void) =>
    subscribe(MENU_CHANNEL, (payload) => {
      if (isMenuCommand(payload)) listener(payload);
    });
  return { ...calls, onMenu } as FrontstageBridge;
}
