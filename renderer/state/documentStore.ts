import { useRef, useSyncExternalStore } from 'react';
import type { Patch } from 'immer';
import { run, type Command } from '../../shared/commands/command';
import { canRedo, canUndo, closeStep, createHistory, record, redo as redoStep, undo as undoStep, undoLabel, type History } from '../../shared/commands/history';
import { engine } from '../../shared/commands/engine';
import { blueprintsOf, emptyDoc, type WorkshopDoc } from '../../shared/model';
import type { OpenedWorkshop, SaveStatus } from '../../shared/api/contract';
import { api } from '../api';
import { getSelection, resetSelection, selectBlueprint, selectCards } from './selection';
import { Outbox } from './outbox';

export interface SessionState {
  session: string;
  status: SaveStatus;
  /** Why the file is read-only, or the last error talking to the app, for the user to read. */
  notice: string | null;
  recoveryAvailable: boolean;
  /** Edits sent to the app and not yet confirmed. */
  saving: boolean;
}

const NO_DOC: WorkshopDoc = emptyDoc('');
const AUTOSAVE_IDLE_MS = 4000;

let doc: WorkshopDoc = NO_DOC;
let session: SessionState | null = null;
let history: History = createHistory();

// Edits on their way to the app, in order; null while no workshop is open.
let outbox: Outbox<WorkshopDoc> | null = null;
let autosaveTimer: ReturnType<typeof setTimeout> | null = null;

const listeners = new Set<() => void>();
function emit(): void {
  for (const l of listeners) l();
}
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getDoc(): WorkshopDoc {
  return doc;
}

/**
 * Reads from the document. The selector's result is cached per document version, so a selector
 * may build a new object without causing extra renders; pass `isEqual` to keep the previous
 * result when a new document gives an equal one.
 */
export function useDoc<T>(selector: (doc: WorkshopDoc) => T, isEqual: (a: T, b: T) => boolean = Object.is): T {
  const cache = useRef<{ doc: WorkshopDoc; selector: (doc: WorkshopDoc) => T; value: T } | null>(null);
  const getSnapshot = (): T => {
    const c = cache.current;
    if (c && c.doc === doc && c.selector === selector) return c.value;
    const value = selector(doc);
    if (c && isEqual(c.value, value)) {
      cache.current = { doc, selector, value: c.value };
      return c.value;
    }
    cache.current = { doc, selector, value };
    return value;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}

export function useSession(): SessionState | null {
  return useSyncExternalStore(subscribe, () => session);
}

export function useCanUndo(): boolean {
  return useSyncExternalStore(subscribe, () => canUndo(history));
}

export function useCanRedo(): boolean {
  return useSyncExternalStore(subscribe, () => canRedo(history));
}

/** Label of the step Undo would revert, for tooltips. */
export function useUndoLabel(): string | null {
  return useSyncExternalStore(subscribe, () => undoLabel(history));
}

function setSession(patch: Partial<SessionState>): void {
  if (session) session = { ...session, ...patch };
}

function readOnlyRefusal(): boolean {
  if (!session?.status.readOnly) return false;
  setSession({ notice: session.notice ?? 'This workshop is read-only.' });
  emit();
  return true;
}

export function dispatch<A>(command: Command<A>, args: A, opts?: { group?: string }): void {
  if (!session || readOnlyRefusal()) return;
  let applied;
  try {
    applied = run(doc, command, args);
  } catch (error) {
    setSession({ notice: `${command.label} failed: ${messageOf(error)}` });
    emit();
    return;
  }
  if (applied.patches.length === 0) return;
  history = record(history, { ...applied, group: opts?.group ?? applied.group }, Date.now());
  commit(applied.doc, applied.patches);
}

/** What an undo or redo did, for saying it: the step's label, the patches applied, the document around them. */
export interface HistoryMove { direction: 'undo' | 'redo'; label: string; patches: Patch[]; before: WorkshopDoc; after: WorkshopDoc }

export function undo(): HistoryMove | null {
  if (!session || readOnlyRefusal()) return null;
  const before = doc;
  const step = undoStep(history, doc);
  if (!step) return null;
  history = step.history;
  commit(step.doc, step.patches);
  return { direction: 'undo', label: step.label, patches: step.patches, before, after: doc };
}

/**
 * Takes back the latest step if it belongs to `group`, leaving nothing to redo: an edit that
 * never happened as far as the user is concerned (a new card left empty).
 */
export function discardGroup(group: string): boolean {
  const top = history.past[history.past.length - 1];
  if (!session || !top || top.group !== group) return false;
  history = { ...history, past: history.past.slice(0, -1), open: false };
  commit(engine.applyPatches(doc, top.inversePatches), top.inversePatches);
  return true;
}

export function redo(): HistoryMove | null {
  if (!session || readOnlyRefusal()) return null;
  const before = doc;
  const step = redoStep(history, doc);
  if (!step) return null;
  history = step.history;
  commit(step.doc, step.patches);
  return { direction: 'redo', label: step.label, patches: step.patches, before, after: doc };
}

function commit(next: WorkshopDoc, patches: Patch[]): void {
  doc = next;
  keepSelectionValid();
  send(patches, next);
  emit();
}

function keepSelectionValid(): void {
  const sel = getSelection();
  if (!sel.blueprintId || !doc.blueprints[sel.blueprintId]) {
    const first = blueprintsOf(doc)[0];
    if (first) selectBlueprint(first.id);
  }
  const live = sel.cardIds.filter((id) => doc.cards[id]);
  if (live.length !== sel.cardIds.length) selectCards(live);
}

function send(patches: Patch[], after: WorkshopDoc): void {
  if (!outbox) return;
  outbox.push(patches, after);
  setSession({ saving: true });
}

function startOutbox(opened: OpenedWorkshop): Outbox<WorkshopDoc> {
  const id = opened.session;
  return new Outbox<WorkshopDoc>(
    (patches, revision) => api['workshop.apply']({ session: id, revision, patches: patches as never }),
    {
      confirmed(status, idle) {
        setSession({ status, saving: !idle });
        if (idle) scheduleAutosave();
        emit();
      },
      // Main refused an edit: show the document as main has it, and say why.
      rejected(message, lastConfirmed) {
        doc = lastConfirmed;
        history = createHistory();
        keepSelectionValid();
        setSession({ saving: false, notice: `Your last change could not be saved: ${message}` });
        emit();
      },
    },
    opened.revision,
    opened.doc,
  );
}

function scheduleAutosave(): void {
  if (autosaveTimer) clearTimeout(autosaveTimer);
  autosaveTimer = setTimeout(() => {
    autosaveTimer = null;
    if (session?.status.dirty && outbox?.pending === 0) void save();
  }, AUTOSAVE_IDLE_MS);
}

/** Writes the working copy to the user's file once every queued edit has reached the app. */
export async function save(): Promise<void> {
  await outbox?.idle();
  if (!session || session.status.readOnly) return;
  const result = await api['workshop.save']({ session: session.session });
  if (!session) return;
  if (result.ok) setSession({ status: result.value });
  else setSession({ notice: `Could not save: ${result.error.message}` });
  emit();
}

/** Asks the host where to write a copy, then continues in that file. */
export async function saveAs(): Promise<void> {
  await outbox?.idle();
  if (!session) return;
  const picked = await api['workshop.pickSave']({ suggestedName: `${doc.workshop.title || 'Workshop'}.frontstage` });
  if (!session || !picked.ok || !picked.value.path) {
    if (session && !picked.ok) setSession({ notice: `Could not save a copy: ${picked.error.message}` });
    emit();
    return;
  }
  const result = await api['workshop.saveAs']({ session: session.session, path: picked.value.path });
  if (!session) return;
  if (result.ok) setSession({ status: result.value });
  else setSession({ notice: `Could not save a copy: ${result.error.message}` });
  emit();
}

export function dismissNotice(): void {
  setSession({ notice: null });
  emit();
}

export function openDocument(opened: OpenedWorkshop): void {
  // Benchmarks time "document received → cards painted" between this mark and the canvas's.
  performance.mark('frontstage:document-received');
  outbox?.stop();
  outbox = startOutbox(opened);
  doc = opened.doc;
  history = createHistory();
  session = {
    session: opened.session,
    status: opened.status,
    notice: opened.notice,
    recoveryAvailable: opened.recoveryAvailable,
    saving: false,
  };
  resetSelection(blueprintsOf(doc)[0]?.id ?? null);
  emit();
}

export async function closeDocument(): Promise<void> {
  await outbox?.idle();
  if (!session) return;
  if (autosaveTimer) clearTimeout(autosaveTimer);
  const id = session.session;
  const result = await api['workshop.close']({ session: id });
  if (!result.ok) {
    setSession({ notice: `Could not close: ${result.error.message}` });
    emit();
    return;
  }
  outbox?.stop();
  outbox = null;
  session = null;
  doc = NO_DOC;
  history = createHistory();
  resetSelection(null);
  emit();
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
