import { REPORT_PAGE_SIZES, type ExportResult, type ReportPageSize, type Request } from '../../shared/api/contract';
import { blueprintsOf, recordIn } from '../../shared/model/queries';
import type { WorkshopDoc } from '../../shared/model/types';
import { stringifyInterchange, toInterchange } from '../../shared/interchange';
import { exportReport, renderExport } from '../export';
import { ServiceError } from './errors';
import { slugify } from './files';

const MIME = {
  png: 'image/png',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  csv: 'text/csv',
  json: 'application/json',
  report: 'application/pdf',
} as const;

type ExportRequest = Omit<Request<'export.render'>, 'session'>;

/** One export of a workshop, as the bytes and the file name the UI offers to save. */
export async function exportWorkshop(doc: WorkshopDoc, request: ExportRequest): Promise<ExportResult> {
  const { format } = request;
  const title = slugify(doc.workshop.title);
  if (format === 'json') {
    const json = stringifyInterchange(toInterchange(doc));
    return { filename: `${title}.json`, mime: MIME.json, base64: Buffer.from(json, 'utf8').toString('base64') };
  }
  const blueprint = request.blueprintId ? recordIn(doc.blueprints, request.blueprintId) : blueprintsOf(doc)[0];
  if (!blueprint) {
    throw new ServiceError('not-found', request.blueprintId ? `No blueprint with id ${JSON.stringify(request.blueprintId)} in this workshop` : 'This workshop has no blueprint to export');
  }
  if (format === 'report') {
    const page = request.page ?? 'a4';
    if (!(REPORT_PAGE_SIZES as readonly string[]).includes(page)) throw new ServiceError('bad-request', `The workshop report is printed on ${REPORT_PAGE_SIZES.join(', ')} paper, not ${page}`);
    const bytes = await exportReport(doc, blueprint.id, page as ReportPageSize);
    return { filename: `${title}-${slugify(blueprint.name, 'blueprint')}-report.pdf`, mime: MIME.report, base64: Buffer.from(bytes).toString('base64') };
  }
  const bytes = await renderExport(doc, {
    format, blueprintId: blueprint.id, scale: request.scale, page: request.page, ...(request.dots === undefined ? {} : { dots: request.dots }),
  });
  return {
    filename: `${title}-${slugify(blueprint.name, 'blueprint')}.${format}`,
    mime: MIME[format],
    base64: Buffer.from(bytes).toString('base64'),
  };
}
