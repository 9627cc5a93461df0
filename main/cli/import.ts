import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { parseInterchangeText } from '../../shared/interchange';
import { formatProblem, type WorkshopDoc } from '../../shared/model';
import { CliError } from './errors';
import { counted, label, readTextFile, samePath } from './files';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('create a workshop file from JSON interchange (docs/interchange.md)')
    .argument('<in.json>', 'the JSON file to read')
    .argument('<file>', 'the workshop file to create (never overwrites one)')
    .action(async (input: string, file: string) => {
      if (samePath(input, file)) throw new CliError(`${label(file)} would overwrite the JSON it is imported from`);
      // Said before reading a large input; writeWorkshopFile still refuses if it appears meanwhile.
      if (existsSync(file)) throw new CliError(`${label(file)} already exists`);
      const doc = importJson(input);
      const { writeWorkshopFile } = await import('../workshop');
      await writeWorkshopFile(file, doc);
      process.stdout.write(`imported ${label(input)} into ${label(file)}: ${summary(doc)}\n`);
    });
}

/** The document a JSON file describes, or a CliError naming its first problem and how many more. */
function importJson(input: string): WorkshopDoc {
  const result = parseInterchangeText(readTextFile(input));
  if ('doc' in result) return result.doc;
  const [first, ...rest] = result.problems;
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  const where = first!.path.length ? ': ' : ' ';
  throw new CliError(`${label(input)}${where}${formatProblem(first!)}${more}`);
}

const summary = (doc: WorkshopDoc) => `${counted(doc.blueprints, 'blueprint')}, ${counted(doc.cards, 'card')}`;
