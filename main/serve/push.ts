import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { FACILITATOR } from '../../shared/room/roles';
import { helloSchema, MAX_CLIENT_MESSAGE_BYTES, type Hello, type Push } from '../../shared/sync/protocol';
import type { Service } from '../service';
import { ServiceError } from '../service/errors';
import type { Deliver } from '../sync/hub';
import type { Gate } from './auth';

/** Where the page opens its push connection. */
export const PUSH_PATH = '/api/push';
/** A client that says nothing this long after connecting is dropped. */
const HELLO_TIMEOUT_MS = 5_000;
/** Pushes a client has not taken yet; past this it is too slow and must reconnect and resync. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;
const PING_MS = 20_000;
const CLOSE_GRACE_MS = 1_000;

/** Close codes the page reads (4000–4999 are the application's own). */
export const CLOSE = { refused: 4400, gone: 4404, tooSlow: 4408, removed: 4403 } as const;

export function reject(socket: Duplex, status: 403 | 404, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${reason}\n`);
}

/** Starts a client's pushes after its hello; returns how to stop them. Throws (a ServiceError) to refuse the hello. */
export type Subscribe = (hello: Hello, deliver: Deliver, close: (code: number, message: string) => void) => () => void;

/**
 * Push connections: the WebSocket handshake, one hello, then only the host talks. Shared by the
 * loopback host and the room (main/room/server.ts), which check who may connect before `accept`.
 */
export function pushEndpoint(log: (line: string) => void): { accept(req: IncomingMessage, socket: Duplex, head: Buffer, subscribe: Subscribe): void; close(): Promise<void> } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_CLIENT_MESSAGE_BYTES, perMessageDeflate: false, clientTracking: true });
  const ping = setInterval(() => {
    for (const ws of wss.clients) {
      const live = ws as WebSocket & { alive?: boolean };
      if (live.alive === false) ws.terminate();
      else {
        live.alive = false;
        ws.ping();
      }
    }
  }, PING_MS);
  ping.unref();
  return {
    accept: (req, socket, head, subscribe) => wss.handleUpgrade(req, socket, head, (ws) => attach(ws, subscribe, log)),
    // Connections end with a close frame (after any last word, such as "the room has ended"), within a second.
    close: () => new Promise<void>((resolve) => {
      clearInterval(ping);
      const open = [...wss.clients];
      const timer = setTimeout(() => open.forEach((ws) => ws.terminate()), CLOSE_GRACE_MS);
      let left = open.length;
      const closed = () => {
        if (--left > 0) return;
        clearTimeout(timer);
        wss.close();
        resolve();
      };
      if (!open.length) return closed();
      for (const ws of open) {
        ws.once('close', closed);
        if (ws.readyState === ws.OPEN) ws.close(1001, 'The host is stopping.');
      }
    }),
  };
}

/**
 * Pushes of every open workshop over WebSocket, on the browser host's own origin and behind
 * the same token as the API: Host, cookie or header token, and Origin are checked exactly as
 * for a POST. A client sends one hello (`{type, session, client, since}`); after that the host
 * only talks. Edits themselves go through the API (`workshop.submit`).
 */
export function servePush(server: Server, gate: Gate, service: Service, log: (line: string) => void): { close(): Promise<void> } {
  const endpoint = pushEndpoint(log);
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    if (!gate.hostAllowed(req.headers.host)) return reject(socket, 403, 'Forbidden: unexpected Host header');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname !== PUSH_PATH) return reject(socket, 404, 'Not found');
    const credential = gate.credential(req, url);
    // A token in the address is only for the first page load; a socket shows the cookie or the header.
    if (!credential || credential === 'query') return reject(socket, 403, 'Forbidden: no token');
    if (!gate.originAllowed(req, credential)) return reject(socket, 403, 'Forbidden: connection from another origin');
    endpoint.accept(req, socket, head, (hello, deliver) => service.subscribe(hello.session, hello.since, deliver, { client: hello.client, actor: FACILITATOR }));
  });
  return endpoint;
}

function attach(ws: WebSocket, subscribe: Subscribe, log: (line: string) => void): void {
  let unsubscribe: (() => void) | null = null;
  const refuse = (code: number, message: string) => {
    const push: Push = { type: 'refused', message };
    // Frames go out in order: the last word, then the close.
    ws.send(JSON.stringify(push));
    // A close reason is at most 123 bytes; the message itself went in full above.
    ws.close(code, Buffer.from(message).subarray(0, 118).toString());
  };
  const timer = setTimeout(() => refuse(CLOSE.refused, 'No hello arrived in time.'), HELLO_TIMEOUT_MS);
  ws.on('pong', () => ((ws as WebSocket & { alive?: boolean }).alive = true));
  ws.on('error', (error) => log(`push connection failed: ${error.message}`));
  ws.on('close', () => {
    clearTimeout(timer);
    unsubscribe?.();
  });
  ws.on('message', (data: RawData, isBinary: boolean) => {
    if (unsubscribe) return refuse(CLOSE.refused, 'Only one hello is expected on a push connection.');
    clearTimeout(timer);
    let message: unknown;
    try {
      message = isBinary ? null : JSON.parse(data.toString());
    } catch {
      message = null;
    }
    const hello = helloSchema.safeParse(message);
    if (!hello.success) return refuse(CLOSE.refused, 'The first message must be a hello: {type: "hello", session, client, since}.');
    try {
      unsubscribe = subscribe(hello.data, (_push, text) => {
        if (ws.bufferedAmount > MAX_BUFFERED_BYTES) return ws.close(CLOSE.tooSlow, 'Too far behind; reconnect to catch up.');
        ws.send(text);
      }, refuse);
    } catch (error) {
      refuse(error instanceof ServiceError && error.code === 'forbidden' ? CLOSE.refused : CLOSE.gone, error instanceof Error ? error.message : String(error));
    }
  });
}
