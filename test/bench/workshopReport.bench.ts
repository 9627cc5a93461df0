// The workshop report (frontstage report) of a 2,000-card, 1,500-connector workshop, against the
// plain PDF export of the same blueprint on the same paper: the report is that PDF's tiles plus
// the cover, the analyses and their charts. Runs alternate so both see the same machine load.
import { exportReport, renderExport } from '../../main/export';
import { generateDoc } from '../fixtures/generate';
import { median, report } from './report';

const SECTION = 'Workshop report';
const RUNS = 3;

async function timed(run: () => Promise<Uint8Array>): Promise<{ ms: number; cpu: number; bytes: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const bytes = (await run()).length;
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpu: (c.user + c.system) / 1000, bytes };
}

async function main(): Promise<void> {
  const doc = generateDoc({ cards: 2000, connectors: 1500 });
  const plain: { ms: number; cpu: number; bytes: number }[] = [];
  const full: { ms: number; cpu: number; bytes: number }[] = [];
  // One warm-up of each: font loading and module initialisation are not the report's cost.
  await renderExport(doc, { format: 'pdf', blueprintId: 'bp1', page: 'a4' });
  await exportReport(doc, 'bp1', 'a4');
  for (let i = 0; i < RUNS; i++) {
    plain.push(await timed(() => renderExport(doc, { format: 'pdf', blueprintId: 'bp1', page: 'a4' })));
    full.push(await timed(() => exportReport(doc, 'bp1', 'a4')));
  }
  const reportMs = median(full.map((r) => r.ms));
  const plainMs = median(plain.map((r) => r.ms));
  const ratio = reportMs / plainMs;
  const mb = (b: number) => (b / 1e6).toFixed(2);
  report({
    section: SECTION, what: 'report PDF, 2,000 cards + 1,500 connectors, A4', value: Math.round(reportMs), unit: 'ms',
    target: '≤ 3000 ms and ≤ 1.5× the plain PDF', pass: reportMs <= 3000 && ratio <= 1.5,
    note: `median of ${RUNS}; CPU ${Math.round(median(full.map((r) => r.cpu)))} ms; ${ratio.toFixed(2)}× the plain A4 PDF export of the same blueprint (${Math.round(plainMs)} ms, CPU ${Math.round(median(plain.map((r) => r.cpu)))} ms); ${mb(full[0]!.bytes)} MB vs ${mb(plain[0]!.bytes)} MB`,
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
