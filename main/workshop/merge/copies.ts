import { mergeCopies, type Copy, type MergeOptions, type MergeResult, type MergeSummary } from '../../../shared/merge/copies';
import { fileLabel, WorkshopError } from '../errors';
import { randomName } from '../history/stored';
import { readWorkshopCopy } from '../open';
import { writeWorkshopFile } from '../write';

/** A workshop file as a copy to merge; refuses damaged, foreign and too-new files (WorkshopError). */
export function readCopy(path: string): Copy {
  const { doc, history } = readWorkshopCopy(path);
  return { doc, history };
}

/** Two copies of one workshop, or a WorkshopError saying they are not. */
export function assertSameWorkshop(mine: Copy, minePath: string, theirs: Copy, theirsPath: string): void {
  if (mine.history.lineage !== theirs.history.lineage) {
    throw new WorkshopError('invalid', `${fileLabel(minePath)} and ${fileLabel(theirsPath)} are not copies of one workshop (their lineage ids differ), so they cannot be merged`);
  }
}

/** Merges with a site of the merge's own, for what only the merge decides. */
export function mergeWith(mine: Copy, theirs: Copy, options: Partial<MergeOptions> = {}): MergeResult {
  return mergeCopies(mine, theirs, { site: randomName(), now: Date.now(), ...options });
}

/**
 * `frontstage merge`: reads both copies (never writing to them), merges them and writes the
 * result as a new file, atomically, with the joined history, so it can be merged again later.
 */
export function mergeFiles(minePath: string, theirsPath: string, outPath: string): MergeSummary {
  const mine = readCopy(minePath);
  const theirs = readCopy(theirsPath);
  assertSameWorkshop(mine, minePath, theirs, theirsPath);
  const result = mergeWith(mine, theirs);
  writeWorkshopFile(outPath, result.doc, { history: result.history });
  return result.summary;
}
