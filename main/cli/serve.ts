import { InvalidArgumentError, type Command } from 'commander';
import { CliError } from './errors';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { version } from '../../package.json';
import { defaultWorkDir } from '../workshop';
import type { Service } from '../service';

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('must be a whole number from 0 to 65535 (0 picks a free port)');
  return port;
}

/** runCli prints it as one `error:` line and exits 1. */
function fail(message: string): never {
  throw new CliError(message);
}

interface ServeFlags {
  port?: number;
  room?: boolean;
  roomAddress?: string;
  roomPort?: number;
}

export function registerServe(program: Command): void {
  program
    .command('serve [file]')
    .description('serve the app to a browser on 127.0.0.1 (every request needs the printed token); --room also opens FILE to participants on the network')
    .option('--port <n>', 'port to listen on (0 or absent: a free port)', parsePort)
    .option('--room', 'also open the workshop to participants on the network (see docs/room.md)')
    .option('--room-address <addr>', "address participants reach the room at (default: this machine's LAN address)")
    .option('--room-port <n>', "the room's port (default: the room's last one, else a free port)", parsePort)
    .action(async (file: string | undefined, opts: ServeFlags, command: Command) => {
      // Wrong usage: one `error:` line and exit 2, like commander's own.
      const usage = (message: string) => command.error(`error: ${message}`, { exitCode: 2, code: 'frontstage.usage' });
      if ((opts.roomAddress !== undefined || opts.roomPort !== undefined) && !opts.room) usage('--room-address and --room-port need --room');
      // The bundle lives in dist/, next to the built UI in dist/renderer.
      const staticDir = join(__dirname, 'renderer');
      if (!existsSync(join(staticDir, 'index.html'))) fail(`the app is not built (${staticDir} is missing); run "npm run build"`);
      const path = file ? resolve(file) : null;
      if (opts.room && !path) usage('--room needs the workshop to open to participants: frontstage serve FILE --room');
      if (path && !existsSync(path)) fail(`${path}: file not found (create one with "frontstage new ${file}")`);
      if (path && !statSync(path).isFile()) fail(`${path}: not a file`);

      let host;
      try {
        // Loaded here so that other commands do not pay for the host and export modules at start.
        const { startHost } = await import('../serve');
        host = await startHost({ staticDir, roomDir: join(__dirname, 'room'), workDir: defaultWorkDir(), version, file: path, port: opts.port ?? 0 });
      } catch (error) {
        const code = (error as { code?: string }).code;
        fail(code === 'EADDRINUSE' ? `port ${opts.port} is already in use; choose another with --port or leave it out` : `cannot start the server: ${(error as Error).message}`);
      }
      let joinUrl: string | null = null;
      if (opts.room && path) {
        try {
          joinUrl = await openRoom(host.service, path, opts);
        } catch (error) {
          await host.close();
          throw error;
        }
      }
      process.stdout.write(`Frontstage running at ${host.url}\n`);
      if (joinUrl) process.stdout.write(`Participants join at ${joinUrl}\n`);

      let stopping = false;
      const shutdown = (): void => {
        if (stopping) return;
        stopping = true;
        host.close().then(
          () => process.exit(0),
          (error: unknown) => {
            process.stderr.write(`error: while closing: ${(error as Error).message}\n`);
            process.exit(0);
          },
        );
      };
      process.on('SIGINT', shutdown);
      process.on('SIGTERM', shutdown);
    });
}

/** Opens the workshop in the host, then opens it to the room; returns the join address. */
async function openRoom(service: Service, path: string, opts: ServeFlags): Promise<string> {
  const opened = await service['workshop.open']({ path });
  if (!opened.ok) fail(`${path}: ${opened.error.message}`);
  const room = await service['room.open']({ session: opened.value.session, address: opts.roomAddress, port: opts.roomPort });
  if (!room.ok) fail(room.error.message);
  return room.value.join!.url;
}
