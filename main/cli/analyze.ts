import type { Command } from 'commander';
import { analyze } from '../../shared/analysis';
import { analysisText } from './analysisText';
import { requireBlueprint } from './blueprint';
import { writeStdout } from './files';

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('print what to fix first, protect and differentiate, and who owns the experience (--json: the analyses as JSON)')
    .argument('<file>', 'the workshop file')
    .option('--blueprint <name-or-id>', 'which blueprint (default: the first)')
    .option('--json', 'print the analyses as JSON')
    .action(async (file: string, options: { blueprint?: string; json?: boolean }) => {
      const { readWorkshop } = await import('../workshop');
      const { doc } = await readWorkshop(file);
      const blueprint = requireBlueprint(doc, options.blueprint, file, 'analyze');
      const analysis = analyze(doc, blueprint.id);
      await writeStdout(options.json ? `${JSON.stringify(analysis, null, 2)}\n` : analysisText(doc, analysis));
    });
}
