import { CALL_NAMES, type CallName } from '../../shared/api/contract';
import { MENU_COMMANDS, type FrontstageBridge, type MenuCommand } from '../../shared/api/menu';
import type { Push } from '../../shared/sync/protocol';

export const channelFor = (name: CallName): string => `frontstage:${name}`;
export const MENU_CHANNEL = 'frontstage:menu';
export const SUBSCRIBE_CHANNEL = 'frontstage:subscribe';
export const PUSH_CHANNEL = 'frontstage:push';

type Invoke = (channel: string, request: unknown) => Promise<unknown>;
type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

const isMenuCommand = (value: unknown): value is MenuCommand => (MENU_COMMANDS as readonly unknown[]).includes(value);
const isPush = (value: unknown): value is Push =>
  typeof value === 'object' && value !== null && ['changes', 'snapshot', 'status', 'refused', 'presence', 'room'].includes((value as { type?: unknown }).type as string);

/**
 * What the preload exposes as `window.frontstage`: one function per contract call, a menu
 * listener, and the push subscription of the open workshop, built here without Electron so that a test can check the exact surface. The page
 * never receives ipcRenderer, an event object or anything it could use to reach other channels.
 */
export function createBridge(invoke: Invoke, subscribe_: Subscribe): FrontstageBridge {
  const calls = Object.fromEntries(CALL_NAMES.map((name) => [name, (request: unknown) => invoke(channelFor(name), request)]));
  const onMenu = (listener: (command: MenuCommand) => void): (() => void) =>
    subscribe_(MENU_CHANNEL, (payload) => {
      if (isMenuCommand(payload)) listener(payload);
    });
  const subscribe = (hello: unknown) => invoke(SUBSCRIBE_CHANNEL, hello);
  const onPush = (listener: (push: Push) => void): (() => void) =>
    subscribe_(PUSH_CHANNEL, (payload) => {
      if (isPush(payload)) listener(payload);
    });
  return { ...calls, onMenu, subscribe, onPush } as FrontstageBridge;
}
