import type { Command } from 'commander';

// Placeholder until the browser host lands (issue "The blueprint canvas").
export function registerServe(program: Command): void {
  program
    .command('serve [file]')
    .description('serve the app to a browser on 127.0.0.1')
    .option('--port <n>', 'port to listen on')
    .action(() => {
      process.stderr.write('error: serve is not yet available\n');
      process.exit(1);
    });
}
