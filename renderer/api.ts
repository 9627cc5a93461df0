import { CALL_NAMES, type Api, type CallName, type ErrorCode, type Result } from '../shared/api/contract';
import type { FrontstageBridge, MenuCommand } from '../shared/api/menu';

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
      return failure('io', 'Lost contact with the Frontstage host. Is "frontstage serve" still running?');
    }
    const body: unknown = await response.json().catch(() => null);
    return isResult(body) ? body : refusal(response.status);
  };
  return Object.fromEntries(CALL_NAMES.map((name) => [name, (request: unknown) => call(name, request)])) as Api;
}

/** IPC rejects only when the main process is gone or broken; the UI still gets a Result. */
function desktopApi(bridge: FrontstageBridge): Api {
  const call = async (name: CallName, request: unknown): Promise<Result<unknown>> => {
    try {
      const result: unknown = await (bridge[name] as (r: unknown) => Promise<unknown>)(request);
      return isResult(result) ? result : failure('internal', `Frontstage gave an unexpected answer to ${name}.`);
    } catch {
      return failure('io', 'Lost contact with the Frontstage app process; restart Frontstage (your edits are kept for recovery).');
    }
  };
  return Object.fromEntries(CALL_NAMES.map((name) => [name, (request: unknown) => call(name, request)])) as Api;
}

/** The app's API: the Electron preload bridge when present, else the browser host over HTTP. */
export const api: Api = window.frontstage ? desktopApi(window.frontstage) : browserApi();

/** Desktop menu commands for this window; the browser host has no menus, so nothing arrives there. */
export function onMenu(listener: (command: MenuCommand) => void): () => void {
  return window.frontstage ? window.frontstage.onMenu(listener) : () => {};
}
