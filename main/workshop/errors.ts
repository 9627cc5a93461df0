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

/** What went wrong with a disk, from a Node or a SQLite error code. */
export type DiskTrouble = 'full' | 'read-only' | 'denied' | 'missing' | 'failing' | null;

export function troubleOf(cause: unknown): DiskTrouble {
  const code = String((cause as NodeJS.ErrnoException | undefined)?.code ?? '');
  if (code === 'ENOSPC' || code === 'EFBIG' || code === 'EDQUOT' || code === 'SQLITE_FULL') return 'full';
  if (code === 'EROFS' || code.startsWith('SQLITE_READONLY')) return 'read-only';
  if (code === 'EACCES' || code === 'EPERM') return 'denied';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
  if (code === 'EIO' || code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) return 'failing';
  return null;
}

/** A file-system failure in words a user can act on. */
export function reasonOf(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EISDIR') return 'it is a folder';
  switch (troubleOf(cause)) {
    case 'full': return 'the disk is full';
    case 'read-only': return 'the disk is read-only';
    case 'denied': return 'permission denied';
    case 'missing': return 'the file or folder does not exist';
    case 'failing': return 'the disk could not be read or written';
    default: return cause instanceof Error ? cause.message : String(cause);
  }
}

/** Wraps a failure of the file system or SQLite in a WorkshopError that names the file. */
export function ioError(path: string, doing: string, cause: unknown): WorkshopError {
  if (cause instanceof WorkshopError) return cause;
  const trouble = troubleOf(cause);
  const code = trouble === 'read-only' || trouble === 'denied' ? 'read-only' : 'io';
  return new WorkshopError(code, `cannot ${doing} ${fileLabel(path)}: ${reasonOf(cause)}`);
}

/**
 * A save that failed, as the rest of a sentence that starts "Could not save:": what happened to
 * which file, that the changes are kept, and what the user can do.
 */
export function saveError(path: string, cause: unknown): WorkshopError {
  if (cause instanceof WorkshopError) return cause;
  const file = fileLabel(path);
  const kept = 'your changes are kept in Frontstage, so';
  switch (troubleOf(cause)) {
    case 'full':
      return new WorkshopError('io', `the disk holding ${file} is full; ${kept} free some space or use Save As to save elsewhere.`);
    case 'read-only':
    case 'denied':
      return new WorkshopError('read-only', `the folder of ${file} cannot be written (read-only or no permission); ${kept} use Save As to save elsewhere.`);
    case 'missing':
      return new WorkshopError('io', `the folder of ${file} no longer exists; ${kept} use Save As to save elsewhere.`);
    default:
      return new WorkshopError('io', `${file} could not be written (${reasonOf(cause)}); ${kept} try again or use Save As.`);
  }
}
