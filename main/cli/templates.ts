import type { Command } from 'commander';
import { listTemplates } from '../templates';

export function registerTemplates(program: Command): void {
  program
    .command('templates')
    .description('list the templates "new --template" accepts')
    .option('--json', 'print them as JSON')
    .action((options: { json?: boolean }) => {
      const templates = listTemplates();
      if (options.json) {
        process.stdout.write(`${JSON.stringify(templates, null, 2)}\n`);
        return;
      }
      const width = Math.max(...templates.map((t) => t.id.length));
      for (const t of templates) process.stdout.write(`${t.id.padEnd(width)}  ${t.name} — ${t.description}\n`);
    });
}
