// `npm run bench`: bundles and runs every test/bench/*.bench.ts in its own Node process,
// collects the lines they print as `BENCH {json}`, prints one table and writes docs/benchmarks.md.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const benchDir = join(root, 'test/bench');
const outDir = join(root, '.bench-tmp');
const only = process.argv.slice(2);
const files = readdirSync(benchDir).filter((f) => f.endsWith('.bench.ts')).filter((f) => !only.length || only.some((o) => f.includes(o))).sort();

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const rows = [];
for (const file of files) {
  const out = join(outDir, file.replace(/\.ts$/, '.cjs'));
  await build({ entryPoints: [join(benchDir, file)], outfile: out, bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'warning', jsx: 'automatic' });
  process.stdout.write(`bench: ${file} …\n`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', out], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, FRONTSTAGE_ROOT: root } });
  for (const line of (r.stdout ?? '').split('\n')) {
    if (line.startsWith('BENCH ')) rows.push({ file, ...JSON.parse(line.slice(6)) });
  }
  if (r.status !== 0) rows.push({ file, section: file, what: 'bench script failed', value: NaN, unit: '', target: '', pass: false, note: (r.stderr ?? '').split('\n').filter(Boolean).slice(-3).join(' ') });
}
rmSync(outDir, { recursive: true, force: true });

const fmt = (v) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 2 : 1)) : String(v));
const header = ['section', 'what', 'measured', 'target', 'ok'];
const table = rows.map((r) => [r.section, r.what, `${fmt(r.value)} ${r.unit}`.trim(), r.target ?? '', r.pass === undefined ? '' : r.pass ? 'yes' : 'NO']);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(header));
for (const t of table) console.log(line(t));

const md = [
  '# Benchmarks',
  '',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.platform}/${process.arch}.`,
  'Regenerated on every run; targets come from the issues.',
  '',
  '| section | what | measured | target | ok |',
  '|---|---|---|---|---|',
  ...table.map((t) => `| ${t.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`),
  '',
  ...rows.filter((r) => r.note).map((r) => `- **${r.what}**: ${r.note}`),
  '',
].join('\n');
writeFileSync(join(root, 'docs/benchmarks.md'), md);
const failed = rows.filter((r) => r.pass === false).length;
console.log(`bench: ${rows.length} measurements, ${failed} off target; written to docs/benchmarks.md`);
