import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../serve/headers';
import { contentTypeOf, resolveStatic } from '../serve/static';

export const APP_SCHEME = 'app';
export const APP_HOST = 'frontstage';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Must run before the app is ready: app:// behaves like https (secure, standard, fetch-able). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
}

/** Serves the built UI from `rendererDir` under app://frontstage/, with the same CSP as the browser host. */
export function serveApp(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    if (!isAppUrl(request.url)) return plain(404, 'Not found');
    const file = resolveStatic(rendererDir, new URL(request.url).pathname);
    const type = file ? contentTypeOf(file) : undefined;
    if (!file || !type) return plain(404, 'Not found');
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: { 'Content-Type': type, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
      });
    } catch {
      return plain(404, 'Not found');
    }
  });
}
