import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CALL_NAMES, type CallName, type OpenedWorkshop, type Result, type SaveStatus } from '../../shared/api/contract';
import type { Service } from '../service';
import { helloSchema } from '../../shared/sync/protocol';
import { FACILITATOR } from '../../shared/room/roles';
import { PUSH_CHANNEL, SUBSCRIBE_CHANNEL, channelFor } from './bridge';
import { isAppUrl } from './appRequests';

/** What main knows about one window: the workshop it shows (null: the welcome screen) and its sessions. */
export interface WindowState {
  file: string | null;
  sessions: Set<string>;
  /** Ends the push of the workshop this window shows (see registerPush). */
  unsubscribe?: () => void;
  /** Where closing the window stands (see closing.ts). */
  closing?: 'asked' | 'saving';
}

export interface IpcHooks {
  stateOf(contents: WebContents): WindowState | undefined;
  /** A workshop was created, opened or saved under a new name: the Open Recent menu changes. */
  onRecentChanged(): void;
}

const refused: Result<never> = { ok: false, error: { code: 'bad-request', message: 'Refused: the request did not come from a Frontstage window.' } };

/** Only the top frame of one of our windows, showing our own UI, may call the app. */
function trustedSender(event: IpcMainInvokeEvent, hooks: IpcHooks): WindowState | null {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame || !isAppUrl(frame.url)) return null;
  return hooks.stateOf(event.sender) ?? null;
}

/** Every contract call becomes `ipcMain.handle('frontstage:<call>')`; the service validates the payload. */
export function registerIpc(service: Service, hooks: IpcHooks): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(channelFor(name), async (event, request: unknown): Promise<Result<unknown>> => {
      try {
        const state = trustedSender(event, hooks);
        if (!state) return refused;
        const call = service[name] as (r: unknown) => Promise<Result<unknown>>;
        const result = await call(request);
        if (!result.ok) return result;
        // Each window is opened for its own workshop (or for the welcome screen).
        if (name === 'host.info') return { ok: true, value: { ...(result.value as object), startupFile: state.file } };
        track(name, result.value, request, state, hooks);
        return result;
      } catch (error) {
        // A rejected invoke would reach the page as an Error with main's stack; answer a Result instead.
        return { ok: false, error: { code: 'internal', message: `Frontstage could not handle ${name}: ${error instanceof Error ? error.message : String(error)}` } };
      }
    });
  }
}

function track(name: CallName, value: unknown, request: unknown, state: WindowState, hooks: IpcHooks): void {
  switch (name) {
    case 'workshop.new':
    case 'workshop.open': {
      const opened = value as OpenedWorkshop;
      state.sessions.add(opened.session);
      state.file = opened.status.path;
      hooks.onRecentChanged();
      break;
    }
    case 'workshop.saveAs':
      state.file = (value as SaveStatus).path;
      hooks.onRecentChanged();
      break;
    case 'workshop.close':
      state.sessions.delete((request as { session: string }).session);
      break;
    default:
      break;
  }
}

/**
 * The push channel: a window subscribes to the workshop it shows, and main sends it every
 * change with `webContents.send`. Only our own windows may subscribe, and only to a session
 * they opened; the subscription ends when the window goes.
 */
export function registerPush(service: Service, hooks: IpcHooks): void {
  ipcMain.handle(SUBSCRIBE_CHANNEL, async (event, request: unknown): Promise<Result<null>> => {
    const state = trustedSender(event, hooks);
    if (!state) return refused;
    const hello = helloSchema.safeParse({ ...(typeof request === 'object' && request ? request : {}), type: 'hello' });
    if (!hello.success || !state.sessions.has(hello.data.session)) return { ok: false, error: { code: 'bad-request', message: 'Refused: this window has not opened that workshop.' } };
    const contents = event.sender;
    state.unsubscribe?.();
    try {
      state.unsubscribe = service.subscribe(hello.data.session, hello.data.since, (push) => {
        if (!contents.isDestroyed()) contents.send(PUSH_CHANNEL, push);
      }, { client: hello.data.client, actor: FACILITATOR });
    } catch (error) {
      return { ok: false, error: { code: 'not-found', message: error instanceof Error ? error.message : String(error) } };
    }
    contents.once('destroyed', () => state.unsubscribe?.());
    return { ok: true, value: null };
  });
}
