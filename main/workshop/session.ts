import type { Patch } from 'immer';
import { accessSync, constants, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { SaveStatus } from '../../shared/api/contract';
import type { WorkshopDoc } from '../../shared/model/types';
import { fileLabel, ioError, WorkshopError } from './errors';
import {
  ensurePrivateDir, exists, moveIntoPlace, stampOf, removeQuietly, sweepStaleTemps, tempPathBeside, writeDurably,
} from './files';
import { latestVersion, MIGRATIONS } from './migrations';
import { loadWorkshop, type LoadOptions } from './open';
import { carryCellIndex } from '../../shared/commands/cellIndex';
import { applyEdit, detachedCopy, type Edit } from './patches';
import { acquireLock } from './lock';
import { loadRecovery, recoveryFor, setAsideCrashedWork } from './recovery';
import { saveDatabaseTo } from './save';
import { performSave, type SaveJob, type SaveOutcome } from './saveJob';
import { saveInWorker } from './saveInWorker';
import { lockPath, moveWorkingFiles, removeWorkingFiles, WorkingCopy, workingFiles } from './workingCopy';
import { writeWorkshopFile } from './write';
import { checkEditLimits, usageAfter } from './usage';
import { usageOf, type Usage } from '../../shared/model/limits';
import { formatProblem } from '../../shared/model/integrity';
import type { History, RecordStamps, Vector } from '../../shared/merge/stamps';
import { readHistory } from './history/read';

/** What a merge of another copy writes beside its records: their stamps, and the other copy's vector. */
export interface MergedStamps {
  stamps: ReadonlyMap<string, RecordStamps | null>;
  vector: Vector;
}

export interface SessionOptions extends LoadOptions {
  /** Folder for working copies, e.g. defaultWorkDir(). */
  workDir: string;
}

/** One session per file in this process: two would race for the same working copy. */
const openPaths = new Set<string>();

function claim(absPath: string): void {
  if (openPaths.has(absPath)) throw new WorkshopError('conflict', `${fileLabel(absPath)} is already open`);
  openPaths.add(absPath);
}

/**
 * The app's open workshop: the document in memory, every edit committed to a private working
 * copy, and the user's file replaced atomically only on save.
 */
export class WorkshopSession {
  revision = 0;
  private conflictCopy: string | null = null;
  /** The file the conflict copy stands beside: the other person's version, to merge. */
  private conflictOf: string | null = null;
  private note: string | null = null;
  private closed = false;
  /** The save running in the worker, if any: the next one waits for it. */
  private saving: Promise<unknown> = Promise.resolve();
  /** What the document uses of the workshop limits, kept current edit by edit. */
  private usage: Usage;

  private constructor(
    public path: string,
    public doc: WorkshopDoc,
    /** The format version of the file on disk when opened (older ones are migrated on save). */
    readonly formatVersion: number,
    public recoveryAvailable: boolean,
    private readOnly: boolean,
    private workingCopy: WorkingCopy,
    private readonly opts: SessionOptions,
    private releaseLock: () => void,
  ) {
    this.usage = usageOf(doc);
  }

  static open(path: string, opts: SessionOptions): WorkshopSession {
    const absPath = realPath(path);
    claim(absPath);
    let release = (): void => {};
    try {
      const loaded = loadWorkshop(absPath, opts);
      const migrated = loaded.formatVersion < latestVersion(opts.migrations ?? MIGRATIONS);
      const files = workingFiles(opts.workDir, absPath);
      const recovery = workingFiles(opts.workDir, absPath, 'recovery');
      const readOnly = !writable(absPath);
      let workingCopy: WorkingCopy;
      try {
        ensurePrivateDir(opts.workDir);
        release = acquireLock(lockPath(opts.workDir, absPath), absPath);
        setAsideCrashedWork(files, recovery, absPath);
        sweepStaleTemps(absPath);
        if (migrated && !readOnly) keepOldFormat(absPath, loaded.bytes, loaded.formatVersion);
        // A migrated file counts as unsaved, so the next save writes the new format (after the backup above).
        workingCopy = WorkingCopy.create(files, loaded.image, { path: absPath, base: stampOf(loaded.bytes, loaded.mtimeMs), dirty: migrated, savedAt: null });
      } catch (e) {
        throw ioError(absPath, 'open', e);
      }
      return new WorkshopSession(
        absPath, loaded.doc, loaded.formatVersion, recoveryFor(recovery, absPath) !== null, readOnly, workingCopy, opts, release,
      );
    } catch (e) {
      release();
      openPaths.delete(absPath);
      throw e;
    }
  }

  /** Writes a new workshop file (refusing to replace one) and opens it. */
  static create(path: string, doc: WorkshopDoc, opts: SessionOptions): WorkshopSession {
    writeWorkshopFile(path, doc, { overwrite: false });
    return WorkshopSession.open(path, opts);
  }

  /**
   * Applies one edit's patches, all or nothing, checking every record they touch. The session
   * moves to a new document; the previous one (and any snapshot of it) is never changed.
   */
  apply(patches: Patch[]): void {
    this.assertOpen();
    const next = detachedCopy(this.doc, patches);
    const edit = applyEdit(next, patches);
    if (!edit.changes.length) return;
    carryCellIndex(this.doc.cards, next.cards, patches);
    this.commit(next, edit);
  }

  /**
   * Commits an edit already made and checked against `doc` (a command's result, or patches
   * applied to a detached copy): refused when it takes the workshop over a limit, else its rows
   * are written in one transaction and `next` becomes the document.
   */
  commit(next: WorkshopDoc, edit: Pick<Edit, 'changes' | 'before'>, at: number = Date.now(), merged?: MergedStamps): void {
    this.assertOpen();
    const usage = usageAfter(this.usage, edit);
    checkEditLimits(next, this.usage, usage, edit);
    if (edit.changes.length) {
      try {
        const history = this.workingCopy.history;
        // A merge's records carry the stamps the merge decided, and the other copy's changes count as seen.
        this.workingCopy.commit(edit.changes, edit.before, at, merged && (() => history.writeStamps(merged.stamps, merged.vector)));
      } catch (e) {
        throw ioError(this.path, 'record the change to', e);
      }
    }
    this.usage = usage;
    this.doc = next;
    this.revision++;
  }

  /** Whose copy this is and what changed when, as the file would hold it if saved now (docs/merging.md). */
  history(): History {
    this.assertOpen();
    const { history, problems } = readHistory(this.workingCopy.db, this.doc);
    if (problems.length) throw new WorkshopError('damaged', `the merge history of ${fileLabel(this.path)} is damaged: ${problems.map(formatProblem).join('; ')}`);
    return history;
  }

  /** The site this session's edits are stamped with: a merge stamps what it decides with it too. */
  get siteName(): string {
    return this.workingCopy.history.siteName;
  }

  /**
   * Replaces the user's file with the working copy, keeping the previous one as `.bak`. When
   * someone else changed the file since we loaded or saved it, our version goes to a conflict
   * copy beside it instead, and the session continues on that copy.
   */
  save(): SaveStatus {
    this.assertOpen();
    const job = this.saveJob();
    return job ? this.saved(performSave(this.workingCopy.db, job), this.revision) : this.status();
  }

  /**
   * The same save, run in the save worker so the main thread keeps taking edits meanwhile
   * (docs/file-format.md). The file gets the workshop as of the moment the save started; edits
   * committed meanwhile keep the session unsaved, for the next save. Saves run one at a time.
   */
  saveInBackground(): Promise<SaveStatus> {
    const next = this.saving.then(async () => {
      this.assertOpen();
      const job = this.saveJob();
      if (!job) return this.status();
      const revision = this.revision;
      const outcome = await (saveInWorker(job) ?? Promise.resolve().then(() => performSave(this.workingCopy.db, job)));
      return this.saved(outcome, revision);
    });
    this.saving = next.catch(() => undefined);
    return next;
  }

  /** Resolves once no save is running (before the working copy is closed, moved or replaced). */
  settled(): Promise<void> {
    return this.saving.then(() => undefined);
  }

  /** What a save must do now, or null when the file already has everything. */
  private saveJob(): SaveJob | null {
    const { base, dirty } = this.workingCopy.state;
    if (!dirty && exists(this.path)) return null;
    if (this.readOnly) throw new WorkshopError('read-only', `${fileLabel(this.path)} is read-only; save it under another name`);
    return { db: this.workingCopy.files.db, path: this.path, base, at: Date.now() };
  }

  /** After a save of the workshop as of `revision`: edits made since keep the session unsaved. */
  private saved(outcome: SaveOutcome, revision: number): SaveStatus {
    const dirty = this.revision !== revision;
    if (outcome.conflict) {
      const original = this.path;
      this.moveTo(resolve(outcome.written));
      this.conflictCopy = this.path;
      this.conflictOf = original;
    } else {
      // On a shared drive another program may move or delete the file: it is written again, and said so.
      this.note = outcome.reappeared ? `${fileLabel(this.path)} had been moved or deleted by another program, so your workshop was saved under its name again.` : null;
    }
    this.workingCopy.update({ base: outcome.stamp, dirty, savedAt: Date.now() });
    return this.status();
  }

  /** Saves to another file and continues there. */
  saveAs(path: string): SaveStatus {
    this.assertOpen();
    const absPath = resolve(path);
    if (absPath === this.path) return this.save();
    if (openPaths.has(absPath)) throw new WorkshopError('conflict', `${fileLabel(absPath)} is open in another window`);
    const stamp = saveDatabaseTo(this.workingCopy.db, absPath, { backup: true });
    this.moveTo(absPath);
    this.workingCopy.update({ base: stamp, dirty: false, savedAt: Date.now() });
    return this.status();
  }

  status(): SaveStatus {
    const { dirty, savedAt } = this.workingCopy.state;
    return { path: this.path, dirty, savedAt, readOnly: this.readOnly, conflictCopy: this.conflictCopy, conflictOf: this.conflictOf, note: this.note };
  }

  /** Continues with the unsaved work found after a crash, in place of the file's content. */
  restoreRecovery(): void {
    this.assertOpen();
    const recovery = workingFiles(this.opts.workDir, this.path, 'recovery');
    const meta = recoveryFor(recovery, this.path);
    if (!this.recoveryAvailable || !meta) throw new WorkshopError('not-found', `there is no unsaved work of ${fileLabel(this.path)} to restore`);
    const loaded = loadRecovery(recovery, this.path, this.opts);
    const files = this.workingCopy.files;
    try {
      this.workingCopy.close();
      // The recovered work was based on the file as that session saw it: saving compares with that.
      this.workingCopy = WorkingCopy.create(files, loaded.image, { ...meta, dirty: true });
      removeWorkingFiles(recovery);
    } catch (e) {
      throw ioError(this.path, 'restore the unsaved work of', e);
    }
    this.doc = loaded.doc;
    this.usage = usageOf(loaded.doc);
    this.revision++;
    this.recoveryAvailable = false;
  }

  discardRecovery(): void {
    this.assertOpen();
    removeWorkingFiles(workingFiles(this.opts.workDir, this.path, 'recovery'));
    this.recoveryAvailable = false;
  }

  /** Ends the session. Unsaved work stays in the working copy and is offered on the next open. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    openPaths.delete(this.path);
    this.workingCopy.close();
    if (!this.workingCopy.state.dirty) removeWorkingFiles(this.workingCopy.files);
    this.releaseLock();
  }

  private assertOpen(): void {
    if (this.closed) throw new WorkshopError('conflict', `${fileLabel(this.path)} was closed`);
  }

  /** Re-keys the working copy to a new file path (after Save As or a conflict copy). */
  private moveTo(absPath: string): void {
    const from = this.workingCopy.files;
    const to = workingFiles(this.opts.workDir, absPath);
    const meta = { ...this.workingCopy.state, path: absPath };
    const release = acquireLock(lockPath(this.opts.workDir, absPath), absPath);
    try {
      this.workingCopy.close();
      moveWorkingFiles(from, to);
      this.workingCopy = WorkingCopy.open(to, meta);
      this.workingCopy.update({ path: absPath });
    } catch (e) {
      release();
      throw ioError(absPath, 'continue with', e);
    }
    this.releaseLock();
    this.releaseLock = release;
    openPaths.delete(this.path);
    openPaths.add(absPath);
    this.path = absPath;
    this.readOnly = !writable(absPath);
  }
}

/** Saving replaces the file a symlink points to, not the link: the session works on the real path. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function writable(absPath: string): boolean {
  try {
    accessSync(absPath, constants.W_OK);
    accessSync(dirname(absPath), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Before a migrated file is ever replaced, its original bytes are kept as `<file>.format<N>.bak`. */
function keepOldFormat(absPath: string, bytes: Buffer, version: number): void {
  const backup = `${absPath}.format${version}.bak`;
  if (exists(backup)) return;
  const temp = tempPathBeside(backup);
  try {
    writeDurably(temp, bytes, absPath);
    moveIntoPlace(temp, backup, { noClobber: true });
  } catch (e) {
    removeQuietly(temp);
    throw e;
  }
}
