// Exports of a 2,000-card, 1,500-connector blueprint. Each export runs in a child process of
// its own (this script, started with --child FORMAT PAGE), so its peak memory is that
// process's maxRSS: Node itself, the generated workshop and the export, nothing left over from
// an earlier measurement. Chromium's print-to-PDF of the same SVG is the yardstick for PDF.
// The PNG runs twice and the others three times: the median is what is reported.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { renderExport, type ExportOptions } from '../../main/export';
import { generateDoc } from '../fixtures/generate';
import { median, report } from './report';

const SECTION = 'Exports';
const RUNS = 3;
const doc = () => generateDoc({ cards: 2000, connectors: 1500 });
const mb = (bytes: number) => Math.round((bytes / 1e6) * 100) / 100;
/** CPU time beside wall time: on a shared machine the two tell load from cost. */
const cpu = (r: { cpuMs: number[] }) => Math.round(median(r.cpuMs));

interface ChildResult { ms: number[]; cpuMs: number[]; bytes: number; maxRssMb: number }

/** In the child: time `runs` exports and print what the parent reads back. */
async function child(format: ExportOptions['format'], page: string, runs: number): Promise<void> {
  const d = doc();
  const options: ExportOptions = { format, blueprintId: 'bp1', ...(format === 'pdf' ? { page: page as ExportOptions['page'] } : {}), ...(format === 'png' ? { scale: 1 } : {}) };
  const ms: number[] = [];
  const cpuMs: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    bytes = (await renderExport(d, options)).length;
    const c = process.cpuUsage(c0);
    ms.push(performance.now() - t0);
    cpuMs.push((c.user + c.system) / 1000);
  }
  const result: ChildResult = { ms, cpuMs, bytes, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
  process.stdout.write(`CHILD ${JSON.stringify(result)}\n`);
}

// Children run a private copy of this bundle: another `npm run bench` may empty .bench-tmp
// while this one is still measuring.
let privateDir = '';
let script = '';
const root = process.env.FRONTSTAGE_ROOT ?? process.cwd();
const childEnv = { ...process.env, FRONTSTAGE_ROOT: root, NODE_PATH: join(root, 'node_modules') };

function measure(format: ExportOptions['format'], page = '', runs = RUNS): ChildResult {
  const r = spawnSync(process.execPath, [script, '--child', format, page, String(runs)], { encoding: 'utf8', env: childEnv, maxBuffer: 16 << 20 });
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('CHILD '));
  if (!line) throw new Error(`export ${format} ${page} failed: ${(r.stderr ?? '').split('\n').slice(-5).join(' ')}`);
  return JSON.parse(line.slice(6)) as ChildResult;
}

async function chromiumPdf(svg: string, width: number, height: number): Promise<{ ms: number[]; bytes: number }> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const ms: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage();
      const t0 = performance.now();
      await page.setContent(`<!doctype html><style>@page{margin:0}body{margin:0}</style>${svg}`);
      const pdf = await page.pdf({ width: `${width}px`, height: `${height}px`, printBackground: true, pageRanges: '1' });
      ms.push(performance.now() - t0);
      bytes = pdf.length;
      await page.close();
    }
    return { ms, bytes };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  privateDir = mkdtempSync(join(tmpdir(), 'frontstage-bench-'));
  script = join(privateDir, 'export.bench.cjs');
  copyFileSync(process.argv[1]!, script);
  const svgBytes = Buffer.from(await renderExport(doc(), { format: 'svg', blueprintId: 'bp1' }));
  const svg = svgBytes.toString('utf8').replace(/^<\?xml[^>]*>\s*/, '');
  const size = /width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;

  const runs = { svg: measure('svg'), csv: measure('csv'), fit: measure('pdf', 'fit'), a1: measure('pdf', 'a1'), png: measure('png', '', 2) };
  const chrome = await chromiumPdf(svg, Number(size[1]), Number(size[2]));
  const chromeMs = median(chrome.ms);

  const svgMs = median(runs.svg.ms);
  report({ section: SECTION, what: 'SVG, 2,000 cards + 1,500 connectors', value: Math.round(svgMs), unit: 'ms', target: '≤ 300 ms', pass: svgMs <= 300, note: `median of ${RUNS}; CPU ${cpu(runs.svg)} ms; ${mb(runs.svg.bytes)} MB` });
  for (const [what, r] of [['PDF fit (one page)', runs.fit], ['PDF A1 tiled', runs.a1]] as const) {
    const ms = median(r.ms);
    const ratio = ms / chromeMs;
    report({
      section: SECTION, what, value: Math.round(ms), unit: 'ms', target: '≤ 3000 ms and ≤ 0.5× Chromium',
      pass: ms <= 3000 && ratio <= 0.5,
      note: `median of ${RUNS}; CPU ${cpu(r)} ms; ${ratio.toFixed(2)}× Chromium's print-to-PDF of the same SVG (${Math.round(chromeMs)} ms); ${mb(r.bytes)} MB vs Chromium's ${mb(chrome.bytes)} MB`,
    });
  }
  report({ section: SECTION, what: 'Chromium print-to-PDF of the same SVG (yardstick)', value: Math.round(chromeMs), unit: 'ms', note: `median of ${RUNS}, setContent + page.pdf; ${mb(chrome.bytes)} MB` });
  const pngMs = median(runs.png.ms);
  report({ section: SECTION, what: 'PNG at scale 1', value: Math.round(pngMs), unit: 'ms', target: '≤ 3000 ms', pass: pngMs <= 3000, note: `median of 2; CPU ${cpu(runs.png)} ms (zlib runs on a helper thread); ${mb(runs.png.bytes)} MB` });
  const csvMs = median(runs.csv.ms);
  report({ section: SECTION, what: 'CSV', value: Math.round(csvMs), unit: 'ms', note: `median of ${RUNS}; CPU ${cpu(runs.csv)} ms; ${mb(runs.csv.bytes)} MB` });
  const peaks = Object.entries(runs).map(([k, r]) => `${k} ${r.maxRssMb}`);
  const peak = Math.max(...Object.values(runs).map((r) => r.maxRssMb));
  report({
    section: SECTION, what: 'peak memory of any export', value: peak, unit: 'MB', target: '≤ 600 MB', pass: peak <= 600,
    note: `maxRSS of a child process per format that builds the workshop and exports it (Node baseline included): ${peaks.join(', ')} MB`,
  });
}

const [flag, format, page, runs] = process.argv.slice(2);
if (flag === '--child') void child(format as ExportOptions['format'], page ?? '', Number(runs) || RUNS);
else {
  main()
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => privateDir && rmSync(privateDir, { recursive: true, force: true }));
}
