import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { z } from 'zod';
import { requests } from '../../shared/api/contract';
import type { Id } from '../../shared/model/types';
import { presenceUpdateSchema } from '../../shared/room/presence';
import { clientIdSchema, sessionIdSchema } from '../../shared/sync/protocol';
import { cookieValue, single } from '../serve/auth';
import { secureHeaders, sendJson, sendText } from '../serve/headers';
import { pushEndpoint, reject } from '../serve/push';
import { serveStatic } from '../serve/static';
import { ServiceError } from '../service/errors';
import { normalizeCode } from './code';
import { answer, HttpRefusal, readJson, refusal } from './http';
import { Bucket, ROOM_LIMITS, WindowCounter } from './limits';
import type { Room } from './room';
import type { Member } from './roster';

export const ROOM_PUSH_PATH = '/room/push';
const joinSchema = z.strictObject({ code: z.string().max(32), name: z.string().max(400) });
const welcomeSchema = z.strictObject({ code: z.string().max(32) });
const presenceSchema = z.strictObject({ session: sessionIdSchema, client: clientIdSchema, ...presenceUpdateSchema.shape });

/**
 * The room's own HTTP server, on the address participants reach (docs/room.md): the
 * participant page, joining with the code, and for those who joined (their token in an
 * HttpOnly cookie) the workshop, their edits and its pushes. Nothing of the facilitator's host
 * (its API, its token, other workshops, files) is reachable here.
 */
export class RoomServer {
  private readonly server: Server = createServer();
  private readonly push;
  private readonly wrongCodes = new WindowCounter(ROOM_LIMITS.wrongCodeWindowMs);
  private readonly joins = new WindowCounter(60_000);
  private readonly buckets = new Map<Id, Bucket>();
  address = '';
  port = 0;

  constructor(private readonly room: Room, private readonly staticDir: string, private readonly log: (line: string) => void) {
    this.push = pushEndpoint(log);
    this.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      this.handle(req, res).catch((error: unknown) => {
        if (error instanceof HttpRefusal) return answer(res, error);
        if (error instanceof ServiceError) return sendJson(res, error.code === 'forbidden' ? 403 : 200, { ok: false, error: { code: error.code, message: error.message } });
        log(`room request failed: ${error instanceof Error ? error.message : String(error)}`);
        if (!res.headersSent) sendText(res, 500, 'Internal error');
        else res.destroy();
      });
    });
    this.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => this.upgrade(req, socket, head));
  }

  async listen(address: string, port: number): Promise<void> {
    await new Promise<void>((done, fail) => {
      this.server.once('error', fail);
      this.server.listen(port, address, () => done());
    });
    this.address = address;
    this.port = (this.server.address() as AddressInfo).port;
  }

  get origin(): string {
    return `http://${this.hostName}`;
  }

  get cookieName(): string {
    return `frontstage-room-${this.port}`;
  }

  async close(): Promise<void> {
    await this.push.close();
    const closed = new Promise<void>((done) => this.server.close(() => done()));
    this.server.closeAllConnections();
    await closed;
  }

  private get hostName(): string {
    return `${this.address.includes(':') ? `[${this.address}]` : this.address}:${this.port}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    secureHeaders(res);
    // DNS rebinding: a page of another site resolving to this address sends its own name.
    if (req.headers.host !== this.hostName) return sendText(res, 403, 'Forbidden: unexpected Host header');
    const url = new URL(`http://${this.hostName}${req.url?.startsWith('/') ? req.url : '/'}`);
    const path = url.pathname;
    if (req.method === 'GET' || req.method === 'HEAD') return this.get(req, res, path);
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'GET, HEAD, POST');
      return sendText(res, 405, 'Method not allowed');
    }
    if (single(req.headers.origin) !== this.origin) return sendText(res, 403, 'Forbidden: request from another origin');
    const body = await readJson(req, ROOM_LIMITS.bodyBytes);
    if (path === '/room/welcome') return sendJson(res, 200, { ok: true, value: this.welcome(this.checkCode(req, parse(welcomeSchema, body).code)) });
    if (path === '/room/join') return this.join(req, res, parse(joinSchema, body));
    const member = this.member(req);
    if (path === '/room/api/room.state') return sendJson(res, 200, { ok: true, value: { opened: this.room.opened(member), room: this.room.state(member) } });
    if (path === '/room/api/workshop.submit') {
      this.throttle(member);
      const { client, seq, edit } = parse(requests['workshop.submit'], body);
      try {
        const change = await this.room.host.submit(this.room.actorOf(member), client, seq, edit);
        this.room.handled(client, member, seq);
        return sendJson(res, 200, { ok: true, value: { change } });
      } catch (error) {
        // A refusal is final, like a commit; a failure to write may be sent again.
        if (error instanceof ServiceError) this.room.handled(client, member, seq);
        throw error;
      }
    }
    if (path === '/room/api/workshop.presence') {
      this.throttle(member);
      const { client, editing } = parse(presenceSchema, body);
      this.room.host.hub.present(client, this.room.actorOf(member), { editing });
      return sendJson(res, 200, { ok: true, value: null });
    }
    throw refusal(404, 'not-found', 'There is no such request in the room.');
  }

  private get(req: IncomingMessage, res: ServerResponse, path: string): void {
    const head = req.method === 'HEAD';
    if (path === '/') return serveStatic(res, this.staticDir, '/room.html', head);
    const join = /^\/join\/([^/]{1,32})$/.exec(path);
    if (join) {
      try {
        this.checkCode(req, decodeURIComponent(join[1]!));
      } catch (error) {
        if (!(error instanceof HttpRefusal)) throw error;
        return sendText(res, error.status, error.result.ok ? '' : error.result.error.message);
      }
      return serveStatic(res, this.staticDir, '/room.html', head);
    }
    if (path.startsWith('/room/') && path !== '/room/room.html') return serveStatic(res, this.staticDir, path.slice('/room'.length), head);
    sendText(res, 404, 'Not found');
  }

  /** The join code, checked; wrong codes are counted per address and in all, and too many stop every attempt for a while. */
  private checkCode(req: IncomingMessage, typed: string): string {
    const from = req.socket.remoteAddress ?? '';
    const blocked = this.wrongCodes.count(from) >= ROOM_LIMITS.wrongCodes
      || (this.wrongCodes.total() >= ROOM_LIMITS.wrongCodesAll && this.wrongCodes.count(from) > 0);
    if (blocked) throw refusal(429, 'forbidden', 'Too many wrong join codes from this device; wait a minute, then check the code on the facilitator\'s screen.', 60);
    if (!this.room.open) throw refusal(410, 'not-found', 'This room has ended.');
    if (normalizeCode(typed) !== this.room.code) {
      this.wrongCodes.add(from);
      throw refusal(404, 'not-found', 'That join code is not right; check it on the facilitator\'s screen.');
    }
    return this.room.code;
  }

  private welcome(code: string): { code: string; title: string; names: string[] } {
    const doc = this.room.host.doc();
    const names = Object.values(doc.participants)
      .filter((p) => p.name.trim() && !this.room.roster.removed.has(p.id))
      .sort((a, b) => a.position - b.position)
      .map((p) => p.name);
    return { code, title: doc.workshop.title, names };
  }

  private async join(req: IncomingMessage, res: ServerResponse, body: { code: string; name: string }): Promise<void> {
    this.checkCode(req, body.code);
    const from = req.socket.remoteAddress ?? '';
    if (this.joins.count(from) >= ROOM_LIMITS.joinsPerMinute) throw refusal(429, 'forbidden', 'Too many joins from this device; wait a minute and try again.', 60);
    this.joins.add(from);
    const { member, token } = await this.room.admit(body.name);
    res.setHeader('Set-Cookie', `${this.cookieName}=${token}; Path=/; HttpOnly; SameSite=Strict`);
    sendJson(res, 200, { ok: true, value: { participantId: member.participantId, role: member.role } });
  }

  /** Who holds the token this request carries; a missing, wrong or revoked one is refused. */
  private member(req: IncomingMessage): Member {
    const member = this.room.open ? this.room.roster.holder(cookieValue(req.headers.cookie, this.cookieName)) : null;
    if (!member) throw refusal(403, 'forbidden', this.room.open ? 'You are not in this room (any more): join again with the code on the facilitator\'s screen.' : 'This room has ended.');
    return member;
  }

  /** Edits and presence updates per person: beyond the rate, the page is asked to slow down and send again. */
  private throttle(member: Member): void {
    let bucket = this.buckets.get(member.participantId);
    if (!bucket) this.buckets.set(member.participantId, (bucket = new Bucket(ROOM_LIMITS.editsPerSecond, ROOM_LIMITS.editBurst)));
    if (!bucket.take()) throw refusal(503, 'offline', 'You are sending changes faster than the room takes them; they go through in a moment.', 1);
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy());
    if (req.headers.host !== this.hostName) return reject(socket, 403, 'Forbidden: unexpected Host header');
    if (!req.url?.startsWith(ROOM_PUSH_PATH) || new URL(req.url, this.origin).pathname !== ROOM_PUSH_PATH) return reject(socket, 404, 'Not found');
    if (single(req.headers.origin) !== this.origin) return reject(socket, 403, 'Forbidden: connection from another origin');
    let member: Member;
    try {
      member = this.member(req);
    } catch {
      return reject(socket, 403, 'Forbidden: not in this room');
    }
    this.push.accept(req, socket, head, (hello, deliver, close) => {
      // A page from before a restart of the host names a workshop session that no longer exists: it starts over from the whole document.
      const since = hello.session === this.room.host.session ? hello.since : Number.MAX_SAFE_INTEGER;
      return this.room.subscribe(member, hello.client, since, deliver, close);
    });
  }
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw refusal(400, 'bad-request', `That request is not one the room takes${issue ? ` (${issue.path.join('.') || 'body'}: ${issue.message})` : ''}.`);
}
