import type { IncomingMessage, ServerResponse } from 'node:http';
import { requests, type CallName, type Result } from '../../shared/api/contract';
import type { Service } from '../service';
import { sendJson, sendText } from './headers';

/** Big enough for a workshop full of photos in one paste, small enough to refuse a flood. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

const failure = (code: 'bad-request' | 'not-found', message: string): Result<never> => ({ ok: false, error: { code, message } });

function isCall(name: string): name is CallName {
  return Object.hasOwn(requests, name);
}

function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) return resolve('too-large');
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        req.resume();
        resolve('too-large');
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** POST /api/<call>: the contract over HTTP; the answer is always a Result in JSON. */
export async function serveApi(req: IncomingMessage, res: ServerResponse, service: Service, name: string): Promise<void> {
  if (!isCall(name)) return sendJson(res, 404, failure('not-found', `There is no API call named ${JSON.stringify(name.slice(0, 64))}`));
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  // Only JSON: an HTML form on another site cannot send it without a CORS preflight.
  if (type !== 'application/json') return sendJson(res, 415, failure('bad-request', 'API requests must be sent as application/json'));
  const body = await readBody(req);
  if (body === 'too-large') {
    res.setHeader('Connection', 'close');
    return sendText(res, 413, 'Request too large');
  }
  let request: unknown;
  try {
    request = JSON.parse(body.toString('utf8'));
  } catch {
    return sendJson(res, 400, failure('bad-request', `The ${name} request is not valid JSON`));
  }
  const call = service[name] as (r: unknown) => Promise<Result<unknown>>;
  sendJson(res, 200, await call(request));
}
