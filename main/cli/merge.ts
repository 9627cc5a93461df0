import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { CliError } from './errors';
import { label, samePath, writeStdout } from './files';

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('merge two copies of one workshop into a new file (docs/merging.md); prints a JSON summary')
    .argument('<mine>', 'your copy: where both copies changed a field differently, its value is kept')
    .argument('<theirs>', 'the other copy')
    .requiredOption('--out <merged>', 'the workshop file to create (never overwrites one)')
    .action(async (mine: string, theirs: string, options: { out: string }) => {
      const out = options.out;
      if (samePath(out, mine) || samePath(out, theirs)) throw new CliError(`${label(out)} is one of the copies; merge never changes them, so give another --out`);
      if (existsSync(out)) throw new CliError(`${label(out)} already exists`);
      const { mergeFiles } = await import('../workshop/merge/copies');
      const summary = mergeFiles(mine, theirs, out);
      await writeStdout(`${JSON.stringify(summary, null, 2)}\n`);
    });
}
