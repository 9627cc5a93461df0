import type { Request, Responses } from '../../shared/api/contract';
import type { Actor } from '../../shared/room/roles';
import type { Change, Edit } from '../../shared/sync/protocol';
import { lanAddress } from '../room/address';
import { Room } from '../room/room';
import { Roster } from '../room/roster';
import { RoomServer } from '../room/server';
import { workingFiles } from '../workshop/workingCopy';
import { ServiceError } from './errors';
import type { OpenSession } from './sessions';

/** How a host serves participants: where the participant page's files are, and the default address. */
export interface RoomOptions {
  /** The built participant page (dist/room). */
  staticDir: string;
  /** Where participants reach this machine when `room.open` names no address (default: its LAN address). */
  address?: () => string;
}

/** The room of an open workshop, while it is open. */
export interface OpenRoom {
  room: Room;
  server: RoomServer;
}

type RoomCall = 'room.open' | 'room.close' | 'room.lock' | 'room.remove' | 'room.role';
type RoomHandlers = { [N in RoomCall]: (request: Request<N>) => Promise<Responses[N]> };

export interface RoomContext {
  options: RoomOptions | undefined;
  workDir: string;
  entryFor(session: string): OpenSession;
  /** Runs an edit as someone, through the session's queue, with autosave (service.ts). */
  submit(entry: OpenSession, actor: Actor, client: string, seq: number, edit: Edit): Promise<Change>;
  log(line: string): void;
}

/** The roster of a workshop's room lives beside its working copy, private like it. */
const rosterFile = (workDir: string, path: string) => workingFiles(workDir, path).db.replace(/\.sqlite$/, '.room.json');

/** The room calls of the contract (docs/room.md), for the facilitator's windows only. */
export function roomHandlers(ctx: RoomContext): RoomHandlers {
  const roomOf = (session: string): OpenRoom => {
    const open = ctx.entryFor(session).room;
    if (!open) throw new ServiceError('not-found', 'The room is not open; use Invite the room first.');
    return open;
  };
  return {
    'room.open': async ({ session, address, port }) => {
      const entry = ctx.entryFor(session);
      if (!ctx.options) throw new ServiceError('bad-request', 'This Frontstage cannot open a room: it does not have the participant page.');
      if (entry.room) return entry.room.room.state();
      const roster = Roster.load(rosterFile(ctx.workDir, entry.workshop.status().path));
      const room = new Room({
        session: entry.id,
        hub: entry.hub,
        doc: () => entry.workshop.doc,
        status: () => entry.workshop.status(),
        submit: (actor, client, seq, edit) => ctx.submit(entry, actor, client, seq, edit),
      }, roster);
      const server = new RoomServer(room, ctx.options.staticDir, ctx.log);
      const where = address ?? ctx.options.address?.() ?? lanAddress();
      await listen(server, where, port, roster.port);
      roster.port = server.port;
      roster.save();
      room.join = { url: `${server.origin}/join/${roster.code}`, code: roster.code, address: server.address, port: server.port };
      entry.room = { room, server };
      entry.hub.onPresence = () => room.announce();
      room.announce();
      return room.state();
    },
    'room.close': async ({ session }) => {
      const entry = ctx.entryFor(session);
      const open = roomOf(session);
      open.room.end();
      await stopRoom(entry);
      return { closed: true as const };
    },
    'room.lock': async ({ session, locked }) => {
      const { room } = roomOf(session);
      room.lock(locked);
      return room.state();
    },
    'room.remove': async ({ session, participantId }) => {
      const { room } = roomOf(session);
      room.remove(participantId);
      return room.state();
    },
    'room.role': async ({ session, participantId, role }) => {
      const { room } = roomOf(session);
      room.setRole(participantId, role);
      return room.state();
    },
  };
}

/**
 * Listens where asked. A port of its own choosing that is taken now (the room's port before a
 * restart) gives way to a free one; an address or port the facilitator named fails with a sentence.
 */
async function listen(server: RoomServer, address: string, asked: number | undefined, remembered: number): Promise<void> {
  try {
    await server.listen(address, asked ?? remembered);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (asked === undefined && remembered && code === 'EADDRINUSE') return server.listen(address, 0);
    const why = code === 'EADDRINUSE' ? 'that port is in use' : code === 'EADDRNOTAVAIL' || code === 'EINVAL' ? 'this machine has no such address' : (error as Error).message;
    throw new ServiceError('io', `Could not open the room on ${address}${asked ? ` port ${asked}` : ''}: ${why}.`);
  }
}

/**
 * Stops serving participants without ending the room (the workshop closes, the host shuts
 * down): the roster stays, so when the room opens again everyone's page reconnects.
 */
export async function suspendRoom(entry: OpenSession): Promise<void> {
  entry.room?.room.suspend();
  await stopRoom(entry);
}

async function stopRoom(entry: OpenSession): Promise<void> {
  const open = entry.room;
  if (!open) return;
  entry.room = null;
  entry.hub.onPresence = null;
  entry.hub.locked = false;
  entry.hub.tell({ type: 'room', room: null }, (l) => l.actor.role === 'facilitator');
  await open.server.close();
}
