import { renderSheet, INK, type Sheet, type SheetOptions } from '../../shared/render';
import type { WorkshopDoc } from '../../shared/model/types';
import { MARGIN, OVERLAP, planPages, type PagePlan, type Tile } from './pages';
import { bounds, itemsWithin, type Box } from './bounds';
import { FONT, PdfPainter } from './pdfDraw';
import { newPdf, type Doc } from './pdfDocument';
import type { PageSize } from './types';


const MARK = 12;

/**
 * A vector PDF with real text in the embedded bundled font: one page sized to the blueprint
 * (`fit`), or landscape paper, tiled with overlap and crop marks when one sheet would make it
 * illegible. Bytes are the same on every run: the dates and the file ID come from the workshop.
 */
export function exportPdf(doc: WorkshopDoc, blueprintId: string, page: PageSize = 'fit', options: SheetOptions = {}): Promise<Uint8Array> {
  const sheet = renderSheet(doc, blueprintId, options);
  const plan = planPages(sheet.width, sheet.height, page);
  const { pdf, finish } = newPdf(sheet.title, doc.workshop.date);

  const boxes = sheet.items.map(bounds);
  const painter = new PdfPainter(pdf);
  plan.tiles.forEach((tile, index) => {
    pdf.addPage({ size: [plan.pageWidth, plan.pageHeight], margin: 0 });
    painter.resetState();
    drawTile(pdf, painter, sheet, boxes, plan, tile);
    if (plan.tiles.length > 1) {
      drawTileMarks(pdf, plan, tile);
      drawFooter(pdf, sheet, plan, tile, index);
    }
  });
  return finish();
}

export function drawTile(pdf: Doc, painter: PdfPainter, sheet: Sheet, boxes: Box[], plan: PagePlan, tile: Tile): void {
  const visible: Box = [tile.sheetX, tile.sheetY, tile.sheetX + plan.contentWidth / plan.scale, tile.sheetY + plan.contentHeight / plan.scale];
  pdf.save();
  if (plan.tiles.length > 1) pdf.rect(plan.contentX, plan.contentY, plan.contentWidth, plan.contentHeight).clip();
  pdf.translate(plan.contentX - tile.sheetX * plan.scale, plan.contentY - tile.sheetY * plan.scale);
  pdf.scale(plan.scale);
  for (const item of itemsWithin(sheet.items, boxes, visible)) painter.draw(item);
  pdf.restore();
}

/** Crop marks at the corners of the content, and ticks where the neighbouring tile's overlap begins. */
export function drawTileMarks(pdf: Doc, plan: PagePlan, tile: Tile): void {
  const x1 = plan.contentX;
  const y1 = plan.contentY;
  const x2 = x1 + plan.contentWidth;
  const y2 = y1 + plan.contentHeight;
  pdf.save().lineWidth(0.5).strokeColor(INK.text);
  for (const [x, y, dx, dy] of [[x1, y1, -1, -1], [x2, y1, 1, -1], [x1, y2, -1, 1], [x2, y2, 1, 1]] as const) {
    pdf.moveTo(x + dx * 3, y).lineTo(x + dx * (3 + MARK), y).stroke();
    pdf.moveTo(x, y + dy * 3).lineTo(x, y + dy * (3 + MARK)).stroke();
  }
  pdf.strokeColor(INK.faint).dash(2, { space: 2 });
  if (tile.col < plan.cols - 1) {
    const x = x2 - OVERLAP;
    pdf.moveTo(x, y1 - MARK).lineTo(x, y1 - 3).stroke();
    pdf.moveTo(x, y2 + 3).lineTo(x, y2 + MARK).stroke();
  }
  if (tile.row < plan.rows - 1) {
    const y = y2 - OVERLAP;
    pdf.moveTo(x1 - MARK, y).lineTo(x1 - 3, y).stroke();
    pdf.moveTo(x2 + 3, y).lineTo(x2 + MARK, y).stroke();
  }
  pdf.undash().restore();
}

function drawFooter(pdf: Doc, sheet: Sheet, plan: PagePlan, tile: Tile, index: number): void {
  const overlapMm = Math.round((OVERLAP / 72) * 25.4);
  const text =
    `${sheet.title}  ·  page ${index + 1} of ${plan.tiles.length}: row ${tile.row + 1} of ${plan.rows}, column ${tile.col + 1} of ${plan.cols}` +
    `  ·  tiles overlap by ${overlapMm} mm (dotted ticks)`;
  pdf.font(FONT.normal).fontSize(7).fillColor(INK.muted);
  pdf.text(text, MARGIN + MARK + 6, plan.pageHeight - MARGIN / 2, { lineBreak: false, baseline: 'alphabetic' });
}
