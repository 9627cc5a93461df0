import { renderAsync, type RenderedImage } from '@resvg/resvg-js';
import { renderSheet, toSvg, type SheetOptions } from '../../shared/render';
import { FONT_FAMILY } from '../../shared/layout';
import type { WorkshopDoc } from '../../shared/model/types';
import { ExportError } from './errors';
import { bundledFonts } from './fonts';
import { GlyphOutliner } from './glyphs';
import { PngWriter } from './pngEncode';
import { SCREEN_SCALE } from './pages';
import { bounds, itemsWithin } from './bounds';

/** Beyond these an image is slow to make, huge to open, and refused by many viewers and slide tools. */
export const MAX_PIXELS = 100_000_000;
export const MAX_SIDE = 32_000;

/** PNG pixels per screen pixel: at scale 1 the image has the size of the `fit` PDF page in points. */
const PIXELS_PER_PX = SCREEN_SCALE;

function checkPixelSize(width: number, height: number, scale: number): { width: number; height: number } {
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

/** Rows per band: about 24 MB of pixels, whatever the width. */
const BAND_PIXELS = 6_000_000;

/**
 * The sheet rasterized by resvg with the bundled font only, so the picture is the same on
 * every machine; `scale` is pixels per point, like the CLI's --scale. A large picture is drawn
 * in horizontal bands, each from an SVG of just the items that reach into it, and streamed into
 * the PNG: peak memory stays flat however big the blueprint, and both cores get work.
 */
export async function exportPng(doc: WorkshopDoc, blueprintId: string, scale: number, options: SheetOptions = {}): Promise<Uint8Array> {
  const sheet = renderSheet(doc, blueprintId, options);
  const { width, height } = checkPixelSize(sheet.width, sheet.height, scale);
  const zoom = PIXELS_PER_PX * scale;
  const fonts = bundledFonts();
  const outliner = new GlyphOutliner(zoom);
  const boxes = sheet.items.map(bounds);
  const bandRows = Math.max(64, Math.floor(BAND_PIXELS / width));
  const font = { fontFiles: [fonts.regular, fonts.bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY };
  const draw = (top: number): Promise<RenderedImage> => {
    const rows = Math.min(bandRows, height - top);
    const frame = { x: 0, y: top / zoom, width: width / zoom, height: rows / zoom, pixelWidth: width, pixelHeight: rows };
    const items = itemsWithin(sheet.items, boxes, [frame.x, frame.y, frame.x + frame.width, frame.y + frame.height]);
    const drawing = renderAsync(toSvg({ ...sheet, items }, { text: (item) => outliner.path(item), frame }), { font });
    // Awaited in turn below; until then a failure must not count as unhandled.
    drawing.catch(() => undefined);
    return drawing;
  };
  // Two bands in flight: resvg draws one on a worker thread while the next is prepared and the
  // previous one is compressed.
  const writer = new PngWriter(width, height);
  let next = draw(0);
  for (let top = 0; top < height; top += bandRows) {
    const current = next;
    if (top + bandRows < height) next = draw(top + bandRows);
    const image = await current;
    const rows = Math.min(bandRows, height - top);
    if (image.width !== width || image.height !== rows) throw new Error(`resvg drew ${image.width} × ${image.height} for a ${width} × ${rows} band`);
    await writer.addRows(image.pixels);
  }
  return writer.finish();
}
