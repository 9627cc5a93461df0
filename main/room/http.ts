import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Result } from '../../shared/api/contract';
import { sendJson } from '../serve/headers';

/** A Result refusal with its HTTP status, thrown by the room's handlers and answered as JSON. */
export class HttpRefusal extends Error {
  constructor(readonly status: number, readonly result: Result<never>, readonly retryAfter?: number) {
    super(result.ok ? '' : result.error.message);
  }
}

export const refusal = (status: number, code: 'bad-request' | 'forbidden' | 'not-found' | 'offline', message: string, retryAfter?: number) =>
  new HttpRefusal(status, { ok: false, error: { code, message } }, retryAfter);

export function answer(res: ServerResponse, error: HttpRefusal): void {
  if (error.retryAfter) res.setHeader('Retry-After', String(error.retryAfter));
  sendJson(res, error.status, error.result);
}

/** A JSON body of at most `max` bytes; anything else is refused before it is all read. */
export function readJson(req: IncomingMessage, max: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') return reject(refusal(415, 'bad-request', 'Requests to the room must be sent as application/json.'));
    const tooLarge = () => refusal(413, 'bad-request', `That is more than the ${max / 1024} KB the room takes at once.`);
    if (Number(req.headers['content-length'] ?? 0) > max) return reject(tooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.removeAllListeners('data');
        req.resume();
        return reject(tooLarge());
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks, size).toString('utf8')));
      } catch {
        reject(refusal(400, 'bad-request', 'That request is not valid JSON.'));
      }
    });
    req.on('error', reject);
  });
}
