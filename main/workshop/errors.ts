import { basename } from 'node:path';
import { formatProblem, type Problem } from '../../shared/model/integrity';

export type WorkshopErrorCode =
  | 'not-found' | 'not-frontstage' | 'too-new' | 'too-large' | 'damaged' | 'invalid' | 'exists' | 'io' | 'conflict' | 'read-only';

/** Every failure of the workshop file layer, with a message a person can act on (no stack traces). */
export class WorkshopError extends Error {
  override name = 'WorkshopError';
  /** Every problem found, one sentence each; `message` summarizes the first few. */
  readonly problems: string[];
  constructor(readonly code: WorkshopErrorCode, message: string, problems?: string[]) {
    super(message);
    this.problems = problems?.length ? problems : [message];
  }
}

/** How a file is named in messages: its name only, so messages stay short and leak no directories. */
export const fileLabel = (path: string) => `"${basename(path)}"`;

/** At most a handful of problems in one line; the rest are counted, `checkWorkshopFile` lists them all. */
export function summarize(problems: Problem[], max = 3): string {
  const shown = problems.slice(0, max).map(formatProblem).join('; ');
  return problems.length > max ? `${shown}; and ${problems.length - max} more` : shown;
}

export const damaged = (path: string, what: string) => new WorkshopError('damaged', `${fileLabel(path)} is damaged: ${what}`);

/** A damaged file with several problems: the message names the first few, `problems` has them all. */
export function damagedBy(path: string, problems: Problem[]): WorkshopError {
  return new WorkshopError('damaged', `${fileLabel(path)} is damaged: ${summarize(problems)}`, problems.map(formatProblem));
}

/** A file-system failure in words a user can act on. */
export function reasonOf(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'the file or folder does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EROFS') return 'the disk is read-only';
  if (code === 'EISDIR') return 'it is a folder';
  return cause instanceof Error ? cause.message : String(cause);
}

/** Wraps a failure of the file system or SQLite in a WorkshopError that names the file. */
export function ioError(path: string, doing: string, cause: unknown): WorkshopError {
  if (cause instanceof WorkshopError) return cause;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  const reason = reasonOf(cause);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new WorkshopError('read-only', `cannot ${doing} ${fileLabel(path)}: ${reason}`);
  return new WorkshopError('io', `cannot ${doing} ${fileLabel(path)}: ${reason}`);
}
