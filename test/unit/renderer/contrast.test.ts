// Text colours of the theme against every surface they sit on, in both themes (WCAG 2.2 AA,
// 4.5:1). axe-core checks what a screen shows; this checks every pair the tokens can make,
// including kind badges and sentiment choices that a given screen may not show.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(__dirname, '../../../renderer/styles/theme.css'), 'utf8');

function tokens(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--fs-([\w-]+):\s*(#[0-9a-fA-F]{6})/g)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

const light = tokens(':root {');
const dark = { ...light, ...tokens("html[data-theme='dark'] {") };

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const toHex = (c: number[]) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
/** CSS color-mix(in srgb, a p, b): channel by channel on the encoded values. */
const mix = (a: string, p: number, b: string) => toHex(rgb(a).map((v, i) => v * p + rgb(b)[i]! * (1 - p)));
function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const KINDS = ['action', 'evidence', 'process', 'system', 'product', 'pain-point', 'idea', 'note', 'metric', 'question'];
const SENTIMENTS = ['n2', 'n1', '0', 'p1', 'p2'];

describe.each([['light', light], ['dark', dark]] as const)('the %s theme', (_name, t) => {
  const AA = 4.5;

  it('text and muted text are readable on every surface', () => {
    for (const surface of ['bg', 'surface', 'surface-2', 'accent-soft']) {
      expect(contrast(t.text!, t[surface]!), `text on ${surface}`).toBeGreaterThanOrEqual(AA);
      expect(contrast(t.muted!, t[surface]!), `muted on ${surface}`).toBeGreaterThanOrEqual(AA);
    }
    expect(contrast(t['accent-text']!, t.accent!), 'accent text on accent').toBeGreaterThanOrEqual(AA);
    expect(contrast(t.danger!, t.surface!), 'error text').toBeGreaterThanOrEqual(AA);
  });

  it('every kind badge (text on a 22% tint of the kind) is readable', () => {
    for (const kind of KINDS) expect(contrast(t.text!, mix(t[`kind-${kind}`]!, 0.22, t.surface!)), kind).toBeGreaterThanOrEqual(AA);
  });

  it('every chosen sentiment (text on a 24% tint) is readable', () => {
    for (const s of SENTIMENTS) expect(contrast(t.text!, mix(t[`sentiment-${s}`]!, 0.24, t.surface!)), s).toBeGreaterThanOrEqual(AA);
  });
});
