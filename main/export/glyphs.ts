import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import type { FontWeight } from '../../shared/layout';
import type { DisplayItem } from '../../shared/render';
import { bundledFonts } from './fonts';

/** The part of fontkit's font this module uses (fontkit ships no type definitions). */
interface Font {
  unitsPerEm: number;
  glyphForCodePoint(cp: number): Glyph;
}
interface Glyph {
  id: number;
  advanceWidth: number;
  path: { commands: { command: string; args: number[] }[] };
}

interface Outline {
  /** First point of the outline and where the pen ends, in units from the glyph origin. */
  fx: number; fy: number; ex: number; ey: number;
  /** The rest of the outline as relative path commands in px. */
  rest: string;
  advance: number;
}

// Scripts drawn left to right, one glyph per character, without joining or reordering.
const SIMPLE = /^[\u0020-\u024F\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF\u2000-\u206F\u20A0-\u20CF\u2100-\u22FF\u2500-\u27BF]*$/;

/** Coordinates are kept as integers in 1/UNIT px, so relative steps add up exactly. */
type Unit = 10 | 100;

/**
 * Text as outline paths, for rasterizing: resvg lays out every <text> element on its own and
 * re-reads the font file each time, seconds for a large blueprint, while the outlines of the
 * few glyphs a blueprint uses can be prepared once. Simple scripts only: anything that needs
 * shaping or bidi stays text for resvg to lay out.
 */
export class GlyphOutliner {
  private readonly fonts: Record<FontWeight, Font>;
  /** Outlines by weight, then size, then code point. */
  private readonly cache: Record<FontWeight, Map<number, Map<number, Outline>>> = { normal: new Map(), bold: new Map() };
  private readonly h: (n: number) => number;
  private readonly px: (units: number) => string;

  /** `zoom` is output pixels per px: outlines stay within a tenth of an output pixel. */
  constructor(zoom: number) {
    const unit: Unit = zoom <= 1 ? 10 : 100;
    this.h = (n) => Math.round(n * unit);
    // Path data may drop the leading zero ("-0.5" is "-.5") and the separator before a minus.
    this.px = (units) => {
      const s = String(units / unit);
      if (units === 0 || units >= unit || units <= -unit) return s;
      return units < 0 ? '-' + s.slice(2) : s.slice(1);
    };
    const files = bundledFonts();
    this.fonts = {
      normal: fontkit.create(readFileSync(files.regular)) as unknown as Font,
      bold: fontkit.create(readFileSync(files.bold)) as unknown as Font,
    };
  }

  /** A <path> drawing the text item, or undefined when it should stay text. */
  path(item: Extract<DisplayItem, { type: 'text' }>): string | undefined {
    if (!SIMPLE.test(item.text)) return undefined;
    const { h, px } = this;
    const outlines: Outline[] = [];
    let width = 0;
    let sized = this.cache[item.weight].get(item.size);
    if (!sized) this.cache[item.weight].set(item.size, (sized = new Map()));
    for (const ch of item.text) {
      const cp = ch.codePointAt(0) as number;
      const outline = sized.get(cp) ?? this.outline(sized, cp, item.size, item.weight);
      outlines.push(outline);
      width += outline.advance;
    }
    let pen = h(item.anchor === 'middle' ? item.x - width / 2 : item.anchor === 'end' ? item.x - width : item.x);
    const baseline = h(item.y);
    let d = '';
    let cx = 0;
    let cy = 0;
    let started = false;
    for (const o of outlines) {
      if (o.rest) {
        const x = pen + o.fx;
        const y = baseline + o.fy;
        d += started ? `m${px(x - cx)} ${px(y - cy)}` : `M${px(x)} ${px(y)}`;
        d += o.rest;
        started = true;
        cx = pen + o.ex;
        cy = baseline + o.ey;
      }
      pen += h(o.advance);
    }
    return d ? `<path d="${d}" fill="${item.fill}"/>` : '';
  }

  private outline(sized: Map<number, Outline>, cp: number, size: number, weight: FontWeight): Outline {
    const font = this.fonts[weight];
    const glyph = font.glyphForCodePoint(cp);
    const k = size / font.unitsPerEm;
    const { h, px } = this;
    const X = (v: number) => h(v * k);
    const Y = (v: number) => h(-v * k);
    let rest = '';
    let fx = 0, fy = 0, cx = 0, cy = 0, sx = 0, sy = 0;
    let first = true;
    for (const { command, args } of glyph.path.commands) {
      if (command === 'closePath') {
        rest += 'z';
        cx = sx; cy = sy;
        continue;
      }
      const pts: number[] = [];
      for (let i = 0; i < args.length; i += 2) pts.push(X(args[i] as number), Y(args[i + 1] as number));
      const rel = pts.map((v, i) => px(v - (i % 2 === 0 ? cx : cy))).join(' ').replace(/ -/g, '-');
      const letter = command === 'moveTo' ? 'm' : command === 'lineTo' ? 'l' : command === 'quadraticCurveTo' ? 'q' : 'c';
      if (command === 'moveTo' && first) {
        fx = pts[0] as number; fy = pts[1] as number;
      } else rest += letter + rel;
      first = false;
      cx = pts[pts.length - 2] as number;
      cy = pts[pts.length - 1] as number;
      if (command === 'moveTo') { sx = cx; sy = cy; }
    }
    const outline = { fx, fy, ex: cx, ey: cy, rest: first ? '' : rest || ' ', advance: glyph.advanceWidth * k };
    sized.set(cp, outline);
    return outline;
  }
}
