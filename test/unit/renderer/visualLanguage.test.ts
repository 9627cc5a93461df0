// The canvas and the exports speak one visual language: the exports' colours are the canvas's
// light theme, the canvas's mark pictures are drawn from the shapes the exports draw, and the
// lines and connectors have the same patterns on both.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_KINDS, CONNECTOR_KINDS } from '../../../shared/model/schemas';
import { CARD_KIND_COLOR, CONNECTOR_STYLE, FAIL_POINT_COLOR, INK, LANE_TINT, LINE_STYLE, MARK_SHAPES, SENTIMENT_COLOR, STRATEGY_COLOR, maskSvg, type MarkName } from '../../../shared/render';

const styles = join(__dirname, '../../../renderer/styles');
const css = (file: string) => readFileSync(join(styles, file), 'utf8');

/** The custom properties of the light theme (theme.css's :root block). */
function lightTheme(): Record<string, string> {
  const text = css('theme.css');
  const start = text.indexOf(':root {');
  const body = text.slice(start, text.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--fs-[\w-]+):\s*(#[0-9a-fA-F]{3,8})\s*;/g)].map(([, k, v]) => [k!, v!.toLowerCase()]));
}

describe('one visual language for the canvas and the exports', () => {
  const theme = lightTheme();

  it('exports paint in the canvas\'s light-theme colours', () => {
    const pairs: [string, string][] = [
      ['--fs-text', INK.text], ['--fs-muted', INK.muted], ['--fs-border', INK.rule], ['--fs-border-strong', INK.ruleStrong],
      ['--fs-surface', INK.paper], ['--fs-surface-2', INK.surface2], ['--fs-touchpoint', INK.touchpoint], ['--fs-accent', INK.accent],
      ['--fs-failpoint', FAIL_POINT_COLOR],
      ['--fs-strategy-benchmark', STRATEGY_COLOR.benchmark], ['--fs-strategy-differentiate', STRATEGY_COLOR.differentiate],
      ...Object.entries(SENTIMENT_COLOR).map(([k, v]) => [`--fs-sentiment-${k}`, v] as [string, string]),
      ...Object.entries(LINE_STYLE).map(([k, v]) => [`--fs-line-${k}`, v.color] as [string, string]),
      ...CONNECTOR_KINDS.map((k) => [`--fs-connector-${k}`, CONNECTOR_STYLE[k].color] as [string, string]),
      ...CARD_KINDS.map((k) => [`--fs-kind-${k}`, CARD_KIND_COLOR[k]] as [string, string]),
      ...Object.entries(LANE_TINT).map(([k, v]) => [`--fs-lane-${k}`, v] as [string, string]),
    ];
    for (const [variable, colour] of pairs) expect(colour.toLowerCase(), variable).toBe(theme[variable]);
  });

  it('the canvas\'s mark masks are the shapes the exports draw, at the same sizes', () => {
    const sizes = css('marks.css');
    for (const name of Object.keys(MARK_SHAPES) as MarkName[]) {
      expect(readFileSync(join(styles, 'marks', `${name}.mask.svg`), 'utf8'), `${name}: run node scripts/card-marks.mjs`).toBe(maskSvg(name));
      const [w, h] = MARK_SHAPES[name].size;
      expect(sizes, name).toContain(`.fs-icon-${name} { --fs-icon-w: ${w}px; --fs-icon-h: ${h}px;`);
    }
  });

  it('draws the three lines and the connector kinds in the same patterns', () => {
    const canvas = css('canvas.css');
    expect(LINE_STYLE.interaction.dash).toBeUndefined();
    expect(canvas).toMatch(/\.fs-line\.fs-line-visibility \{ border-top: 2px dashed/);
    expect(LINE_STYLE.visibility.dash).toBeDefined();
    expect(canvas).toMatch(/\.fs-line\.fs-line-internal \{ border-top: 2px dotted/);
    expect(LINE_STYLE.internal.round).toBe(true);
    for (const kind of CONNECTOR_KINDS) {
      const dash = CONNECTOR_STYLE[kind].dash;
      const rule = new RegExp(`\\.fs-connector-${kind} \\.fs-connector-line \\{ stroke-dasharray: ([\\d ]+);`).exec(canvas);
      expect(rule?.[1] ?? null, kind).toBe(dash ? dash.join(' ') : null);
    }
    expect(canvas).toMatch(new RegExp(`\\.fs-connector-cause \\.fs-connector-line \\{ stroke-width: ${CONNECTOR_STYLE.cause.width}; \\}`));
  });
});
