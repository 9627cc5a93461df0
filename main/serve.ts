import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { createService, type Service } from './service';
import { apiLimits, serveApi, type ApiLimits } from './serve/api';
import { Gate } from './serve/auth';
import { secureHeaders, sendJson, sendText } from './serve/headers';
import { serveStatic } from './serve/static';
import { servePush } from './serve/push';

export interface ServeOptions {
  /** The built UI (dist/renderer). */
  staticDir: string;
  workDir: string;
  version: string;
  /** A workshop to open when the page loads; new workshops go beside it. */
  file?: string | null;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The built participant page (dist/room): with it the host can open a workshop to a room (docs/room.md). */
  roomDir?: string;
  log?: (line: string) => void;
}

export interface RunningHost {
  /** The address to open, with the token: `http://127.0.0.1:PORT/?token=TOKEN`. */
  url: string;
  port: number;
  token: string;
  service: Service;
  /** Stops accepting requests, saves every open workshop and closes it. */
  close(): Promise<void>;
}

/** The browser host: the built UI and the API contract over HTTP on 127.0.0.1 only. */
export async function startHost(options: ServeOptions): Promise<RunningHost> {
  const file = options.file ? resolve(options.file) : null;
  const service = createService({
    workDir: options.workDir,
    defaultDir: file ? dirname(file) : process.cwd(),
    host: { kind: 'browser', nativeDialogs: false, version: options.version, startupFile: file },
    log: options.log,
    room: options.roomDir ? { staticDir: options.roomDir } : undefined,
  });
  const server = createServer();
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const gate = new Gate(port);
  const limits = apiLimits();
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const push = servePush(server, gate, service, log);

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res, gate, service, options.staticDir, limits).catch((error: unknown) => {
      log(`request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) sendText(res, 500, 'Internal error');
      else res.destroy();
    });
  });

  return {
    url: `http://127.0.0.1:${port}/?token=${gate.token}`,
    port,
    token: gate.token,
    service,
    close: async () => {
      await push.close();
      return stop(server, service);
    },
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, gate: Gate, service: Service, staticDir: string, limits: ApiLimits): Promise<void> {
  secureHeaders(res);
  if (!gate.hostAllowed(req.headers.host)) return sendText(res, 403, 'Forbidden: unexpected Host header');
  // Joined, not resolved: a path like "//x" would otherwise be read as another host.
  let url: URL;
  try {
    url = new URL(`http://${req.headers.host}${req.url?.startsWith('/') ? req.url : `/${req.url ?? ''}`}`);
  } catch {
    return sendText(res, 400, 'Bad request');
  }
  const credential = gate.credential(req, url);
  if (!credential) return sendText(res, 403, 'Forbidden: open the address that "frontstage serve" printed, including its token');

  if (url.pathname.startsWith('/api/')) {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendJson(res, 405, { ok: false, error: { code: 'bad-request', message: 'API calls are POST requests' } });
    }
    if (!gate.originAllowed(req, credential)) return sendText(res, 403, 'Forbidden: request from another origin');
    return serveApi(req, res, service, url.pathname.slice('/api/'.length), limits);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendText(res, 405, 'Method not allowed');
  }
  if (credential === 'query') res.setHeader('Set-Cookie', gate.cookie());
  serveStatic(res, staticDir, url.pathname, req.method === 'HEAD');
}

async function stop(server: Server, service: Service): Promise<void> {
  const closed = new Promise<void>((done) => server.close(() => done()));
  server.closeAllConnections();
  await service.closeAll();
  await closed;
}
