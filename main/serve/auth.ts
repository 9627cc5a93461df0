import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-frontstage-token';

/**
 * Who may talk to the browser host: only a page that was given the printed token. The token
 * arrives once in the address (?token=), then rides in an HttpOnly cookie (so that scripts,
 * styles and fonts load) or in the X-Frontstage-Token header of API calls.
 */
export class Gate {
  readonly token = randomBytes(32).toString('base64url');
  private readonly digest = hash(this.token);

  constructor(readonly port: number) {}

  /** Cookies ignore ports, so two hosts on one machine each need their own cookie name. */
  get cookieName(): string {
    return `frontstage-${this.port}`;
  }

  cookie(): string {
    return `${this.cookieName}=${this.token}; Path=/; HttpOnly; SameSite=Strict`;
  }

  matches(candidate: string | null | undefined): boolean {
    return typeof candidate === 'string' && candidate.length > 0 && candidate.length < 1024 && timingSafeEqual(hash(candidate), this.digest);
  }

  /** DNS rebinding defence: a page on another name that resolves to 127.0.0.1 sends its own Host. */
  hostAllowed(host: string | undefined): boolean {
    return host === `127.0.0.1:${this.port}` || host === `localhost:${this.port}`;
  }

  /** How the request proves it holds the token, if it does. */
  credential(req: IncomingMessage, url: URL): 'query' | 'header' | 'cookie' | null {
    if (this.matches(single(req.headers[TOKEN_HEADER]))) return 'header';
    if (this.matches(cookieValue(req.headers.cookie, this.cookieName))) return 'cookie';
    if (this.matches(url.searchParams.get('token'))) return 'query';
    return null;
  }

  /**
   * A POST must come from our own page: a foreign Origin is refused, and a request that relies
   * on the cookie alone must say where it comes from (browsers always send Origin on fetch POST).
   */
  originAllowed(req: IncomingMessage, credential: 'query' | 'header' | 'cookie'): boolean {
    const origin = single(req.headers.origin);
    if (origin === undefined) return credential === 'header';
    return origin === `http://${req.headers.host}`;
  }
}

function hash(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

export function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
