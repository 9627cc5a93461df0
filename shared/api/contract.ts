import { z } from 'zod';
import { clientIdSchema, editSchema, patchSchema, sessionIdSchema, type Change } from '../sync/protocol';
import type { WorkshopDoc } from '../model/types';
import type { MergeReview } from '../merge/review';
import { idSchema } from '../model/text';
import { presenceUpdateSchema } from '../room/presence';
import { roomRoleSchema } from '../room/roles';
import type { RoomState } from '../room/state';

/**
 * The one API between the UI and the app. Every transport (Electron IPC, the browser host,
 * direct calls in tests) carries exactly these calls, and main validates every request with
 * these schemas before acting on it.
 */

const sessionId = sessionIdSchema;
const filePath = z.string().min(1).max(4096);

export { patchSchema };

/** What `export` writes, for the app and the CLI alike. */
export const EXPORT_FORMATS = ['png', 'svg', 'pdf', 'csv', 'json'] as const;
export const PAGE_SIZES = ['a4', 'a3', 'a2', 'a1', 'letter', 'fit'] as const;
/** The workshop report is a document to read and print: office paper only. */
export const REPORT_PAGE_SIZES = ['a4', 'a3', 'letter'] as const;
/** PNG scale bounds: below, text is unreadable; above, even small blueprints pass the pixel limit. */
export const SCALE_RANGE = { min: 0.1, max: 8 } as const;
export const exportFormatSchema = z.enum(EXPORT_FORMATS);
/** What the app's Export dialog offers: the formats, and the workshop report (a PDF, `frontstage report`). */
export const APP_EXPORTS = [...EXPORT_FORMATS, 'report'] as const;
export const appExportSchema = z.enum(APP_EXPORTS);
export type AppExport = z.infer<typeof appExportSchema>;
export const pageSizeSchema = z.enum(PAGE_SIZES);
export type ExportFormat = z.infer<typeof exportFormatSchema>;
export type PageSize = z.infer<typeof pageSizeSchema>;
export type ReportPageSize = (typeof REPORT_PAGE_SIZES)[number];

export const requests = {
  'host.info': z.strictObject({}),
  'templates.list': z.strictObject({}),
  'workshop.recent': z.strictObject({}),
  /** Creates a workshop file from a template; `path` is chosen by the host when left out. */
  'workshop.new': z.strictObject({ template: z.string().max(64), title: z.string().max(500).optional(), path: filePath.optional() }),
  'workshop.open': z.strictObject({ path: filePath }),
  /** Asks the host for a file to open (Electron: a native dialog; browser: null). */
  'workshop.pickOpen': z.strictObject({}),
  'workshop.pickSave': z.strictObject({ suggestedName: z.string().max(255) }),
  /**
   * One edit of one client (a command, or an undo/redo as patches), numbered by that client;
   * the host runs it, commits it and pushes the change to every client (docs/sync.md).
   */
  'workshop.submit': z.strictObject({ session: sessionId, client: clientIdSchema, seq: z.number().int().min(1), edit: editSchema }),
  /**
   * Merges another copy of the open workshop (its file at `path`) with the conflicts decided as
   * `choices` say, for review; nothing changes until the review is applied (docs/merging.md).
   */
  'workshop.mergeReview': z.strictObject({
    session: sessionId,
    path: filePath,
    choices: z.array(z.strictObject({ key: z.string().min(1).max(300), side: z.enum(['mine', 'theirs']) })).max(100_000),
  }),
  'workshop.save': z.strictObject({ session: sessionId }),
  'workshop.saveAs': z.strictObject({ session: sessionId, path: filePath }),
  'workshop.status': z.strictObject({ session: sessionId }),
  'workshop.close': z.strictObject({ session: sessionId }),
  /** Keeps (restore) or throws away (discard) the unsaved work found after a crash. */
  'workshop.recover': z.strictObject({ session: sessionId, choice: z.enum(['restore', 'discard']) }),
  /** Which card this window is editing (a soft lock others see) and, presenting, what it shows (docs/room.md). */
  'workshop.presence': z.strictObject({ session: sessionId, client: clientIdSchema, ...presenceUpdateSchema.shape }),
  /**
   * Opens the workshop to participants on the room's network (docs/room.md): on `address`
   * (default: this machine's LAN address) and `port` (default: the room's last port, else a free one).
   */
  'room.open': z.strictObject({ session: sessionId, address: z.string().min(1).max(255).optional(), port: z.number().int().min(0).max(65535).optional() }),
  /** Ends the room: participants are told, their tokens stop working. */
  'room.close': z.strictObject({ session: sessionId }),
  /** Locks the board (participants look, change nothing) or unlocks it. */
  'room.lock': z.strictObject({ session: sessionId, locked: z.boolean() }),
  /** Takes someone out of the room: their tokens stop working and they cannot join again. */
  'room.remove': z.strictObject({ session: sessionId, participantId: idSchema }),
  /** Makes someone a viewer (looks only) or a participant again. */
  'room.role': z.strictObject({ session: sessionId, participantId: idSchema, role: roomRoleSchema }),
  'export.render': z.strictObject({
    session: sessionId,
    format: appExportSchema,
    blueprintId: z.string().max(64).optional(),
    scale: z.number().min(SCALE_RANGE.min).max(SCALE_RANGE.max).optional(),
    page: pageSizeSchema.optional(),
    /** A vote round whose result is drawn on the cards: 'latest' or its id. */
    dots: z.string().max(64).optional(),
  }),
} as const;

export type CallName = keyof typeof requests;
export type Request<N extends CallName> = z.infer<(typeof requests)[N]>;

export interface HostInfo {
  kind: 'electron' | 'browser';
  /** Whether the host shows native open/save dialogs. */
  nativeDialogs: boolean;
  version: string;
  /** A workshop the host was started with (e.g. `frontstage serve FILE`), opened on launch. */
  startupFile: string | null;
  /** Whether this host can open a workshop to participants on the network (`room.open`). */
  room?: boolean;
}

export interface TemplateInfo { id: string; name: string; description: string }
export interface RecentFile { path: string; title: string; openedAt: number }

export interface SaveStatus {
  path: string;
  /** Changes in the working copy not yet written to the user's file. */
  dirty: boolean;
  savedAt: number | null;
  readOnly: boolean;
  /** Set when someone else changed the file: where our version was written instead. */
  conflictCopy: string | null;
  /** With `conflictCopy`: the file someone else changed, which the app offers to merge. */
  conflictOf?: string | null;
  /** What the last save had to do that nobody asked for, in one sentence (the file had been deleted or moved). */
  note?: string | null;
}

export interface OpenedWorkshop {
  session: string;
  doc: WorkshopDoc;
  /** The number of the last change in `doc`; pushes continue from it. */
  seq: number;
  status: SaveStatus;
  /** Unsaved work from a session that did not close cleanly, waiting for `workshop.recover`. */
  recoveryAvailable: boolean;
  /** Why the file is read-only, e.g. made by a newer Frontstage. */
  notice: string | null;
}

export interface ExportResult { filename: string; mime: string; base64: string }

export interface Responses {
  'host.info': HostInfo;
  'templates.list': TemplateInfo[];
  'workshop.recent': RecentFile[];
  'workshop.new': OpenedWorkshop;
  'workshop.open': OpenedWorkshop;
  'workshop.pickOpen': { path: string | null };
  'workshop.pickSave': { path: string | null };
  'workshop.submit': { change: Change };
  'workshop.mergeReview': MergeReview;
  'workshop.save': SaveStatus;
  'workshop.saveAs': SaveStatus;
  'workshop.status': SaveStatus;
  'workshop.close': { closed: true };
  'workshop.recover': OpenedWorkshop;
  'workshop.presence': null;
  'room.open': RoomState;
  'room.close': { closed: true };
  'room.lock': RoomState;
  'room.remove': RoomState;
  'room.role': RoomState;
  'export.render': ExportResult;
}

export type ErrorCode =
  | 'bad-request' | 'not-found' | 'not-frontstage' | 'too-new' | 'damaged'
  | 'read-only' | 'conflict' | 'io' | 'internal'
  /** The edit is beyond what this person's role in the room allows (docs/room.md). */
  | 'forbidden'
  /** The transport could not reach the host (never sent by the host itself): try again later. */
  | 'offline';

export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** What every transport exposes to the UI. */
export type Api = { [N in CallName]: (request: Request<N>) => Promise<Result<Responses[N]>> };

export const CALL_NAMES = Object.keys(requests) as CallName[];
