import { PAGE_SIZES, SCALE_RANGE } from '../../shared/api/contract';
import type { WorkshopDoc } from '../../shared/model/types';
import { findRound, roundsOf } from '../../shared/facilitation/votes';
import { exportCsv } from './csv';
import { ExportError } from './errors';
import { exportPdf } from './pdf';
import { exportPng } from './png';
import { exportSvg } from './svg';
import type { ExportOptions, ImageFormat } from './types';

export { ExportError } from './errors';
export type { ExportOptions, ImageFormat, PageSize } from './types';
export { CSV_COLUMNS } from './csv';
export { MAX_PIXELS, MAX_SIDE } from './png';
export { exportReport, REPORT_PAGES } from './report';

const FORMATS: readonly ImageFormat[] = ['png', 'svg', 'pdf', 'csv'];

/**
 * The bytes of one export of one blueprint. Every format comes from the same layout, and the
 * same input always gives the same bytes. Throws ExportError, with a message for the user,
 * for an export that cannot be made as asked.
 */
export async function renderExport(doc: WorkshopDoc, options: ExportOptions): Promise<Uint8Array> {
  const { format, blueprintId } = options;
  if (!FORMATS.includes(format)) throw new ExportError(`unknown export format "${String(format)}"; use one of ${FORMATS.join(', ')}`);
  if (!Object.hasOwn(doc.blueprints, blueprintId)) throw new ExportError(`there is no blueprint with id "${blueprintId}" in this workshop`);
  const round = options.dots === undefined ? undefined : pickRound(doc, blueprintId, options.dots);
  const sheet = round ? { dots: round } : {};
  switch (format) {
    case 'svg':
      return exportSvg(doc, blueprintId, sheet);
    case 'csv':
      return exportCsv(doc, blueprintId, round);
    case 'pdf': {
      const page = options.page ?? 'fit';
      if (!PAGE_SIZES.includes(page)) throw new ExportError(`unknown page size "${String(page)}"; use one of ${PAGE_SIZES.join(', ')}`);
      return exportPdf(doc, blueprintId, page, sheet);
    }
    case 'png': {
      const scale = options.scale ?? 1;
      if (!Number.isFinite(scale) || scale < SCALE_RANGE.min || scale > SCALE_RANGE.max) throw new ExportError(`scale ${scale} is out of range; use a number from ${SCALE_RANGE.min} to ${SCALE_RANGE.max}`);
      return exportPng(doc, blueprintId, scale, sheet);
    }
  }
}

/** The round `--dots` names, or a message that lists the blueprint's rounds. */
function pickRound(doc: WorkshopDoc, blueprintId: string, wanted: string): string {
  const round = findRound(doc, blueprintId, wanted);
  if (round) return round.id;
  const rounds = roundsOf(doc, blueprintId).map((r) => `"${r.question || r.name}" (${r.id})`).join(', ');
  if (wanted === 'latest') throw new ExportError(`the blueprint has no closed vote round to draw dots from${rounds ? `; its rounds: ${rounds}` : ''}`);
  throw new ExportError(`the blueprint has no vote round "${wanted}"; its rounds: ${rounds || 'none'}`);
}
