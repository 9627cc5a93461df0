import { BOLD, NORMAL, type FontTable } from './fontMetrics';

export type FontWeight = 'normal' | 'bold';

/** The family every surface (canvas, SVG, PDF, PNG) draws text in; see resources/fonts. */
export const FONT_FAMILY = 'DejaVu Sans';

/** Advance in em per code point of the Basic Multilingual Plane; NaN where the font has no glyph. */
function lookup(table: FontTable): Float64Array {
  const widths = new Float64Array(0x10000).fill(NaN);
  for (const run of table.runs) {
    const first = run[0] as number;
    for (let i = 1; i < run.length && first + i - 1 < 0x10000; i++) widths[first + i - 1] = (run[i] as number) / table.unitsPerEm;
  }
  return widths;
}

const TABLES: Record<FontWeight, Float64Array> = { normal: lookup(NORMAL), bold: lookup(BOLD) };

// Characters outside the table (CJK, emoji, rare scripts) are drawn by a fallback font; an
// em for wide ones and a typical Latin advance for the rest keeps wrapping safe and stable.
function fallbackEm(cp: number): number {
  const wide =
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || cp >= 0x1f000;
  if (wide) return 1;
  // Combining marks take no advance.
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfe0f) return 0;
  return 0.62;
}

/** Width in px of `text` set in the bundled font, without kerning. */
export function measureText(text: string, fontSizePx: number, weight: FontWeight = 'normal'): number {
  const widths = TABLES[weight];
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    const w = cp <= 0xffff ? (widths[cp] as number) : NaN;
    em += Number.isNaN(w) ? fallbackEm(cp) : w;
  }
  return em * fontSizePx;
}

/**
 * Breaks `text` into lines no wider than `maxWidthPx`: at spaces where possible, inside a word
 * only when the word alone is too wide. Explicit line breaks are kept; runs of spaces collapse.
 */
export function wrapText(text: string, fontSizePx: number, maxWidthPx: number, weight: FontWeight = 'normal'): string[] {
  // Layout runs on every edit and for every export: the same texts come back again and again.
  const key = `${fontSizePx} ${maxWidthPx} ${weight} ${text}`;
  const known = wrapped.get(key);
  if (known) return [...known];
  const lines = wrapUncached(text, fontSizePx, maxWidthPx, weight);
  if (wrapped.size >= WRAP_CACHE_SIZE) wrapped.delete(wrapped.keys().next().value as string);
  wrapped.set(key, lines);
  return [...lines];
}

const WRAP_CACHE_SIZE = 20_000;
const wrapped = new Map<string, readonly string[]>();

function wrapUncached(text: string, fontSizePx: number, maxWidthPx: number, weight: FontWeight): string[] {
  const lines: string[] = [];
  const space = measureText(' ', fontSizePx, weight);
  for (const paragraph of text.split(/\r\n|[\r\n\u2028\u2029]/)) {
    const words = paragraph.split(/[ \t]+/).filter((w) => w.length > 0);
    if (words.length === 0) {
      lines.push('');
      continue;
    }
    let current = '';
    let width = 0;
    for (const word of words) {
      const w = measureText(word, fontSizePx, weight);
      if (current && width + space + w <= maxWidthPx) {
        current += ' ' + word;
        width += space + w;
        continue;
      }
      if (current) lines.push(current);
      if (w <= maxWidthPx) {
        current = word;
        width = w;
        continue;
      }
      const pieces = breakWord(word, fontSizePx, maxWidthPx, weight);
      lines.push(...pieces.slice(0, -1));
      current = pieces[pieces.length - 1] as string;
      width = measureText(current, fontSizePx, weight);
    }
    lines.push(current);
  }
  // Trailing blank lines add height but nothing to read.
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function breakWord(word: string, fontSizePx: number, maxWidthPx: number, weight: FontWeight): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of word) {
    if (current && measureText(current + ch, fontSizePx, weight) > maxWidthPx) {
      pieces.push(current);
      current = ch;
    } else current += ch;
  }
  pieces.push(current);
  return pieces;
}

/** At most `maxLines` lines; when text was cut, the last line ends in an ellipsis that fits. */
export function clampLines(lines: string[], maxLines: number, fontSizePx: number, maxWidthPx: number, weight: FontWeight = 'normal'): string[] {
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = (kept[maxLines - 1] as string).trimEnd();
  const chars = [...last];
  while (chars.length && measureText(chars.join('') + '…', fontSizePx, weight) > maxWidthPx) chars.pop();
  last = chars.join('').trimEnd() + '…';
  kept[maxLines - 1] = last;
  return kept;
}
