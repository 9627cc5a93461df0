// Analyses (CONTRACT §6): every analysis of one 5,000-card blueprint, the way `frontstage
// analyze`, the report and the app's Insights call them (analyze(doc, blueprintId), from scratch).
import { freeze } from 'immer';
import { analyze } from '../../shared/analysis';
import { generateDoc } from '../fixtures/generate';
import { median, percentile, report } from './report';

const SECTION = 'Analyses';
const RUNS = 60;
const TARGET_MS = 15;

function main(): void {
  const doc = freeze(generateDoc({ cards: 5000, connectors: 2000 }), true);
  for (let i = 0; i < 5; i++) analyze(doc, 'bp1');
  const wall: number[] = [];
  const cpu: number[] = [];
  let touchpoints = 0;
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    touchpoints = analyze(doc, 'bp1').touchpoints;
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const ms = median(wall);
  report({
    section: SECTION, what: 'all analyses, 5,000 cards + 2,000 connectors', value: Math.round(ms * 100) / 100, unit: 'ms',
    target: `≤ ${TARGET_MS} ms median`, pass: ms <= TARGET_MS,
    note: `median of ${RUNS} after 5 warm-up runs (p95 ${percentile(wall, 95).toFixed(2)} ms; CPU median ${median(cpu).toFixed(2)} ms); ${touchpoints} touchpoints`,
  });
}

main();
