import type { Command } from 'commander';
import { CliError } from './errors';
import { counted, label } from './files';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('check a workshop file for damage and inconsistencies; prints every problem')
    .argument('<file>', 'the workshop file')
    .action(async (file: string) => {
      const { checkWorkshopFile, readWorkshop } = await import('../workshop');
      const problems = await checkWorkshopFile(file);
      if (problems.length) {
        for (const problem of problems) process.stdout.write(`${problem}\n`);
        const n = problems.length;
        throw new CliError(`${label(file)} has ${n} problem${n > 1 ? 's' : ''}, the first: ${problems[0]}`);
      }
      const { doc } = await readWorkshop(file);
      process.stdout.write(`ok: ${label(file)}: ${counted(doc.blueprints, 'blueprint')}, ${counted(doc.cards, 'card')}, ${counted(doc.connectors, 'connector')}\n`);
    });
}
