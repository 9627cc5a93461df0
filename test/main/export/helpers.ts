import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { inflateSync } from 'node:zlib';
import { join } from 'node:path';
import { fromInterchange } from '../../../shared/interchange';
import type { WorkshopDoc } from '../../../shared/model';

export function espressoDoc(): WorkshopDoc {
  const result = fromInterchange(JSON.parse(readFileSync(join(__dirname, '../../../resources/templates/home-espresso.json'), 'utf8')));
  if (!('doc' in result)) throw new Error(`home-espresso.json does not import: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.doc;
}

/** Runs `fn` with a fresh temp folder that is removed afterwards. */
export function withTempDir<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'frontstage-export-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text in drawing order (-raw), so a card's wrapped title lines stay together. */
export function pdfText(pdf: Uint8Array): string {
  return withTempDir((dir) => {
    const file = join(dir, 'x.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 << 20 });
  });
}

export function pdfInfo(pdf: Uint8Array): Record<string, string> {
  return withTempDir((dir) => {
    const file = join(dir, 'x.pdf');
    writeFileSync(file, pdf);
    const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
  });
}

/** How many images poppler finds in the PDF (an alpha channel's soft mask is not counted). */
export function pdfImages(pdf: Uint8Array): number {
  return withTempDir((dir) => {
    const file = join(dir, 'x.pdf');
    writeFileSync(file, pdf);
    const rows = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    return rows.filter((row) => row.trim().split(/\s+/)[2] === 'image').length;
  });
}

export interface Raster { width: number; height: number; rgb: Buffer }

/** The first page as pixels, rendered by poppler at `dpi` (PPM output: trivial to read back). */
export function firstPage(pdf: Uint8Array, dpi: number): Raster {
  return withTempDir((dir) => {
    const file = join(dir, 'x.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', file, join(dir, 'page')]);
    const data = readFileSync(join(dir, 'page.ppm'));
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 50).toString('latin1'));
    if (!header) throw new Error('pdftoppm wrote no PPM');
    return { width: Number(header[1]), height: Number(header[2]), rgb: data.subarray(header[0].length) };
  });
}

/** Mean luminance 0…255 over a rectangle of the raster. */
export function meanLuminance(r: Raster, x1: number, y1: number, x2: number, y2: number): number {
  let sum = 0;
  let n = 0;
  for (let y = Math.max(0, Math.floor(y1)); y < Math.min(r.height, Math.ceil(y2)); y++) {
    for (let x = Math.max(0, Math.floor(x1)); x < Math.min(r.width, Math.ceil(x2)); x++) {
      const i = (y * r.width + x) * 3;
      sum += 0.2126 * r.rgb[i]! + 0.7152 * r.rgb[i + 1]! + 0.0722 * r.rgb[i + 2]!;
      n++;
    }
  }
  return n ? sum / n : NaN;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(png);
  if (b.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' || b.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('not a PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** RGBA of a pixel of one of our PNGs (8-bit RGBA, every row with filter 0, as pngEncode writes them). */
export function readPixels(png: Uint8Array, width: number, height: number): (x: number, y: number) => number[] {
  const b = Buffer.from(png);
  const idat: Buffer[] = [];
  for (let at = 8; at < b.length; ) {
    const length = b.readUInt32BE(at);
    if (b.subarray(at + 4, at + 8).toString('latin1') === 'IDAT') idat.push(b.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4 + 1;
  if (raw.length !== stride * height) throw new Error(`PNG data is ${raw.length} bytes, not ${stride * height}`);
  for (let y = 0; y < height; y++) if (raw[y * stride] !== 0) throw new Error(`PNG row ${y} uses filter ${raw[y * stride]}`);
  return (x, y) => [...raw.subarray(y * stride + 1 + x * 4, y * stride + 1 + x * 4 + 4)];
}

/** RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else if (c === '\n' || c === '\r') throw new Error(`bare line break outside quotes at ${i}`);
    else field += c;
  }
  if (field || row.length) throw new Error('last record does not end with CRLF');
  return rows;
}

/** Whitespace and compatibility forms removed, so wrapped and shaped text compares equal. */
export const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
