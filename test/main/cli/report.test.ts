import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../../main/service';
import { pdfInfo, pdfText, squash } from '../export/helpers';
import { SECTIONS } from '../export/reportSections';
import { cli, expectRejected, tempDir } from './harness';

function espresso(dir: string): void {
  const r = cli(['new', 'w.frontstage', '--template', 'home-espresso'], dir);
  expect(r.code, r.stderr).toBe(0);
}

describe('frontstage report', () => {
  it('writes one PDF with every section, for the blueprint and paper asked for', () => {
    const dir = tempDir();
    espresso(dir);
    const r = cli(['report', 'w.frontstage', '--out', 'report.pdf'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('wrote "report.pdf"\n');
    const pdf = readFileSync(join(dir, 'report.pdf'));
    const text = squash(pdfText(pdf));
    for (const heading of SECTIONS) expect(text, heading).toContain(squash(heading));
    expect(pdfInfo(pdf)['Page size']).toMatch(/^841\.89 x 595\.28/);

    expect(cli(['report', 'w.frontstage', '--out', 'future.pdf', '--blueprint', 'future state', '--page', 'letter'], dir).code).toBe(0);
    const future = readFileSync(join(dir, 'future.pdf'));
    expect(pdfInfo(future)['Page size']).toMatch(/^792 x 612/);
    expect(squash(pdfText(future))).toContain(squash('Club welcome call after two weeks'));
    expect(readdirSync(dir).sort()).toEqual(['future.pdf', 'report.pdf', 'w.frontstage']);
  });

  it('writes to stdout with --out -', () => {
    const dir = tempDir();
    espresso(dir);
    const r = cli(['report', 'w.frontstage', '--out', '-'], dir);
    expect(r.code).toBe(0);
    expect(r.stdoutBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readdirSync(dir)).toEqual(['w.frontstage']);
  });

  it('refuses bad input with one error line and no file, and wrong usage with exit 2', () => {
    const dir = tempDir();
    espresso(dir);
    expectRejected(dir, ['report', 'w.frontstage', '--out', 'r.pdf', '--blueprint', 'Someday'], 'w.frontstage', /no blueprint "Someday"/);
    expectRejected(dir, ['report', 'w.frontstage', '--out', 'w.frontstage'], 'w.frontstage', /would overwrite the workshop itself/);
    expectRejected(dir, ['report', 'w.frontstage', '--out', join('no-such-folder', 'r.pdf')], 'w.frontstage', /cannot write .*r\.pdf/);
    mkdirSync(join(dir, 'taken.pdf'));
    expectRejected(dir, ['report', 'w.frontstage', '--out', 'taken.pdf'], 'w.frontstage', /cannot write .*taken\.pdf/);
    for (const args of [['report', 'w.frontstage'], ['report', 'w.frontstage', '--out', 'r.pdf', '--page', 'a1'], ['report']]) {
      const r = cli(args, dir);
      expect(r.code, args.join(' ')).toBe(2);
    }
    expect(existsSync(join(dir, 'r.pdf'))).toBe(false);
  });
});

describe('the report through the contract (Export dialog)', () => {
  it('export.render with format "report" gives the PDF and its file name; paper it does not print on is refused', async () => {
    const tmp = tempDir();
    const service = createService({ workDir: join(tmp, 'work'), defaultDir: join(tmp, 'docs'), host: { kind: 'browser', nativeDialogs: false, version: 'test', startupFile: null }, autosaveMs: 100, log: () => {} });
    try {
      const opened = await service['workshop.new']({ template: 'dental-root-canal' });
      if (!opened.ok) throw new Error(opened.error.message);
      const result = await service['export.render']({ session: opened.value.session, format: 'report', page: 'a3' });
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value).toMatchObject({ filename: 'root-canal-at-smile-street-dental-current-state-report.pdf', mime: 'application/pdf' });
      const pdf = Buffer.from(result.value.base64, 'base64');
      expect(pdfInfo(pdf)['Page size']).toMatch(/^1190\.55 x 841\.89/);
      expect(squash(pdfText(pdf))).toContain(squash('Benchmark scorecard'));
      const refused = await service['export.render']({ session: opened.value.session, format: 'report', page: 'a1' });
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error).toMatchObject({ code: 'bad-request', message: expect.stringMatching(/a4, a3, letter/) });
    } finally {
      await service.closeAll();
    }
  });
});
