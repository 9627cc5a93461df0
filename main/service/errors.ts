import type { z } from 'zod';
import type { ErrorCode, Result } from '../../shared/api/contract';
import { formatPath } from '../../shared/model/integrity';

const CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'bad-request', 'not-found', 'not-frontstage', 'too-new', 'damaged', 'read-only', 'conflict', 'io', 'internal', 'forbidden',
]);

/** Errors that carry a contract error code and a message meant for the user. */
export class ServiceError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
  }
}

export const failure = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

export function invalidRequest(call: string, error: z.ZodError): Result<never> {
  const problems = error.issues.slice(0, 5).map((issue) => {
    const where = formatPath(issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)));
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : '';
  return failure('bad-request', `Invalid ${call} request: ${problems.join('; ')}${more}`);
}

/** Codes of the layers below that the contract names differently. */
const ALIASES: Record<string, ErrorCode> = { invalid: 'bad-request', exists: 'io', 'too-large': 'bad-request' };

const IO_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EBUSY', 'EISDIR', 'ENOTDIR', 'EEXIST', 'EMFILE', 'EIO', 'EXDEV']);

/**
 * Maps anything thrown below the service to a Result: errors that already speak to the user keep
 * their message; file system errors say what happened; anything else is an internal error whose
 * details go to the log, never a stack trace to the UI.
 */
export function toFailure(error: unknown, log: (line: string) => void): Result<never> {
  if (error instanceof ServiceError) return failure(error.code, error.message);
  const e = error as { code?: unknown; message?: unknown; name?: unknown; path?: unknown } | null;
  const message = typeof e?.message === 'string' ? e.message : String(error);
  const code = typeof e?.code === 'string' ? e.code : undefined;
  if (code && CODES.has(code)) return failure(code as ErrorCode, message);
  if (code && ALIASES[code]) return failure(ALIASES[code], message);
  if (e?.name === 'ExportError') return failure('bad-request', message);
  if (code === 'ENOENT') return failure('not-found', `File not found${typeof e?.path === 'string' ? `: ${e.path}` : ''}`);
  if (code && IO_CODES.has(code)) return failure('io', message);
  log(`internal error: ${error instanceof Error ? (error.stack ?? message) : message}`);
  return failure('internal', `Frontstage hit an unexpected problem: ${message}`);
}
