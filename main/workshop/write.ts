import { dirname } from 'node:path';
import { formatProblem, validateDoc } from '../../shared/model/integrity';
import type { WorkshopDoc } from '../../shared/model/types';
import type { History } from '../../shared/merge/stamps';
import { fileLabel, ioError, summarize, WorkshopError } from './errors';
import { exists, moveIntoPlace, removeQuietly, tempPathBeside, writeDurably } from './files';
import { APPLICATION_ID } from './format';
import { migrate, MIGRATIONS } from './migrations';
import { writeHistory } from './history/write';
import { RecordWriter } from './records';
import { openDatabase } from './sqlite';
import { verifyWorkshopFile } from './verify';

function assertValidDoc(doc: WorkshopDoc, doing: string): void {
  const { problems } = validateDoc(doc);
  if (problems.length) throw new WorkshopError('invalid', `${doing}: ${summarize(problems)}`, problems.map(formatProblem));
}

/** A complete workshop database image of `doc`, built in memory so no journal file appears anywhere. */
function buildImage(doc: WorkshopDoc, history: History | null): Buffer {
  const db = openDatabase(':memory:');
  try {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, 0, MIGRATIONS);
    const writer = new RecordWriter(db);
    db.transaction(() => {
      writer.insertAll(doc);
      writeHistory(db, history);
    })();
    return db.serialize();
  } finally {
    db.close();
  }
}

/**
 * Writes `doc` as a new workshop file atomically: a synced, checked temp file beside the target
 * is renamed over it, so the target is always either absent/old or complete. It is a new
 * workshop with a lineage of its own, unless `history` says whose copy it is (a merge's result).
 */
export function writeWorkshopFile(path: string, doc: WorkshopDoc, opts: { overwrite?: boolean; history?: History } = {}): void {
  assertValidDoc(doc, `cannot write ${fileLabel(path)}`);
  if (!opts.overwrite && exists(path)) throw new WorkshopError('exists', `${fileLabel(path)} already exists`);
  if (!exists(dirname(path))) throw new WorkshopError('not-found', `cannot write ${fileLabel(path)}: its folder does not exist`);
  const temp = tempPathBeside(path);
  try {
    writeDurably(temp, buildImage(doc, opts.history ?? null), opts.overwrite && exists(path) ? path : undefined);
    verifyWorkshopFile(temp);
    moveIntoPlace(temp, path, { noClobber: !opts.overwrite });
  } catch (e) {
    removeQuietly(temp);
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new WorkshopError('exists', `${fileLabel(path)} already exists`);
    throw ioError(path, 'write', e);
  }
}
