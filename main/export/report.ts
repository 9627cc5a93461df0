import type { ReportPageSize } from '../../shared/api/contract';
import type { WorkshopDoc } from '../../shared/model/types';
import { INK, renderSheet } from '../../shared/render';
import { composeReport } from '../../shared/report';
import { bounds } from './bounds';
import { ExportError } from './errors';
import { OVERLAP, PAPER, planPages } from './pages';
import { drawTile, drawTileMarks } from './pdf';
import { newPdf } from './pdfDocument';
import { PdfPainter } from './pdfDraw';

export const REPORT_PAGES: readonly ReportPageSize[] = ['a4', 'a3', 'letter'];

/**
 * The workshop report as one PDF: the report's pages from shared/report, drawn from their
 * display lists, and the blueprint tiled exactly as the PDF export tiles it on the same paper.
 * Vector shapes, real text in the embedded font, an outline of the sections, and the same bytes
 * on every run (dates come from the workshop).
 */
export async function exportReport(doc: WorkshopDoc, blueprintId: string, page: ReportPageSize = 'a4'): Promise<Uint8Array> {
  if (!REPORT_PAGES.includes(page)) throw new ExportError(`unknown report page size "${String(page)}"; use one of ${REPORT_PAGES.join(', ')}`);
  if (!Object.hasOwn(doc.blueprints, blueprintId)) throw new ExportError(`there is no blueprint with id "${blueprintId}" in this workshop`);
  const paper = PAPER[page];
  const sheet = renderSheet(doc, blueprintId);
  const plan = planPages(sheet.width, sheet.height, page);
  const report = composeReport(doc, blueprintId, { page: { width: paper.width, height: paper.height }, blueprintPages: plan.tiles.length });

  const { pdf, finish } = newPdf(report.title, doc.workshop.date);

  const boxes = sheet.items.map(bounds);
  const painter = new PdfPainter(pdf);

  const overlapMm = Math.round((OVERLAP / 72) * 25.4);
  report.pages.forEach((reportPage, index) => {
    pdf.addPage({ size: [paper.width, paper.height], margin: 0 });
    painter.resetState();
    for (const section of report.sections) if (section.page === index) pdf.outline.addItem(section.title);
    if (reportPage.kind === 'content') {
      for (const item of reportPage.items) painter.draw(item);
    } else {
      const tile = plan.tiles[reportPage.tile]!;
      drawTile(pdf, painter, sheet, boxes, plan, tile);
      painter.resetState();
      if (plan.tiles.length > 1) drawTileMarks(pdf, plan, tile);
      const where = plan.tiles.length > 1
        ? `The blueprint, row ${tile.row + 1} of ${plan.rows}, column ${tile.col + 1} of ${plan.cols}  \u00B7  tiles overlap by ${overlapMm} mm (dotted ticks)  \u00B7  `
        : '';
      // Left-aligned like the PDF export's footer, so it never meets the overlap ticks on the right.
      painter.draw({ type: 'text', x: 46, y: paper.height - 14, size: 7.5, weight: 'normal', fill: INK.muted, anchor: 'start', text: `${where}${report.pageLabel(index)}` });
    }
    for (const item of report.furniture(index)) painter.draw(item);
  });
  return finish();
}
