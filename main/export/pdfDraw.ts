import type PDFDocument from 'pdfkit';
import { measureText } from '../../shared/layout';
import { symbolOf, type DisplayItem } from '../../shared/render';
import { pdfImageIsSafe } from './imageCheck';

type Doc = InstanceType<typeof PDFDocument>;

/** Font names registered on the document for the bundled regular and bold faces. */
export const FONT = { normal: 'frontstage-regular', bold: 'frontstage-bold' } as const;

/** pdfkit takes a dash array; its type definitions lag behind. */
interface DashArray { dash(lengths: number[]): unknown }

const PDF_IMAGES = new Set(['image/png', 'image/jpeg']);

/** Tracks font state so that thousands of text runs do not each reset font, size and colour. */
export class PdfPainter {
  private font = '';
  private size = 0;
  private color = '';

  constructor(private readonly doc: Doc) {}

  /** Call at the start of each page: pdfkit resets the graphics state per page. */
  resetState(): void {
    this.font = '';
    this.size = 0;
    this.color = '';
  }

  draw(item: DisplayItem): void {
    const doc = this.doc;
    switch (item.type) {
      case 'rect':
        if (item.radius) doc.roundedRect(item.x, item.y, item.width, item.height, item.radius);
        else doc.rect(item.x, item.y, item.width, item.height);
        this.paint(item.fill, item);
        return;
      case 'circle':
        doc.circle(item.cx, item.cy, item.r);
        this.paint(item.fill, item);
        return;
      case 'line':
        doc.moveTo(item.x1, item.y1).lineTo(item.x2, item.y2);
        this.paint(undefined, item);
        return;
      case 'path':
        tracePath(doc, item.d);
        this.paint(item.fill, item);
        return;
      case 'text': {
        const font = FONT[item.weight];
        if (font !== this.font) doc.font((this.font = font));
        if (item.size !== this.size) doc.fontSize((this.size = item.size));
        if (item.fill !== this.color) doc.fillColor((this.color = item.fill));
        const width = item.anchor === 'start' ? 0 : measureText(item.text, item.size, item.weight);
        const x = item.anchor === 'middle' ? item.x - width / 2 : item.anchor === 'end' ? item.x - width : item.x;
        doc.text(item.text, x, item.y, { lineBreak: false, baseline: 'alphabetic' });
        return;
      }
      case 'image':
        this.image(item);
        return;
      case 'use': {
        const symbol = symbolOf(item.symbol);
        if (!symbol) return;
        doc.save();
        doc.translate(item.x, item.y).scale(item.width / symbol.width, item.height / symbol.height);
        for (const part of symbol.items) this.draw(part);
        doc.restore();
        // restore() brings back the colours and font from before the symbol.
        this.resetState();
      }
    }
  }

  private paint(fill: string | undefined, stroke: { stroke?: string; strokeWidth?: number; dash?: readonly number[]; cap?: 'round' }): void {
    const doc = this.doc;
    const hasFill = fill !== undefined && fill !== 'none';
    if (stroke.stroke) {
      doc.lineWidth(stroke.strokeWidth ?? 1);
      if (stroke.dash) (doc as unknown as DashArray).dash([...stroke.dash]);
      if (stroke.cap) doc.lineCap(stroke.cap);
    }
    if (hasFill && stroke.stroke) doc.fillAndStroke(fill, stroke.stroke);
    else if (hasFill) doc.fill(fill);
    else if (stroke.stroke) doc.stroke(stroke.stroke);
    // fill() and stroke() set the colour through pdfkit, behind the text colour cache.
    if (hasFill) this.color = '';
    if (stroke.dash) doc.undash();
    if (stroke.cap) doc.lineCap('butt');
  }

  /** PDF carries PNG and JPEG; other photos, or bytes that are not an image, keep their placeholder. */
  private image(item: Extract<DisplayItem, { type: 'image' }>): void {
    if (!PDF_IMAGES.has(item.mime)) return;
    const bytes = Buffer.from(item.base64, 'base64');
    if (!pdfImageIsSafe(bytes)) return;
    const doc = this.doc;
    doc.save();
    doc.rect(item.x, item.y, item.width, item.height).clip();
    try {
      // A checked image: pdfkit reads it before it writes anything, so one that still fails leaves no trace.
      doc.image(bytes, item.x, item.y, { cover: [item.width, item.height], align: 'center', valign: 'center' });
    } catch {
      // The grey placeholder drawn under the photo stays.
    } finally {
      doc.restore();
    }
  }
}

/** Draws the M/L/Q/C/Z path data the render layer writes; quadratics become the equivalent cubics. */
function tracePath(doc: Doc, d: string): void {
  const tokens = d.match(/[MLQCZ]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  let i = 0;
  let cx = 0;
  let cy = 0;
  const num = () => Number(tokens[i++]);
  while (i < tokens.length) {
    const op = tokens[i++];
    if (op === 'M') { cx = num(); cy = num(); doc.moveTo(cx, cy); }
    else if (op === 'L') { cx = num(); cy = num(); doc.lineTo(cx, cy); }
    else if (op === 'Q') {
      const qx = num(), qy = num(), x = num(), y = num();
      doc.bezierCurveTo(cx + (2 / 3) * (qx - cx), cy + (2 / 3) * (qy - cy), x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y), x, y);
      cx = x; cy = y;
    } else if (op === 'C') {
      const x1 = num(), y1 = num(), x2 = num(), y2 = num(), x = num(), y = num();
      doc.bezierCurveTo(x1, y1, x2, y2, x, y);
      cx = x; cy = y;
    } else if (op === 'Z') doc.closePath();
  }
}
