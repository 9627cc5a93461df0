import type { IncomingMessage, ServerResponse } from 'node:http';
import { requests, type CallName, type Result } from '../../shared/api/contract';
import type { Service } from '../service';
import { sendJson } from './headers';
import { BodyBudget, BUSY_RECEIVING, busy, HEAVY_CALLS, HeavyQueue, HOST_LIMITS, Refused, TOO_LARGE } from './limits';

const failure = (code: 'bad-request' | 'not-found', message: string): Result<never> => ({ ok: false, error: { code, message } });

function isCall(name: string): name is CallName {
  return Object.hasOwn(requests, name);
}

/** What one host shares between its requests. */
export interface ApiLimits {
  bodies: BodyBudget;
  heavy: HeavyQueue;
}

export function apiLimits(): ApiLimits {
  return { bodies: new BodyBudget(), heavy: new HeavyQueue() };
}

/**
 * Reads a body within the per-request and the shared limit. The bytes taken from the shared
 * budget are given back by `release`, once the request has been answered.
 */
function readBody(req: IncomingMessage, bodies: BodyBudget): Promise<{ body: Buffer; release: () => void }> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > HOST_LIMITS.bodyBytes) return reject(new Refused(413, busy(TOO_LARGE)));
    let taken = 0;
    const release = () => {
      bodies.give(taken);
      taken = 0;
    };
    // Declared sizes are reserved up front, so a flood of large requests is refused before it is read.
    if (declared > 0) {
      if (!bodies.take(declared)) return reject(new Refused(503, busy(BUSY_RECEIVING)));
      taken = declared;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (refusal: Refused) => {
      req.removeAllListeners('data');
      req.resume();
      release();
      reject(refusal);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > HOST_LIMITS.bodyBytes) return stop(new Refused(413, busy(TOO_LARGE)));
      if (size > taken) {
        if (!bodies.take(size - taken)) return stop(new Refused(503, busy(BUSY_RECEIVING)));
        taken = size;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve({ body: Buffer.concat(chunks, size), release }));
    req.on('error', (error) => {
      release();
      reject(error);
    });
  });
}

function refuse(res: ServerResponse, refusal: Refused): void {
  if (refusal.status === 503) res.setHeader('Retry-After', '2');
  // The client may still be sending: answer, then close instead of reading the rest.
  res.setHeader('Connection', 'close');
  sendJson(res, refusal.status, refusal.result);
}

/** POST /api/<call>: the contract over HTTP; the answer is always a Result in JSON. */
export async function serveApi(req: IncomingMessage, res: ServerResponse, service: Service, name: string, limits: ApiLimits): Promise<void> {
  if (!isCall(name)) return sendJson(res, 404, failure('not-found', `There is no API call named ${JSON.stringify(name.slice(0, 64))}`));
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  // Only JSON: an HTML form on another site cannot send it without a CORS preflight.
  if (type !== 'application/json') return sendJson(res, 415, failure('bad-request', 'API requests must be sent as application/json'));
  let read;
  try {
    read = await readBody(req, limits.bodies);
  } catch (error) {
    if (error instanceof Refused) return refuse(res, error);
    throw error;
  }
  try {
    let request: unknown;
    try {
      request = JSON.parse(read.body.toString('utf8'));
    } catch {
      return sendJson(res, 400, failure('bad-request', `The ${name} request is not valid JSON`));
    }
    const call = service[name] as (r: unknown) => Promise<Result<unknown>>;
    if (!HEAVY_CALLS.has(name)) return sendJson(res, 200, await call(request));
    // The request stream ends once its body is read; only a closed connection means the caller left.
    const gone = () => res.destroyed || (res.socket?.destroyed ?? false);
    const result = await limits.heavy.run(() => call(request), gone);
    if (result) sendJson(res, 200, result);
    else res.destroy();
  } catch (error) {
    if (error instanceof Refused) return refuse(res, error);
    throw error;
  } finally {
    read.release();
  }
}
