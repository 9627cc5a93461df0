import PDFDocument from 'pdfkit';
import { bundledFonts } from './fonts';
import { FONT } from './pdfDraw';

export type Doc = InstanceType<typeof PDFDocument>;

/**
 * A PDF with the bundled fonts registered and its pages added by the caller; `finish` ends it
 * and resolves to its bytes. Dates come from the workshop (`fixedDate`), so every run gives the
 * same bytes.
 */
export function newPdf(title: string, workshopDate: string): { pdf: Doc; finish: () => Promise<Uint8Array> } {
  const when = fixedDate(workshopDate);
  const pdf = new PDFDocument({
    autoFirstPage: false, margin: 0, compress: true, displayTitle: true,
    info: { Title: title, Creator: 'Frontstage', Producer: 'Frontstage', CreationDate: when, ModDate: when },
  });
  const fonts = bundledFonts();
  pdf.registerFont(FONT.normal, fonts.regular);
  pdf.registerFont(FONT.bold, fonts.bold);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  return { pdf, finish: () => { pdf.end(); return done; } };
}

/** Noon UTC of the workshop date when it has one, else a fixed date: never the clock. */
function fixedDate(date: string): Date {
  const parsed = date ? new Date(`${date}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1));
  return Number.isNaN(parsed.getTime()) ? new Date(Date.UTC(2000, 0, 1)) : parsed;
}
