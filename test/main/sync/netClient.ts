// A client of the browser host in plain Node, built from the same SyncClient the page uses:
// edits over POST /api/workshop.submit, pushes over the real WebSocket. Tests and the room
// benchmark drive it like many tabs at once.
import { Agent, request } from 'node:http';
import WebSocket from 'ws';
import type { Command, History } from '../../../shared/commands';
import { createHistory, record, run, undo } from '../../../shared/commands';
import type { OpenedWorkshop, Result } from '../../../shared/api/contract';
import { SyncClient } from '../../../shared/sync/client';
import type { Change, Edit, Push } from '../../../shared/sync/protocol';

/** Documents compared by value: key order and -0 (which the file stores as 0) do not matter. */
export function canonical(doc: unknown): string {
  const sortKeys = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sortKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])])) : v;
  return JSON.stringify(sortKeys(doc));
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });
/** Requests that failed in transit (the client sends them again), for the benchmark's report. */
export const transport = { failures: 0, roundTrips: [] as number[], reasons: new Map<string, number>() };

export function post<T>(port: number, token: string, name: string, body: unknown): Promise<Result<T>> {
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path: `/api/${name}`, agent, headers: { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json', 'X-Frontstage-Token': token } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Result<T>);
          } catch {
            resolve({ ok: false, error: { code: 'offline', message: `HTTP ${res.statusCode}` } });
          }
        });
      },
    );
    req.on('error', (e) => {
      transport.failures++;
      transport.reasons.set(e.message, (transport.reasons.get(e.message) ?? 0) + 1);
      resolve({ ok: false, error: { code: 'offline', message: e.message } });
    });
    req.end(JSON.stringify(body));
  });
}

/** Opens a raw push socket with the given headers (for the security tests). */
export function rawSocket(port: number, headers: Record<string, string>, path = '/api/push'): WebSocket {
  return new WebSocket(`ws://127.0.0.1:${port}${path}`, { headers: { Host: `127.0.0.1:${port}`, ...headers }, perMessageDeflate: false });
}

/** How a client reaches its host: the loopback host's API and push, or a room's (test/main/room/roomClient.ts). */
export interface Transport {
  submit(body: { session: string; client: string; seq: number; edit: Edit }): Promise<Result<{ change: Change }>>;
  socket(): WebSocket;
}

export function loopback(port: number, token: string): Transport {
  return {
    submit: (body) => post<{ change: Change }>(port, token, 'workshop.submit', body),
    socket: () => rawSocket(port, { 'X-Frontstage-Token': token }),
  };
}

export interface NetClientOptions {
  port: number;
  token: string;
  /** Defaults to the loopback host at port and token. */
  transport?: Transport;
  opened: OpenedWorkshop;
  name: string;
  /** Called with every change this client takes in (for latency measurements). */
  onChange?: (change: Change, at: number) => void;
}

export class NetClient {
  readonly sync: SyncClient;
  readonly refusals: string[] = [];
  socket: WebSocket | null = null;
  private history: History = createHistory();
  private stopped = false;
  private down = false;
  /** Connections the host closed (or that failed) and that were opened again, as the page does. */
  reconnects = 0;
  private live!: Promise<void>;
  private readonly transport: Transport;
  /** The last room news and presence this client heard (room tests). */
  room: Extract<Push, { type: 'room' }>['room'] = null;
  presence: Extract<Push, { type: 'presence' }> | null = null;
  /** Why the host closed the push connection, when it did. */
  closed: { code: number; reason: string } | null = null;

  constructor(private readonly options: NetClientOptions) {
    const { port, token, opened } = options;
    const via = options.transport ?? loopback(port, token);
    this.transport = via;
    const submit = async (r: { client: string; seq: number; edit: Edit }) => {
      const started = performance.now();
      const result = await via.submit({ session: opened.session, ...r });
      transport.roundTrips.push(performance.now() - started);
      return result;
    };
    this.sync = new SyncClient(options.name, opened.doc, opened.seq, submit, {
      changed: () => {},
      refused: (edit, message) => this.refusals.push(`${edit.label}: ${message}`),
      status: () => {},
      lost: () => {
        throw new Error(`${options.name} diverged from the host`);
      },
    });
    this.connect();
  }

  /** Resolves when the push socket has said hello. */
  ready(): Promise<void> {
    return this.live;
  }

  /** Runs a command on this client's view and sends it, as dispatch does in the page. */
  dispatch<A>(command: Command<A>, args: A): boolean {
    let applied;
    try {
      applied = run(this.sync.view, command, args);
    } catch {
      return false;
    }
    if (!applied.patches.length) return false;
    const edit: Edit = { kind: 'command', command: command.id, args };
    this.history = record(this.history, applied, Date.now());
    this.sync.edit(edit, command.label, applied.doc, applied.patches);
    return true;
  }

  /** Undoes this client's latest own step, as the page's Undo does. */
  undo(): boolean {
    let step;
    try {
      step = undo(this.history, this.sync.view);
    } catch {
      return false;
    }
    if (!step) return false;
    this.history = step.history;
    this.sync.edit({ kind: 'revert', label: `undo “${step.label}”`, patches: step.patches }, `Undo ${step.label}`, step.doc, step.patches);
    return true;
  }

  /** Drops the push connection as a lost Wi-Fi would; it stays down until `restore`. */
  kill(): void {
    this.down = true;
    this.socket?.terminate();
  }

  restore(): Promise<void> {
    this.down = false;
    this.connect();
    return this.live;
  }

  close(): void {
    this.stopped = true;
    this.socket?.terminate();
    this.sync.stop();
  }

  private connect(): void {
    const { opened, name } = this.options;
    const ws = this.transport.socket();
    this.socket = ws;
    this.live = new Promise((resolve, reject) => {
      ws.once('open', () => {
        this.closed = null;
        ws.send(JSON.stringify({ type: 'hello', session: opened.session, client: name, since: this.sync.replica.seq }));
        resolve();
      });
      ws.once('error', reject);
    });
    // A reconnection nobody awaits must not end the process when it fails; the next one tries again.
    this.live.catch(() => {});
    // A refused or dropped socket ends in 'close'; its error needs no more than that.
    ws.on('error', () => {});
    ws.on('message', (data) => {
      const push = JSON.parse(data.toString()) as Push;
      if (push.type === 'room') this.room = push.room;
      if (push.type === 'presence') this.presence = push;
      if (push.type === 'changes' && this.options.onChange) {
        const at = performance.now();
        for (const change of push.changes) this.options.onChange(change, at);
      }
      this.sync.receive(push);
    });
    ws.on('close', (code, reason) => {
      if (code >= 4400) this.closed = { code, reason: reason.toString() };
      if (this.stopped || this.socket !== ws) return;
      this.socket = null;
      if (this.down) return;
      this.reconnects++;
      // The host said why and means it (removed, ended, refused): the page stops trying too.
      if (code === 4400 || code === 4403 || code === 4404 || code === 4410) return;
      setTimeout(() => !this.stopped && !this.down && this.connect(), 250);
    });
  }
}
