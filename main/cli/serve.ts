import { InvalidArgumentError, type Command } from 'commander';
import { CliError } from './errors';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { version } from '../../package.json';
import { defaultWorkDir } from '../workshop';

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('must be a whole number from 0 to 65535 (0 picks a free port)');
  return port;
}

/** runCli prints it as one `error:` line and exits 1. */
function fail(message: string): never {
  throw new CliError(message);
}

export function registerServe(program: Command): void {
  program
    .command('serve [file]')
    .description('serve the app to a browser on 127.0.0.1 (every request needs the printed token)')
    .option('--port <n>', 'port to listen on (0 or absent: a free port)', parsePort)
    .action(async (file: string | undefined, opts: { port?: number }) => {
      // The bundle lives in dist/, next to the built UI in dist/renderer.
      const staticDir = join(__dirname, 'renderer');
      if (!existsSync(join(staticDir, 'index.html'))) fail(`the app is not built (${staticDir} is missing); run "npm run build"`);
      const path = file ? resolve(file) : null;
      if (path && !existsSync(path)) fail(`${path}: file not found (create one with "frontstage new ${file}")`);
      if (path && !statSync(path).isFile()) fail(`${path}: not a file`);

      let host;
      try {
        // Loaded here so that other commands do not pay for the host and export modules at start.
        const { startHost } = await import('../serve');
        host = await startHost({ staticDir, workDir: defaultWorkDir(), version, file: path, port: opts.port ?? 0 });
      } catch (error) {
        const code = (error as { code?: string }).code;
        fail(code === 'EADDRINUSE' ? `port ${opts.port} is already in use; choose another with --port or leave it out` : `cannot start the server: ${(error as Error).message}`);
      }
      process.stdout.write(`Frontstage running at ${host.url}\n`);

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
