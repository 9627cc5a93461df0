import { InvalidArgumentError, type Command } from 'commander';
import { workshopSchema, formatProblem, zodProblems } from '../../shared/model';
import { listTemplates, loadTemplate } from '../templates';
import { CliError } from './errors';
import { label } from './files';

export function registerNew(program: Command): void {
  program
    .command('new')
    .description('create a workshop file')
    .argument('<file>', 'the workshop file to create (never overwrites one)')
    .option('--template <name>', 'start from a template (see "frontstage templates")', templateName, 'blank')
    .option('--title <text>', 'the workshop title')
    .action(async (file: string, options: { template: string; title?: string }) => {
      if (options.title !== undefined) checkTitle(options.title);
      const doc = loadTemplate(options.template, options.title);
      const { writeWorkshopFile } = await import('../workshop');
      await writeWorkshopFile(file, doc);
      process.stdout.write(`created ${label(file)} from template "${options.template}"\n`);
    });
}

function templateName(value: string): string {
  const ids = listTemplates().map((t) => t.id);
  if (!ids.includes(value)) throw new InvalidArgumentError(`There is no such template; choose one of: ${ids.join(', ')}.`);
  return value;
}

function checkTitle(title: string): void {
  const parsed = workshopSchema.shape.title.safeParse(title);
  if (!parsed.success) throw new CliError(`--title ${formatProblem(zodProblems(parsed.error, [])[0]!)}`);
}
