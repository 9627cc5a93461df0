import { inflateSync } from 'node:zlib';

/**
 * Whether pdfkit can embed image bytes without failing where nothing can catch it. pdfkit
 * decodes a PNG with transparency asynchronously (png-js) and throws from a zlib callback on
 * damaged data or a header that claims more pixels than memory holds, which ends the whole
 * process, the browser host included. pdfkit tells PNG from JPEG by the bytes, not by the name a
 * file gives them, so the check does too. A photo that fails keeps its grey placeholder.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/**
 * A PNG is decoded here (160 MB of pixels at the limit); a JPEG is only passed on to the PDF
 * viewer, so a camera's largest photos fit. Larger is a damaged or hostile file.
 */
const MAX_SIDE = 16_384;
const MAX_PNG_PIXELS = 40_000_000;
const MAX_JPEG_PIXELS = 120_000_000;

/** Samples per pixel of each colour type, and the bit depths allowed with it (PNG spec, table 11.1). */
const COLOUR_TYPES: Record<number, { samples: number; depths: number[] }> = {
  0: { samples: 1, depths: [1, 2, 4, 8, 16] },
  2: { samples: 3, depths: [8, 16] },
  3: { samples: 1, depths: [1, 2, 4, 8] },
  4: { samples: 2, depths: [8, 16] },
  6: { samples: 4, depths: [8, 16] },
};

const ADAM7: [number, number, number, number][] = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]];

/** Scanline bytes (filter byte included) of each pass, in order. */
function scanlines(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number[] {
  const rows: number[] = [];
  const passes = interlaced ? ADAM7 : [[0, 0, 1, 1] as [number, number, number, number]];
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((width - x0) / dx);
    const h = Math.ceil((height - y0) / dy);
    if (w <= 0 || h <= 0) continue;
    for (let r = 0; r < h; r++) rows.push(1 + Math.ceil((w * bitsPerPixel) / 8));
  }
  return rows;
}

export function pdfImageIsSafe(bytes: Buffer): boolean {
  if (bytes.subarray(0, 8).equals(SIGNATURE)) return pngIsSafe(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegIsSafe(bytes);
  return false;
}

const sizeIsSane = (width: number, height: number, maxPixels: number) =>
  width >= 1 && height >= 1 && width <= MAX_SIDE && height <= MAX_SIDE && width * height <= maxPixels;

/** A JPEG is embedded as it is (the PDF viewer decodes it): its frame header must be there and sane. */
function jpegIsSafe(bytes: Buffer): boolean {
  let pos = 2;
  while (pos + 4 <= bytes.length) {
    if (bytes[pos] !== 0xff) return false;
    const marker = bytes[pos + 1]!;
    const length = bytes.readUInt16BE(pos + 2);
    if (length < 2) return false;
    // Start-of-frame markers (SOF0–SOF15, not DHT, JPG or DAC) carry the size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (pos + 9 > bytes.length) return false;
      return sizeIsSane(bytes.readUInt16BE(pos + 7), bytes.readUInt16BE(pos + 5), MAX_JPEG_PIXELS);
    }
    pos += 2 + length;
  }
  return false;
}

/** The pixel data is decoded exactly as png-js will: same header, same scanlines. */
function pngIsSafe(bytes: Buffer): boolean {
  if (bytes.length < 33) return false;
  let pos = 8;
  let header: { width: number; height: number; depth: number; colour: number; interlaced: boolean } | null = null;
  let palette = false;
  const data: Buffer[] = [];
  while (pos + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(pos);
    const type = bytes.toString('latin1', pos + 4, pos + 8);
    const body = bytes.subarray(pos + 8, pos + 8 + length);
    if (body.length !== length) return false;
    if (type === 'IHDR') {
      if (length !== 13) return false;
      header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8]!, colour: body[9]!, interlaced: body[12] === 1 };
    } else if (type === 'PLTE') palette = true;
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    pos += 12 + length;
  }
  if (!header || !data.length) return false;
  const { width, height, depth, colour, interlaced } = header;
  const kind = COLOUR_TYPES[colour];
  if (!kind || !kind.depths.includes(depth) || (colour === 3 && !palette)) return false;
  if (!sizeIsSane(width, height, MAX_PNG_PIXELS)) return false;
  const rows = scanlines(width, height, depth * kind.samples, interlaced);
  const expected = rows.reduce((a, b) => a + b, 0);
  let pixels: Buffer;
  try {
    pixels = inflateSync(Buffer.concat(data), { maxOutputLength: expected + 1 });
  } catch {
    return false;
  }
  if (pixels.length < expected) return false;
  let at = 0;
  for (const row of rows) {
    if (pixels[at]! > 4) return false;
    at += row;
  }
  return true;
}
