import { basename } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Copy, MergeResult } from '../../shared/merge/copies';
import { sameValue } from '../../shared/merge/fields';
import type { Side } from '../../shared/merge/record';
import { reviewOf, type MergeOp, type MergeReview } from '../../shared/merge/review';
import { ServiceError } from '../service/errors';
import type { MergedStamps, WorkshopSession } from '../workshop/session';
import { assertSameWorkshop, mergeWith, readCopy } from '../workshop/merge/copies';

interface Pending {
  token: string;
  path: string;
  /** The change number of the workshop the review was made of: applying it later would be stale. */
  seq: number;
  result: MergeResult;
}

/**
 * Merges of another copy into an open workshop, reviewed in the app before they are applied
 * (docs/merging.md): the host keeps the last review of each, so that applying it writes the
 * stamps the merge decided, and refuses it when the workshop changed in between.
 */
export class PendingMerges {
  private last: Pending | null = null;

  constructor(private readonly workshop: WorkshopSession, private readonly seq: () => number) {}

  /** Reads the other copy and merges it into the open workshop with the choices made so far. */
  review(path: string, choices: readonly { key: string; side: Side }[]): MergeReview {
    const theirs = readCopy(path);
    const mine: Copy = { doc: this.workshop.doc, history: this.workshop.history() };
    try {
      assertSameWorkshop(mine, this.workshop.status().path, theirs, path);
    } catch (error) {
      throw new ServiceError('bad-request', (error as Error).message.replace(/, so they cannot be merged$/, '; only copies of one workshop can be merged.'));
    }
    const chosen = new Map(choices.map((c) => [c.key, c.side]));
    const result = mergeWith(mine, theirs, { site: this.workshop.siteName, choices: chosen });
    const token = randomBytes(12).toString('base64url');
    this.last = { token, path, seq: this.seq(), result };
    return reviewOf(result, mine.doc, theirs.doc, token, basename(path));
  }

  /** The stamps to write with a merge being applied: only for the review last made, of the workshop as it still is. */
  claim(token: string, records: readonly MergeOp[]): MergedStamps {
    const pending = this.last;
    if (!pending || pending.token !== token) throw new ServiceError('conflict', 'This merge was reviewed in another window or has expired; review it again.');
    if (pending.seq !== this.seq()) throw new ServiceError('conflict', 'The workshop changed while the merge was reviewed; review it again so nothing is lost.');
    const expected = pending.result.changes;
    const same = expected.length === records.length && expected.every((c, i) => records[i]!.table === c.table && records[i]!.id === c.id && sameValue(records[i]!.record, c.after));
    if (!same) throw new ServiceError('bad-request', 'The merge to apply is not the one reviewed; review it again.');
    this.last = null;
    return { stamps: pending.result.stamps, vector: pending.result.history.vector };
  }
}

