import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Api, CallName, HostInfo, Request, Responses, Result, SaveStatus } from '../shared/api/contract';
import { requests } from '../shared/api/contract';
import { listTemplates, loadTemplate } from './templates';
import { WorkshopSession } from './workshop';
import { ServiceError, invalidRequest, toFailure } from './service/errors';
import { exportWorkshop } from './service/exporting';
import { uniqueWorkshopPath } from './service/files';
import { EXTENSION } from './workshop/format';
import { RecentFiles } from './service/recent';
import { newSessionId, opened, serial, type OpenSession } from './service/sessions';
import { SyncHub, type Deliver, type Listener } from './sync/hub';
import { FACILITATOR, type Actor } from '../shared/room/roles';
import type { Change, Edit, Push } from '../shared/sync/protocol';
import { roomHandlers, suspendRoom, type RoomOptions } from './service/rooms';

export interface ServiceOptions {
  /** Where working copies live (see defaultWorkDir()); the recent files list sits beside it. */
  workDir: string;
  host: HostInfo;
  /** Where `workshop.new` puts a workshop when the UI gives no path. */
  defaultDir: string;
  pickOpen?: () => Promise<string | null>;
  pickSave?: (suggestedName: string) => Promise<string | null>;
  /** Idle time after the last edit before the user's file is saved. */
  autosaveMs?: number;
  /** However busy the editing, the user's file is saved at least this long after the first unsaved edit. */
  autosaveMaxWaitMs?: number;
  log?: (line: string) => void;
  /** Lets the facilitator open a workshop to participants on the network (docs/room.md). */
  room?: RoomOptions;
}

export type Service = Api & {
  /** Saves every workshop with unsaved changes (on shutdown, and before a window closes). */
  flushAll(): Promise<void>;
  /** Saves and closes every open workshop. */
  closeAll(): Promise<void>;
  /**
   * Pushes every change of an open workshop to `deliver`, starting after `since` (a transport
   * calls this for each connected window or tab, naming its client id); returns the
   * unsubscribe. Throws a ServiceError when the session is not open.
   */
  subscribe(session: string, since: number, deliver: Deliver, listener?: Listener): () => void;
};

type Handlers = { [N in CallName]: (request: Request<N>) => Promise<Responses[N]> };

/**
 * The API contract implemented once, for every transport: validates each request with the
 * contract's schemas and answers with a Result, never a thrown error.
 */
export function createService(options: ServiceOptions): Service {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const autosaveMs = options.autosaveMs ?? 2000;
  const autosaveMaxWaitMs = options.autosaveMaxWaitMs ?? 5000;
  const recent = new RecentFiles(join(dirname(resolve(options.workDir)), 'recent.json'));
  const sessions = new Map<string, OpenSession>();
  const workDir = { workDir: options.workDir };

  const entryFor = (id: string): OpenSession => {
    const entry = sessions.get(id);
    if (!entry) throw new ServiceError('not-found', 'This workshop is no longer open; open it again.');
    return entry;
  };

  const byPath = (path: string): OpenSession | undefined =>
    [...sessions.values()].find((e) => resolve(e.workshop.status().path) === path);

  // The recent list is a convenience: failing to write it never fails opening or saving a workshop.
  const remember = (path: string, title: string): void => {
    try {
      recent.add(path, title);
    } catch (error) {
      log(`could not update the recent files list: ${messageOf(error)}`);
    }
  };

  const track = (workshop: WorkshopSession): OpenSession => {
    const entry: OpenSession = { id: newSessionId(), workshop, autosave: null, dirtySince: null, queue: Promise.resolve(), hub: new SyncHub(workshop), room: null };
    sessions.set(entry.id, entry);
    remember(resolve(workshop.status().path), workshop.doc.workshop.title);
    return entry;
  };

  const cancelAutosave = (entry: OpenSession): void => {
    if (entry.autosave) clearTimeout(entry.autosave);
    entry.autosave = null;
  };

  /** Every client hears of a save (the status bar says Saved only when the file has everything). */
  const saved = (entry: OpenSession, started: number): SaveStatus => {
    const status = entry.workshop.status();
    // Edits that came in while the file was written are unsaved since then, not since before.
    entry.dirtySince = status.dirty ? started : null;
    entry.hub.status(status);
    return status;
  };

  const saveNow = async (entry: OpenSession): Promise<SaveStatus> => {
    const started = Date.now();
    await entry.workshop.saveInBackground();
    return saved(entry, started);
  };

  // Saves run in the save worker, outside the session's queue: edits keep coming while the file is written.
  const saveIfDirty = async (entry: OpenSession): Promise<SaveStatus> => {
    cancelAutosave(entry);
    const status = entry.workshop.status();
    if (!status.dirty || status.readOnly) return status;
    return saveNow(entry);
  };

  // Saved after a pause in editing, or after autosaveMaxWaitMs at the latest while edits keep coming.
  const scheduleAutosave = (entry: OpenSession): void => {
    cancelAutosave(entry);
    const now = Date.now();
    entry.dirtySince ??= now;
    const wait = Math.max(0, Math.min(autosaveMs, entry.dirtySince + autosaveMaxWaitMs - now));
    entry.autosave = setTimeout(() => {
      entry.autosave = null;
      saveIfDirty(entry).catch((error: unknown) => {
        log(`autosave of ${entry.workshop.status().path} failed: ${messageOf(error)}`);
      });
    }, wait);
    entry.autosave.unref();
  };

  /** Every edit, the facilitator's or a participant's, is admitted here, one at a time per workshop. */
  const submitAs = (entry: OpenSession, actor: Actor, client: string, seq: number, edit: Edit): Promise<Change> => serial(entry, () => {
    const change = entry.hub.submit(client, seq, edit, actor);
    if (change.patches.length && !entry.workshop.status().readOnly) {
      // Every window learns that the file no longer has everything (its status stops saying Saved).
      if (entry.dirtySince === null) entry.hub.status(entry.workshop.status());
      scheduleAutosave(entry);
    }
    return change;
  });

  const handlers: Handlers = {
    'host.info': async () => ({ ...options.host, room: Boolean(options.room) }),
    'templates.list': async () => listTemplates(),
    'workshop.recent': async () => recent.list(),

    'workshop.new': async ({ template, title, path }) => {
      const doc = loadTemplate(template, title);
      if (!path) mkdirSync(options.defaultDir, { recursive: true });
      const target = path ? resolve(withExtension(path)) : uniqueWorkshopPath(resolve(options.defaultDir), doc.workshop.title);
      if (existsSync(target)) throw new ServiceError('io', `${target} already exists; choose another name.`);
      return opened(track(await WorkshopSession.create(target, doc, workDir)));
    },

    'workshop.open': async ({ path }) => {
      const target = resolve(path);
      // A reload or a second window gets the session that is already open, so edits not yet
      // saved to the file are never hidden behind a second, older copy.
      const existing = byPath(target);
      if (existing) return opened(existing);
      if (!existsSync(target)) throw new ServiceError('not-found', `File not found: ${target}`);
      return opened(track(await WorkshopSession.open(target, workDir)));
    },

    'workshop.pickOpen': async () => ({ path: options.pickOpen ? await options.pickOpen() : null }),
    'workshop.pickSave': async ({ suggestedName }) => ({ path: options.pickSave ? await options.pickSave(suggestedName) : null }),

    'workshop.submit': async ({ session, client, seq, edit }) => ({ change: await submitAs(entryFor(session), FACILITATOR, client, seq, edit) }),

    'workshop.presence': async ({ session, client, editing, presenting }) => {
      entryFor(session).hub.present(client, FACILITATOR, { editing, presenting });
      return null;
    },

    ...roomHandlers({ options: options.room, workDir: options.workDir, entryFor, submit: submitAs, log }),

    'workshop.mergeReview': async ({ session, path, choices }) => {
      const entry = entryFor(session);
      return serial(entry, () => entry.hub.merges.review(resolve(withExtension(path)), choices));
    },

    'workshop.save': async ({ session }) => {
      const entry = entryFor(session);
      cancelAutosave(entry);
      return saveNow(entry);
    },

    'workshop.saveAs': async ({ session, path }) => {
      const entry = entryFor(session);
      const target = resolve(withExtension(path));
      const other = byPath(target);
      if (other && other !== entry) throw new ServiceError('io', `${target} is open in another window; close it there first.`);
      return serial(entry, async () => {
        cancelAutosave(entry);
        await entry.workshop.settled();
        entry.workshop.saveAs(target);
        remember(target, entry.workshop.doc.workshop.title);
        return saved(entry, Date.now());
      });
    },

    'workshop.status': async ({ session }) => entryFor(session).workshop.status(),

    'workshop.close': async ({ session }) => {
      const entry = entryFor(session);
      return serial(entry, async () => {
        // Closing saves first; if that fails the session stays open so the user can Save As.
        await saveIfDirty(entry);
        await entry.workshop.settled();
        await suspendRoom(entry);
        entry.workshop.close();
        sessions.delete(entry.id);
        return { closed: true as const };
      });
    },

    'workshop.recover': async ({ session, choice }) => {
      const entry = entryFor(session);
      return serial(entry, async () => {
        if (choice === 'restore') {
          await entry.workshop.settled();
          entry.workshop.restoreRecovery();
          entry.hub.reset();
        } else await entry.workshop.discardRecovery();
        return opened(entry);
      });
    },

    'export.render': async ({ session, ...request }) => {
      const entry = entryFor(session);
      const doc = await serial(entry, () => entry.workshop.doc);
      return exportWorkshop(doc, request);
    },
  };

  const call = async <N extends CallName>(name: N, request: unknown): Promise<Result<Responses[N]>> => {
    const parsed = requests[name].safeParse(request);
    if (!parsed.success) return invalidRequest(name, parsed.error);
    try {
      const handler = handlers[name] as (r: Request<N>) => Promise<Responses[N]>;
      return { ok: true, value: await handler(parsed.data as Request<N>) };
    } catch (error) {
      return toFailure(error, log);
    }
  };

  const api = Object.fromEntries(
    (Object.keys(requests) as CallName[]).map((name) => [name, (request: unknown) => call(name, request)]),
  ) as Api;

  const flushAll = async (): Promise<void> => {
    const results = await Promise.allSettled([...sessions.values()].map((e) => saveIfDirty(e)));
    for (const r of results) if (r.status === 'rejected') log(`save failed: ${messageOf(r.reason)}`);
  };

  const closeAll = async (): Promise<void> => {
    await flushAll();
    for (const entry of [...sessions.values()]) {
      await suspendRoom(entry).catch((e: unknown) => log(`could not stop the room: ${messageOf(e)}`));
      await serial(entry, async () => {
        await entry.workshop.settled();
        entry.workshop.close();
      }).catch((e: unknown) => log(`close failed: ${messageOf(e)}`));
      sessions.delete(entry.id);
    }
  };

  const subscribe = (session: string, since: number, deliver: Deliver, listener?: Listener): (() => void) => {
    const entry = entryFor(session);
    const unsubscribe = entry.hub.subscribe(since, deliver, listener);
    // A facilitator's window hears whether the workshop is open to a room, and how to join it.
    const room: Push = { type: 'room', room: entry.room?.room.state() ?? null };
    deliver(room, JSON.stringify(room));
    return unsubscribe;
  };

  return { ...api, flushAll, closeAll, subscribe };
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function withExtension(path: string): string {
  return path.toLowerCase().endsWith(EXTENSION) ? path : `${path}${EXTENSION}`;
}
