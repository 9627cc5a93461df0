import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, expectRejected, tempDir } from '../cli/harness';
import { pdfInfo, pngSize } from './helpers';

describe('frontstage export (the issue\'s "done when")', () => {
  it('writes an A1 PDF, an SVG, a PNG and a CSV of the sample a designer can hand over', () => {
    const dir = tempDir();
    expect(cli(['new', 'x.frontstage', '--template', 'home-espresso'], dir).code).toBe(0);
    for (const [format, extra] of [['pdf', ['--page', 'a1']], ['svg', []], ['png', ['--scale', '2']], ['csv', []]] as const) {
      const r = cli(['export', 'x.frontstage', '--format', format, ...extra, '--out', `x.${format}`], dir);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
    }
    expect(pdfInfo(readFileSync(join(dir, 'x.pdf')))['Page size']).toContain('(A1)');
    expect(readFileSync(join(dir, 'x.svg'), 'utf8')).toMatch(/^<\?xml[^>]+>\n<svg /);
    const svgWidth = Number(/<svg [^>]*width="([\d.]+)"/.exec(readFileSync(join(dir, 'x.svg'), 'utf8'))![1]);
    expect(pngSize(readFileSync(join(dir, 'x.png'))).width).toBe(Math.ceil(svgWidth * 0.75 * 2));
    expect(readFileSync(join(dir, 'x.csv')).subarray(0, 3).toString('hex')).toBe('efbbbf');
    expect(readdirSync(dir).sort()).toEqual(['x.csv', 'x.frontstage', 'x.pdf', 'x.png', 'x.svg']);
  });

  it('refuses a PNG over the pixel limit in one line, suggesting PDF, leaving no file', () => {
    const dir = tempDir();
    expect(cli(['new', 'x.frontstage', '--template', 'home-espresso'], dir).code).toBe(0);
    expectRejected(dir, ['export', 'x.frontstage', '--format', 'png', '--scale', '8', '--out', 'x.png'], 'x.frontstage', /megapixels.*PDF/);
    expect(existsSync(join(dir, 'x.png'))).toBe(false);
  });
});
