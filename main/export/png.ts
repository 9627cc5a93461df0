import { Resvg } from '@resvg/resvg-js';
import { renderSheet, toSvg } from '../../shared/render';
import { FONT_FAMILY } from '../../shared/layout';
import type { WorkshopDoc } from '../../shared/model/types';
import { ExportError } from './errors';
import { bundledFonts } from './fonts';
import { GlyphOutliner } from './glyphs';
import { encodePng } from './pngEncode';

/** Beyond these an image is slow to make, huge to open, and refused by many viewers and slide tools. */
export const MAX_PIXELS = 100_000_000;
export const MAX_SIDE = 32_000;

/** PNG pixels per point: at scale 1 the image has the size of the `fit` PDF page in points (72 per inch). */
export const PIXELS_PER_PX = 0.75;

export function checkPixelSize(width: number, height: number, scale: number): { width: number; height: number } {
  const w = Math.ceil(width * PIXELS_PER_PX * scale);
  const h = Math.ceil(height * PIXELS_PER_PX * scale);
  if (w <= MAX_SIDE && h <= MAX_SIDE && w * h <= MAX_PIXELS) return { width: w, height: h };
  const pw = width * PIXELS_PER_PX;
  const ph = height * PIXELS_PER_PX;
  const fits = Math.floor(Math.min(MAX_SIDE / pw, MAX_SIDE / ph, Math.sqrt(MAX_PIXELS / (pw * ph))) * 100) / 100;
  const megapixels = Math.round((w * h) / 1e6);
  const advice = fits >= 0.1 ? `use --scale ${fits} or less, or export a PDF instead` : 'export a PDF instead';
  throw new ExportError(
    `the PNG would be ${w} × ${h} pixels (${megapixels} megapixels), more than the limit of ${MAX_SIDE} pixels a side and ${MAX_PIXELS / 1e6} megapixels; ${advice}`,
  );
}

/**
 * The SVG of the sheet rasterized with the bundled font only, so the picture is the same on
 * every machine; `scale` is pixels per point, like the CLI's --scale.
 */
export async function exportPng(doc: WorkshopDoc, blueprintId: string, scale: number): Promise<Uint8Array> {
  const sheet = renderSheet(doc, blueprintId);
  checkPixelSize(sheet.width, sheet.height, scale);
  const fonts = bundledFonts();
  const zoom = PIXELS_PER_PX * scale;
  const outliner = new GlyphOutliner(zoom);
  const resvg = new Resvg(toSvg(sheet, { text: (item) => outliner.path(item) }), {
    fitTo: { mode: 'zoom', value: zoom },
    font: { fontFiles: [fonts.regular, fonts.bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    imageRendering: 0,
  });
  const image = resvg.render();
  return encodePng(image.pixels, image.width, image.height);
}
