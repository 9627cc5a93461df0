import { FONT_FAMILY } from '../layout/text';
import { r2, type DisplayItem, type DisplayList, type DisplaySymbol } from './displayList';
import { symbolOf } from './symbols';

// Characters XML 1.0 cannot carry at all; hostile or damaged text must still give a well-formed file.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Anything escapeXml would change: most text has none, and is returned as it is. */
const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** Escapes text for element content and double-quoted attributes. */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const SAFE_MIME = /^image\/(png|jpeg|webp|gif)$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const FONT_STACK = `'${FONT_FAMILY}', Verdana, sans-serif`;

function stroke(item: { stroke?: string; strokeWidth?: number; dash?: readonly number[]; cap?: 'round' }): string {
  let out = '';
  if (item.stroke) out += ` stroke="${item.stroke}" stroke-width="${r2(item.strokeWidth ?? 1)}"`;
  if (item.dash) out += ` stroke-dasharray="${item.dash.join(' ')}"`;
  if (item.cap) out += ` stroke-linecap="${item.cap}"`;
  return out;
}

function fill(value: string | undefined): string {
  return ` fill="${value ?? 'none'}"`;
}

function element(item: DisplayItem, symbols: ReadonlyMap<string, DisplaySymbol>): string {
  switch (item.type) {
    case 'rect':
      return `<rect x="${r2(item.x)}" y="${r2(item.y)}" width="${r2(item.width)}" height="${r2(item.height)}"${item.radius ? ` rx="${r2(item.radius)}"` : ''}${fill(item.fill)}${stroke(item)}/>`;
    case 'line':
      return `<line x1="${r2(item.x1)}" y1="${r2(item.y1)}" x2="${r2(item.x2)}" y2="${r2(item.y2)}"${stroke(item)}/>`;
    case 'circle':
      return `<circle cx="${r2(item.cx)}" cy="${r2(item.cy)}" r="${r2(item.r)}"${fill(item.fill)}${stroke(item)}/>`;
    case 'path':
      return `<path d="${item.d}"${fill(item.fill)}${stroke(item)}/>`;
    case 'text': {
      const anchor = item.anchor === 'start' ? '' : ` text-anchor="${item.anchor}"`;
      const weight = item.weight === 'bold' ? ' font-weight="bold"' : '';
      return `<text x="${r2(item.x)}" y="${r2(item.y)}" font-size="${item.size}"${weight}${anchor} fill="${item.fill}">${escapeXml(item.text)}</text>`;
    }
    case 'image':
      if (!SAFE_MIME.test(item.mime) || !BASE64.test(item.base64)) return '';
      return `<image x="${r2(item.x)}" y="${r2(item.y)}" width="${r2(item.width)}" height="${r2(item.height)}" preserveAspectRatio="xMidYMid slice" href="data:${item.mime};base64,${item.base64}"/>`;
    case 'use': {
      const symbol = symbols.get(item.symbol);
      if (!symbol) return '';
      const sx = r2(item.width / symbol.width);
      const sy = r2(item.height / symbol.height);
      return `<use href="#${symbolId(item.symbol)}" transform="translate(${r2(item.x)} ${r2(item.y)}) scale(${sx === sy ? sx : `${sx} ${sy}`})"/>`;
    }
  }
}

/** Symbol names are ours (marks), but an id must stay a plain name whatever it is given. */
const symbolId = (name: string) => `s-${name.replace(/[^A-Za-z0-9-]/g, '_')}`;

/**
 * Symbols as groups in their own coordinates, placed by a transformed `use`. Not as <symbol>
 * with a viewBox: resvg 2.6 aborts the whole process on some of those placed off the picture.
 */
function definitions(symbols: ReadonlyMap<string, DisplaySymbol>): string {
  if (!symbols.size) return '';
  const groups = [...symbols].map(([name, s]) => `<g id="${symbolId(name)}">${s.items.map((i) => element(i, symbols)).join('')}</g>`);
  return `<defs>${groups.join('')}</defs>\n`;
}

export interface SvgOptions {
  /** Replaces a text item's element (for example by its outlines); undefined keeps the <text>. */
  text?: (item: Extract<DisplayItem, { type: 'text' }>) => string | undefined;
  /** Shows only this part of the sheet, stretched to `width` × `height` (for rendering in bands). */
  frame?: { x: number; y: number; width: number; height: number; pixelWidth: number; pixelHeight: number };
}

/** A standalone SVG document of the display list, with text as text in the bundled font family. */
export function toSvg(list: DisplayList, options: SvgOptions = {}): string {
  const symbols = new Map<string, DisplaySymbol>();
  for (const item of list.items) {
    const symbol = item.type === 'use' && !symbols.has(item.symbol) ? symbolOf(item.symbol) : undefined;
    if (symbol) symbols.set((item as { symbol: string }).symbol, symbol);
  }
  const f = options.frame;
  const size = f
    ? `width="${f.pixelWidth}" height="${f.pixelHeight}" viewBox="${f.x} ${f.y} ${f.width} ${f.height}" preserveAspectRatio="none"`
    : `width="${r2(list.width)}" height="${r2(list.height)}" viewBox="0 0 ${r2(list.width)} ${r2(list.height)}"`;
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" ${size} font-family="${escapeXml(FONT_STACK)}" role="img" aria-label="${escapeXml(list.title)}">\n`,
    `<title>${escapeXml(list.title)}</title>\n`,
    `<rect x="0" y="0" width="${r2(list.width)}" height="${r2(list.height)}" fill="${list.background}"/>\n`,
    definitions(symbols),
  ];
  const text = options.text;
  for (const item of list.items) {
    const replaced = text && item.type === 'text' ? text(item) : undefined;
    parts.push(replaced ?? element(item, symbols), '\n');
  }
  parts.push('</svg>\n');
  return parts.join('');
}
