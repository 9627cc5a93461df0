import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import type { OpenedWorkshop } from '../../shared/api/contract';
import type { WorkshopSession } from '../workshop';
import type { SyncHub } from '../sync/hub';
import type { OpenRoom } from './rooms';

/** One open workshop: its persistence session, the idle autosave timer and a queue of operations. */
export interface OpenSession {
  id: string;
  workshop: WorkshopSession;
  autosave: NodeJS.Timeout | null;
  /** When the first change not yet in the user's file was committed: autosave waits at most so long. */
  dirtySince: number | null;
  /** Runs edits and pushes them to every window, tab or device showing this workshop. */
  hub: SyncHub;
  /** Operations on one session run one after another, so a save never interleaves with an edit. */
  queue: Promise<unknown>;
  /** The workshop opened to participants on the network, while it is (docs/room.md). */
  room: OpenRoom | null;
}

export const newSessionId = (): string => randomBytes(16).toString('base64url');

export function serial<T>(entry: OpenSession, operation: () => T | Promise<T>): Promise<T> {
  const next = entry.queue.then(operation);
  entry.queue = next.catch(() => undefined);
  return next;
}

export function opened(entry: OpenSession): OpenedWorkshop {
  const { workshop } = entry;
  const status = workshop.status();
  return {
    session: entry.id,
    doc: workshop.doc,
    seq: entry.hub.seq,
    status,
    recoveryAvailable: workshop.recoveryAvailable,
    notice: status.readOnly
      ? `"${basename(status.path)}" cannot be written here (read-only file or folder); use Save As to keep your changes.`
      : null,
  };
}
