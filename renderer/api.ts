import { CALL_NAMES, type Api, type CallName, type ErrorCode, type Result } from '../shared/api/contract';
import type { FrontstageBridge, MenuCommand } from '../shared/api/menu';
import type { Push } from '../shared/sync/protocol';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the app runs in a browser. */
    frontstage?: FrontstageBridge;
  }
}

const failure = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

function isResult(body: unknown): body is Result<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  const r = body as { ok: unknown; error?: { code?: unknown; message?: unknown } };
  return r.ok === true || (r.ok === false && typeof r.error?.code === 'string' && typeof r.error.message === 'string');
}

/**
 * The browser host hands out its token once, in the address it prints. Keeping it in memory and
 * removing it from the address bar keeps it out of history, bookmarks and screenshots; reloads
 * still work because the host also set an HttpOnly cookie on that first load.
 */
function takeTokenFromAddress(): string | null {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (token === null) return null;
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  return token;
}

function refusal(status: number): Result<never> {
  if (status === 403) return failure('io', 'The Frontstage host refused the request: open the address that "frontstage serve" printed, including its token.');
  if (status === 413) return failure('bad-request', 'The change is too large to send to the Frontstage host.');
  return failure('io', `The Frontstage host answered with HTTP ${status}.`);
}

function browserApi(): Api {
  const token = takeTokenFromAddress();
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers['X-Frontstage-Token'] = token;

  const call = async (name: CallName, request: unknown): Promise<Result<unknown>> => {
    let response: Response;
    try {
      response = await fetch(`/api/${name}`, { method: 'POST', headers, body: JSON.stringify(request), credentials: 'same-origin', cache: 'no-store' });
    } catch {
      return failure('offline', 'Lost contact with the Frontstage host. Is "frontstage serve" still running?');
    }
    const body: unknown = await response.json().catch(() => null);
    // Busy (503): nothing was done; the sync client sends an edit again instead of dropping it.
    if (response.status === 503) return failure('offline', isResult(body) && !body.ok ? body.error.message : 'The Frontstage host is busy; trying again.');
    return isResult(body) ? body : refusal(response.status);
  };
  return Object.fromEntries(CALL_NAMES.map((name) => [name, (request: unknown) => call(name, request)])) as Api;
}

/** The participants' page of a room (room.html marks itself): its own API, behind the token of its join. */
export const inRoom = typeof document !== 'undefined' && document.documentElement.dataset.room !== undefined;

/** Calls of the contract a participant's page may make; the room answers nothing else. */
const ROOM_CALLS: ReadonlySet<CallName> = new Set<CallName>(['workshop.submit', 'workshop.presence']);

/** POST to the room (same origin; the token rides in the HttpOnly cookie that joining set). */
export async function roomPost(path: string, body: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin', cache: 'no-store' });
  } catch {
    return failure('offline', 'Lost contact with the room. Is the facilitator\'s Frontstage still running on this network?');
  }
  const answer: unknown = await response.json().catch(() => null);
  // Too fast, or busy (503): nothing was done; the sync client sends an edit again.
  if (response.status === 503) return failure('offline', isResult(answer) && !answer.ok ? answer.error.message : 'The room is busy; trying again.');
  return isResult(answer) ? answer : failure('io', `The room answered with HTTP ${response.status}.`);
}

function roomApi(): Api {
  const call = (name: CallName, request: unknown): Promise<Result<unknown>> =>
    ROOM_CALLS.has(name) ? roomPost(`/room/api/${name}`, request) : Promise.resolve(failure('bad-request', 'That is for the facilitator, not the room.'));
  return Object.fromEntries(CALL_NAMES.map((name) => [name, (request: unknown) => call(name, request)])) as Api;
}

/** IPC rejects only when the main process is gone or broken; the UI still gets a Result. */
function desktopApi(bridge: FrontstageBridge): Api {
  const call = async (name: CallName, request: unknown): Promise<Result<unknown>> => {
    try {
      const result: unknown = await (bridge[name] as (r: unknown) => Promise<unknown>)(request);
      return isResult(result) ? result : failure('internal', `Frontstage gave an unexpected answer to ${name}.`);
    } catch {
      return failure('offline', 'Lost contact with the Frontstage app process; restart Frontstage (your edits are kept for recovery).');
    }
  };
  return Object.fromEntries(CALL_NAMES.map((name) => [name, (request: unknown) => call(name, request)])) as Api;
}

/** The app's API: the Electron preload bridge when present, else the browser host over HTTP. */
export const api: Api = window.frontstage ? desktopApi(window.frontstage) : inRoom ? roomApi() : browserApi();

/** Desktop menu commands for this window; the browser host has no menus, so nothing arrives there. */
export function onMenu(listener: (command: MenuCommand) => void): () => void {
  return window.frontstage ? window.frontstage.onMenu(listener) : () => {};
}

/** The live connection that brings every change of the open workshop, from this window and others. */
export interface PushLink {
  close(): void;
}

export interface PushOptions {
  session: string;
  client: string;
  /** The last change this window has: a (re)connection continues after it. */
  since: () => number;
  onPush: (push: Push) => void;
  /** The connection is up (true) or lost and being restored (false). */
  onLive: (live: boolean) => void;
  /** The host closed the connection for good, with this close code (the room ended, or removed this person). */
  onEnded?: (code: number) => void;
}

const RECONNECT_MS = [250, 1_000, 2_000, 5_000];
/** Close codes of main/serve/push.ts after which trying again cannot help (refused, gone, removed from the room, the room ended). */
const FINAL_CLOSE = new Set([4400, 4403, 4404, 4410]);

/**
 * Browser host: a WebSocket on the page's own origin (the token rides in the HttpOnly cookie
 * the page load set), reopened after a drop with a hello that asks for what was missed.
 */
function browserPush(options: PushOptions): PushLink {
  let socket: WebSocket | null = null;
  let closed = false;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const open = () => {
    timer = null;
    const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${inRoom ? '/room/push' : '/api/push'}`);
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      ws.send(JSON.stringify({ type: 'hello', session: options.session, client: options.client, since: options.since() }));
      options.onLive(true);
    };
    ws.onmessage = (event) => {
      try {
        options.onPush(JSON.parse(String(event.data)) as Push);
      } catch {
        // A push that is not JSON cannot come from our host; the next resync covers anything lost.
      }
    };
    ws.onclose = (event) => {
      if (closed || socket !== ws) return;
      options.onLive(false);
      if (FINAL_CLOSE.has(event.code)) return options.onEnded?.(event.code);
      timer = setTimeout(open, RECONNECT_MS[Math.min(attempt++, RECONNECT_MS.length - 1)]);
    };
  };
  open();
  return {
    close: () => {
      closed = true;
      if (timer) clearTimeout(timer);
      socket?.close(1000);
    },
  };
}

/** Desktop app: main pushes over IPC to this window; the connection cannot drop while the app runs. */
function desktopPush(bridge: FrontstageBridge, options: PushOptions): PushLink {
  const off = bridge.onPush(options.onPush);
  void bridge.subscribe({ session: options.session, client: options.client, since: options.since() }).then((result) => options.onLive(result.ok));
  return { close: off };
}

/** Starts receiving the changes of an open workshop. */
export function connectPush(options: PushOptions): PushLink {
  return window.frontstage ? desktopPush(window.frontstage, options) : browserPush(options);
}
