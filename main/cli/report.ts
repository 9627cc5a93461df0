import { Option, type Command } from 'commander';
import { REPORT_PAGE_SIZES, type ReportPageSize } from '../../shared/api/contract';
import { requireBlueprint } from './blueprint';
import { CliError } from './errors';
import { label, samePath, writeFileAtomic, writeStdout } from './files';

interface ReportOptions { out: string; blueprint?: string; page: ReportPageSize }

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write the workshop report: one PDF with the blueprint and every analysis')
    .argument('<file>', 'the workshop file')
    .requiredOption('--out <path>', 'where to write the PDF ("-" for stdout)')
    .option('--blueprint <name-or-id>', 'which blueprint (default: the first)')
    .addOption(new Option('--page <size>', 'paper size').choices(REPORT_PAGE_SIZES).default('a4'))
    .action(async (file: string, options: ReportOptions) => {
      if (options.out !== '-' && samePath(options.out, file)) throw new CliError(`--out ${label(options.out)} would overwrite the workshop itself`);
      const { readWorkshop } = await import('../workshop');
      const { doc } = await readWorkshop(file);
      const blueprint = requireBlueprint(doc, options.blueprint, file, 'report on');
      // pdfkit loads only when a report is asked for.
      const { exportReport, ExportError } = await import('../export');
      let bytes: Uint8Array;
      try {
        bytes = await exportReport(doc, blueprint.id, options.page);
      } catch (error) {
        if (error instanceof ExportError) throw new CliError(error.message);
        throw error;
      }
      if (options.out === '-') return writeStdout(bytes);
      writeFileAtomic(options.out, bytes);
      process.stdout.write(`wrote ${label(options.out)}\n`);
    });
}
