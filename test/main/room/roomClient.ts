// A participant's device in plain Node: joins a room over HTTP the way the participant page does
// (name and code, then the token in its HttpOnly cookie), then edits and listens through the
// room's own API and push, never the facilitator's host. Tests and the room benchmark use it.
import { Agent, request } from 'node:http';
import WebSocket from 'ws';
import type { OpenedWorkshop, Result } from '../../../shared/api/contract';
import type { RoomState } from '../../../shared/room/state';
import type { Change, Edit } from '../../../shared/sync/protocol';
import { NetClient, transport as stats, type Transport } from '../sync/netClient';

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

export interface Reply<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | undefined>;
}

/** A room's address, e.g. from `Participants join at http://127.0.0.1:PORT/join/CODE`. */
export interface RoomAt {
  host: string;
  port: number;
  code: string;
}

export function roomAt(joinUrl: string): RoomAt {
  const url = new URL(joinUrl);
  return { host: url.hostname, port: Number(url.port), code: url.pathname.split('/').pop()! };
}

/** One HTTP request to the room, same-origin unless the test says otherwise. */
export function roomRequest<T = unknown>(room: RoomAt, options: { method?: string; path: string; body?: unknown; cookie?: string; headers?: Record<string, string>; raw?: string; from?: string }): Promise<Reply<T>> {
  const origin = `http://${room.host}:${room.port}`;
  const headers: Record<string, string> = { Host: `${room.host}:${room.port}`, Origin: origin, ...(options.body !== undefined || options.raw !== undefined ? { 'Content-Type': 'application/json' } : {}), ...(options.cookie ? { Cookie: options.cookie } : {}), ...options.headers };
  return new Promise((resolve, reject) => {
    const req = request({ host: room.host, port: room.port, localAddress: options.from, method: options.method ?? (options.body !== undefined || options.raw !== undefined ? 'POST' : 'GET'), path: options.path, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // Pages and plain refusals are text.
        }
        resolve({ status: res.statusCode ?? 0, body: body as T, headers: res.headers });
      });
    });
    req.on('error', reject);
    req.end(options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)));
  });
}

/** Joins with a name; returns the cookie that carries the new token. */
export async function join(room: RoomAt, name: string, code = room.code, from?: string): Promise<{ cookie: string; participantId: string; reply: Reply<Result<{ participantId: string }>> }> {
  const reply = await roomRequest<Result<{ participantId: string }>>(room, { path: '/room/join', body: { code, name }, from });
  const set = reply.headers['set-cookie']?.[0] ?? '';
  return { cookie: set.split(';')[0]!, participantId: reply.body.ok ? reply.body.value.participantId : '', reply };
}

export function roomTransport(room: RoomAt, cookie: string): Transport {
  return {
    submit: async (body) => {
      try {
        const reply = await roomRequest<Result<{ change: Change }>>(room, { path: '/room/api/workshop.submit', body, cookie });
        // Too fast (503): nothing was done; sent again, as the page does.
        if (reply.status === 503) return { ok: false, error: { code: 'offline', message: 'slow down' } };
        return reply.body;
      } catch (error) {
        stats.failures++;
        return { ok: false, error: { code: 'offline', message: (error as Error).message } };
      }
    },
    socket: () => new WebSocket(`ws://${room.host}:${room.port}/room/push`, { headers: { Host: `${room.host}:${room.port}`, Origin: `http://${room.host}:${room.port}`, Cookie: cookie }, perMessageDeflate: false }),
  };
}

export interface Participant {
  client: NetClient;
  cookie: string;
  participantId: string;
  opened: OpenedWorkshop;
  room: RoomState;
}

/** Joins and connects: a participant's page, open and live. */
export async function participant(room: RoomAt, name: string, clientId: string, onChange?: (change: Change, at: number) => void, from?: string): Promise<Participant> {
  const joined = await join(room, name, room.code, from);
  if (!joined.reply.body.ok) throw new Error(`${name} could not join: ${joined.reply.body.error.message}`);
  const state = await roomRequest<Result<{ opened: OpenedWorkshop; room: RoomState }>>(room, { path: '/room/api/room.state', body: {}, cookie: joined.cookie });
  if (!state.body.ok) throw new Error(state.body.error.message);
  const client = new NetClient({ port: room.port, token: '', transport: roomTransport(room, joined.cookie), opened: state.body.value.opened, name: clientId, onChange });
  await client.ready();
  return { client, cookie: joined.cookie, participantId: joined.participantId, opened: state.body.value.opened, room: state.body.value.room };
}

/** A raw edit as a crafted request would send it. */
export function submitRaw(room: RoomAt, cookie: string, body: { session: string; client: string; seq: number; edit: Edit }): Promise<Reply<Result<{ change: Change }>>> {
  return roomRequest(room, { path: '/room/api/workshop.submit', body, cookie });
}
