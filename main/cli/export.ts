import { InvalidArgumentError, Option, type Command } from 'commander';
import { basename, dirname, extname, join } from 'node:path';
import { stringifyInterchange, toInterchange } from '../../shared/interchange';
import type { Blueprint, WorkshopDoc } from '../../shared/model';
import { EXPORT_FORMATS as FORMATS, PAGE_SIZES as PAGES, SCALE_RANGE, type PageSize } from '../../shared/api/contract';
import type { ImageFormat } from '../export';
import { pickBlueprint } from './blueprint';
import { CliError } from './errors';
import { label, samePath, writeFileAtomic, writeStdout } from './files';

interface ExportOptions {
  format: (typeof FORMATS)[number];
  blueprint?: string;
  out?: string;
  scale?: number;
  page?: PageSize;
  /** true for a bare --dots (the latest closed round). */
  dots?: string | true;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export a blueprint as a picture or table, or the whole workshop as JSON')
    .argument('<file>', 'the workshop file')
    .addOption(new Option('--format <format>', 'what to write').choices(FORMATS).makeOptionMandatory())
    .option('--blueprint <name-or-id>', 'which blueprint (default: the first)')
    .option('--out <path>', 'where to write ("-" for stdout; default: beside FILE, with the format as extension)')
    .option('--scale <n>', 'PNG pixels per point, 0.1 to 8', scaleValue)
    .addOption(new Option('--page <size>', 'page size of PDF').choices(PAGES))
    .option('--dots [round]', 'draw a vote round\'s result on the cards (the latest closed round, or one named by id or question); CSV: the round of the dots column')
    .action(async (file: string, options: ExportOptions) => {
      const out = options.out ?? join(dirname(file), `${basename(file, extname(file))}.${options.format}`);
      if (out !== '-' && samePath(out, file)) throw new CliError(`--out ${label(out)} would overwrite the workshop itself`);
      const { readWorkshop } = await import('../workshop');
      const { doc } = await readWorkshop(file);
      const blueprint = pickBlueprint(doc, options.blueprint, file);
      const bytes = options.format === 'json'
        ? stringifyInterchange(toInterchange(doc))
        : await render(doc, { ...options, format: options.format }, blueprint, file);
      if (out === '-') {
        await writeStdout(bytes);
        return;
      }
      writeFileAtomic(out, bytes);
      process.stdout.write(`wrote ${label(out)}\n`);
    });
}

/** Export modules pull in pdfkit and resvg, so they load only when a picture is asked for. */
async function render(doc: WorkshopDoc, options: ExportOptions & { format: ImageFormat }, blueprint: Blueprint | undefined, file: string): Promise<Uint8Array> {
  if (!blueprint) throw new CliError(`${label(file)} has no blueprint to export`);
  const { renderExport, ExportError } = await import('../export');
  try {
    const dots = options.dots === true ? 'latest' : options.dots;
    return await renderExport(doc, { format: options.format, blueprintId: blueprint.id, scale: options.scale, page: options.page, ...(dots === undefined ? {} : { dots }) });
  } catch (error) {
    if (error instanceof ExportError) throw new CliError(error.message);
    throw error;
  }
}

function scaleValue(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < SCALE_RANGE.min || n > SCALE_RANGE.max) throw new InvalidArgumentError(`Must be a number from ${SCALE_RANGE.min} to ${SCALE_RANGE.max}.`);
  return n;
}
