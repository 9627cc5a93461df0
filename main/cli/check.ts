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
        const [first, ...rest] = problems;
        const named = first!.includes(label(file)) ? first! : `${label(file)}: ${first}`;
        throw new CliError(rest.length ? `${named} (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : named);
      }
      const { doc } = await readWorkshop(file);
      process.stdout.write(`ok: ${label(file)}: ${counted(doc.blueprints, 'blueprint')}, ${counted(doc.cards, 'card')}, ${counted(doc.connectors, 'connector')}\n`);
    });
}
