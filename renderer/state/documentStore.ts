import { useRef, useSyncExternalStore } from 'react';
import type { Patch } from 'immer';
import { run, type Command } from '../../shared/commands/command';
import { applyPatchesTo } from '../../shared/sync/edits';
import { canRedo, canUndo, createHistory, record, redo as redoStep, undo as undoStep, undoLabel, type History } from '../../shared/commands/history';
import { blueprintsOf, emptyDoc, type WorkshopDoc } from '../../shared/model';
import type { OpenedWorkshop, SaveStatus } from '../../shared/api/contract';
import { newId } from '../../shared/model/ids';
import { SyncClient } from '../../shared/sync/client';
import type { Edit } from '../../shared/sync/protocol';
import type { PendingEdit } from '../../shared/sync/replica';
import { api, connectPush, type PushLink } from '../api';
import { connectionEnded, resetRoomView, takeRoomNews } from './roomStore';
import { getSelection, resetSelection, selectBlueprint, selectCards } from './selection';

export interface SessionState {
  session: string;
  status: SaveStatus;
  /** Why the file is read-only, or the last error talking to the app, for the user to read. */
  notice: string | null;
  recoveryAvailable: boolean;
  /** Edits made here that the app has not committed yet. */
  saving: boolean;
  /** The app could not be reached: edits are kept and sent again, and changes from others wait. */
  offline: boolean;
}

const NO_DOC: WorkshopDoc = emptyDoc('');

let doc: WorkshopDoc = NO_DOC;
let session: SessionState | null = null;
let history: History = createHistory();

// This window's link to the open workshop on the host: edits out, everyone's changes in.
let sync: SyncClient | null = null;
let push: PushLink | null = null;
let pushLive = true;
/** Which undo step each edit on its way belongs to (by its first patch), to drop it if refused. */
const stepOf = new Map<number, Patch>();

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

export function getSession(): SessionState | null {
  return session;
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
  // The host checks the arguments against the command's schema; checking here first means an
  // edit the host would refuse is never shown and then taken back.
  const checked = command.args?.safeParse(args);
  if (checked && !checked.success) {
    setSession({ notice: `${command.label} failed: ${checked.error.issues[0]?.message ?? 'its arguments are not valid'}` });
    emit();
    return;
  }
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
  send({ kind: 'command', command: command.id, args }, command.label, applied.doc, applied.patches);
}

/** What an undo or redo did, for saying it: the step's label, the patches applied, the document around them. */
export interface HistoryMove { direction: 'undo' | 'redo'; label: string; patches: Patch[]; before: WorkshopDoc; after: WorkshopDoc }

export function undo(): HistoryMove | null {
  if (!session || readOnlyRefusal()) return null;
  const before = doc;
  const step = undoStep(history, doc);
  if (!step) return null;
  history = step.history;
  send({ kind: 'revert', label: `undo “${step.label}”`, patches: step.patches }, `Undo ${step.label}`, step.doc, step.patches);
  return { direction: 'undo', label: step.label, patches: step.patches, before, after: doc };
}

/**
 * Takes back the latest step if it belongs to `group`, leaving nothing to redo: an edit that
 * never happened as far as the user is concerned (a new card left empty).
 */
export function discardGroup(group: string): boolean {
  const top = history.past[history.past.length - 1];
  if (!session || !top || top.group !== group) return false;
  let reverted: WorkshopDoc;
  try {
    reverted = applyPatchesTo(doc, top.inversePatches);
  } catch {
    return false;
  }
  history = { ...history, past: history.past.slice(0, -1), open: false };
  send({ kind: 'revert', label: `take back “${top.label}”`, patches: top.inversePatches }, top.label, reverted, top.inversePatches);
  return true;
}

export function redo(): HistoryMove | null {
  if (!session || readOnlyRefusal()) return null;
  const before = doc;
  const step = redoStep(history, doc);
  if (!step) return null;
  history = step.history;
  send({ kind: 'revert', label: `redo “${step.label}”`, patches: step.patches }, `Redo ${step.label}`, step.doc, step.patches);
  return { direction: 'redo', label: step.label, patches: step.patches, before, after: doc };
}

/** Shows an edit at once and hands it to the host, which commits it and tells every window. */
function send(edit: Edit, label: string, after: WorkshopDoc, patches: Patch[]): void {
  if (!sync) return;
  sync.edit(edit, label, after, patches);
  const pending = sync.replica.pending[sync.replica.pending.length - 1]!;
  stepOf.set(pending.clientSeq, patches[0]!);
  show(sync.view);
}

/** Applies what the host pushed (or confirmed): no history, no outbox, only what others did shows up. */
function show(next: WorkshopDoc): void {
  doc = next;
  keepSelectionValid();
  setSession({ saving: (sync?.pending ?? 0) > 0, offline: Boolean(sync?.offline) || !pushLive });
  emit();
}

/** The host refused one of this window's edits: its undo step goes, and the user is told why in one sentence. */
function refused(edit: PendingEdit, message: string): void {
  const marker = stepOf.get(edit.clientSeq);
  stepOf.delete(edit.clientSeq);
  if (marker) history = dropStep(history, marker);
  const text = edit.edit.kind === 'revert' ? `${message} That step was taken off your undo list.` : `Your change “${edit.label}” was taken back: ${plainly(message)}`;
  setSession({ notice: text });
}

/** Ids mean nothing to the person reading: "there is no card "x7…"" says what happened instead. */
function plainly(message: string): string {
  return message.replace(/^there is no ([a-z -]+) "[^"]*"\.?$/, (_, noun: string) => `that ${noun} is gone (someone else deleted it).`);
}

function dropStep(h: History, marker: Patch): History {
  const keep = (e: History['past'][number]) => !e.patches.includes(marker) && !e.inversePatches.includes(marker);
  return { ...h, past: h.past.filter(keep), future: h.future.filter(keep), open: false };
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

function startSync(opened: OpenedWorkshop): void {
  const id = opened.session;
  const client = newId('c').replace(/[^A-Za-z0-9_-]/g, '');
  const submit = (request: { client: string; seq: number; edit: Edit }) => api['workshop.submit']({ session: id, ...request });
  const created = new SyncClient(client, opened.doc, opened.seq, submit, {
    changed: () => {
      for (const key of [...stepOf.keys()]) if (!created.replica.pending.some((p) => p.clientSeq === key)) stepOf.delete(key);
      show(created.view);
    },
    refused,
    status(status) {
      // The file holds what the host had; edits still on their way are not in it yet.
      setSession({ status: { ...status, dirty: status.dirty || created.pending > 0 } });
      emit();
    },
    lost() {
      // Start over from the host's document: reconnecting with an unknown `since` brings a snapshot.
      push?.close();
      push = openPush(id, client, created, () => Number.MAX_SAFE_INTEGER);
    },
  });
  sync = created;
  pushLive = true;
  push = openPush(id, client, created, () => created.replica.seq);
}

function openPush(id: string, client: string, target: SyncClient, since: () => number): PushLink {
  let first = true;
  return connectPush({
    session: id,
    client,
    since: () => (first ? since() : target.replica.seq),
    onPush: (message) => {
      first = false;
      if (sync !== target) return;
      if (message.type === 'refused') setSession({ notice: `Lost the live connection to this workshop: ${message.message}` });
      takeRoomNews(message);
      target.receive(message);
    },
    onLive: (live) => {
      if (sync !== target) return;
      pushLive = live;
      if (live) target.retryNow();
      show(target.view);
    },
    onEnded: (code) => {
      if (sync === target) connectionEnded(code);
    },
  });
}

function stopSync(): void {
  push?.close();
  push = null;
  sync?.stop();
  sync = null;
  stepOf.clear();
  resetRoomView();
}

/** This window's workshop session and client id on the host, for what it tells the host besides edits (presence). */
export function syncIdentity(): { session: string; client: string } | null {
  return session && sync ? { session: session.session, client: sync.replica.client } : null;
}

/** Edits shown here that the host has not answered yet: leaving now would lose them. */
export function unsentEdits(): number {
  return sync?.pending ?? 0;
}

/** Resolves once every edit made here has been answered by the host. */
export function editsDelivered(): Promise<void> {
  return sync?.idle() ?? Promise.resolve();
}

/** Writes the working copy to the user's file once every queued edit has reached the app. */
export async function save(): Promise<void> {
  await sync?.idle();
  if (!session || session.status.readOnly) return;
  const result = await api['workshop.save']({ session: session.session });
  if (!session) return;
  if (result.ok) setSession({ status: result.value });
  else setSession({ notice: `Could not save: ${result.error.message}` });
  emit();
}

/** Asks the host where to write a copy, then continues in that file. */
export async function saveAs(): Promise<void> {
  await sync?.idle();
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
  stopSync();
  startSync(opened);
  doc = opened.doc;
  history = createHistory();
  session = {
    session: opened.session,
    status: opened.status,
    notice: opened.notice,
    recoveryAvailable: opened.recoveryAvailable,
    saving: false,
    offline: false,
  };
  resetSelection(blueprintsOf(doc)[0]?.id ?? null);
  emit();
}

export async function closeDocument(): Promise<void> {
  await sync?.idle();
  if (!session) return;
  const id = session.session;
  const result = await api['workshop.close']({ session: id });
  if (!result.ok) {
    setSession({ notice: `Could not close: ${result.error.message}` });
    emit();
    return;
  }
  stopSync();
  session = null;
  doc = NO_DOC;
  history = createHistory();
  resetSelection(null);
  emit();
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
