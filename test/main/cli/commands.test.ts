import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, cli, hashOf, tempDir } from './harness';

function newWorkshop(dir: string, name = 'w.frontstage', ...extra: string[]): string {
  const r = cli(['new', name, ...extra], dir);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return join(dir, name);
}

describe('frontstage CLI happy paths', () => {
  it('prints help with exit 0', () => {
    const r = cli(['--help'], tempDir());
    expect(r.code).toBe(0);
    for (const command of ['new', 'templates', 'import', 'export', 'info', 'check', 'serve']) expect(r.stdout).toContain(command);
  });

  it('runs through the package bin, as npx does', () => {
    const r = spawnSync(process.execPath, [join(CLI, '..', '..', 'bin', 'frontstage.cjs'), '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: frontstage');
  });

  it('lists the templates, in text and as JSON', () => {
    const dir = tempDir();
    const text = cli(['templates'], dir);
    expect(text.code).toBe(0);
    const json = JSON.parse(cli(['templates', '--json'], dir).stdout) as { id: string }[];
    expect(json.map((t) => t.id)).toEqual(['blank', 'customer-lifecycle', 'consumption-process', 'customers-job', 'agricultural-supplier', 'bank-branch', 'dental-root-canal', 'home-espresso', 'resort-smoking', 'streaming-subscription']);
    for (const t of json) expect(text.stdout).toContain(t.id);
  });

  it('creates a blank workshop with a title, and info counts it', () => {
    const dir = tempDir();
    newWorkshop(dir, 'w.frontstage', '--title', 'Branch visit <b>&</b> 🏦');
    const info = JSON.parse(cli(['info', 'w.frontstage'], dir).stdout);
    expect(info).toEqual({
      title: 'Branch visit <b>&</b> 🏦',
      formatVersion: expect.any(Number),
      blueprints: [{ id: expect.any(String), name: 'Current state', lanes: 6, stages: 1, steps: 1, cards: 0, touchpoints: 0, connectors: 0 }],
    });
  });

  it('creates each stage preset with its stages', () => {
    const dir = tempDir();
    for (const [template, stages] of [['customer-lifecycle', 8], ['consumption-process', 3], ['customers-job', 3]] as const) {
      newWorkshop(dir, `${template}.frontstage`, '--template', template);
      const info = JSON.parse(cli(['info', `${template}.frontstage`], dir).stdout);
      expect(info.blueprints[0]).toMatchObject({ lanes: 6, stages, steps: stages, cards: 0 });
    }
  });

  it('creates the home-espresso sample, which info counts and check passes', () => {
    const dir = tempDir();
    newWorkshop(dir, 'espresso.frontstage', '--template', 'home-espresso');
    const info = JSON.parse(cli(['info', 'espresso.frontstage'], dir).stdout);
    expect(info.title).toBe('Home espresso: boutique to cup');
    expect(info.blueprints).toEqual([
      { id: expect.any(String), name: 'Current state', lanes: 10, stages: 5, steps: 14, cards: 84, touchpoints: 18, connectors: 31 },
      { id: expect.any(String), name: 'Future state', lanes: 10, stages: 5, steps: 14, cards: 82, touchpoints: 19, connectors: 27 },
    ]);
    const check = cli(['check', 'espresso.frontstage'], dir);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^ok: "espresso\.frontstage": 2 blueprints, 166 cards, 58 connectors/);
  });

  it('gives fresh ids on every new workshop from the same template', () => {
    const dir = tempDir();
    newWorkshop(dir, 'a.frontstage', '--template', 'home-espresso');
    newWorkshop(dir, 'b.frontstage', '--template', 'home-espresso');
    const id = (f: string) => JSON.parse(cli(['info', f], dir).stdout).blueprints[0].id;
    expect(id('a.frontstage')).not.toBe(id('b.frontstage'));
  });

  it('exports JSON that imports and exports again to the same bytes', () => {
    const dir = tempDir();
    newWorkshop(dir, 'a.frontstage', '--template', 'home-espresso');
    expect(cli(['export', 'a.frontstage', '--format', 'json'], dir).code).toBe(0);
    expect(existsSync(join(dir, 'a.json'))).toBe(true);
    const imported = cli(['import', 'a.json', 'b.frontstage'], dir);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('2 blueprints, 166 cards');
    expect(cli(['export', 'b.frontstage', '--format', 'json', '--out', 'b.json'], dir).code).toBe(0);
    expect(hashOf(join(dir, 'b.json'))).toBe(hashOf(join(dir, 'a.json')));
  });

  it('exports to stdout with --out - and leaves no file', () => {
    const dir = tempDir();
    newWorkshop(dir, 'a.frontstage', '--template', 'home-espresso');
    const r = cli(['export', 'a.frontstage', '--format', 'json', '--out', '-'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: 'frontstage-workshop', formatVersion: 1 });
    expect(readdirSync(dir)).toEqual(['a.frontstage']);
  });

  it('stops quietly when the reader of stdout goes away', () => {
    const dir = tempDir();
    newWorkshop(dir, 'a.frontstage', '--template', 'home-espresso');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" export a.frontstage --format json --out - | head -c 1 >/dev/null`], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
  });

  it('prints its version', () => {
    const r = cli(['--version'], tempDir());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('exports pictures of the blueprint chosen by name or id', () => {
    const dir = tempDir();
    newWorkshop(dir, 'a.frontstage', '--template', 'home-espresso');
    const png = cli(['export', 'a.frontstage', '--format', 'png', '--blueprint', 'current state', '--out', '-'], dir);
    expect(png.code, png.stderr).toBe(0);
    expect(png.stdoutBytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const id = JSON.parse(cli(['info', 'a.frontstage'], dir).stdout).blueprints[0].id;
    const svg = cli(['export', 'a.frontstage', '--format', 'svg', '--blueprint', id], dir);
    expect(svg.code, svg.stderr).toBe(0);
    expect(readFileSync(join(dir, 'a.svg'), 'utf8')).toMatch(/<svg[\s>]/);
  });

  it('replaces an earlier export of the same name', () => {
    const dir = tempDir();
    newWorkshop(dir, 'a.frontstage');
    writeFileSync(join(dir, 'a.json'), 'old');
    expect(cli(['export', 'a.frontstage', '--format', 'json'], dir).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')).format).toBe('frontstage-workshop');
  });
});

describe('frontstage CLI usage errors exit 2', () => {
  const cases: [string, string[]][] = [
    ['no command', []],
    ['an unknown command', ['frobnicate']],
    ['a missing argument', ['import', 'only-one.json']],
    ['an unknown option', ['info', 'w.frontstage', '--verbose']],
    ['an unknown export format', ['export', 'w.frontstage', '--format', 'gif']],
    ['a missing export format', ['export', 'w.frontstage']],
    ['a scale out of range', ['export', 'w.frontstage', '--format', 'png', '--scale', '99']],
    ['an unknown page size', ['export', 'w.frontstage', '--format', 'pdf', '--page', 'a0']],
    ['an unknown template', ['new', 'x.frontstage', '--template', 'nope']],
  ];
  for (const [what, args] of cases) {
    it(`for ${what}`, () => {
      const dir = tempDir();
      newWorkshop(dir);
      const r = cli(args, dir);
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/\s+at .+:\d+:\d+/);
      expect(readdirSync(dir)).toEqual(['w.frontstage']);
    });
  }
});
