// Workshop core: importing a 5,000-card JSON file into a new workshop file, the way
// `frontstage import` does it (parse + validate + atomic write), median of several runs.
// CPU time is reported beside wall time because the bench machine may be shared: wall time
// counts the time other processes hold the cores, CPU time only ours.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseInterchangeText, stringifyInterchange, toInterchange } from '../../shared/interchange';
import { writeWorkshopFile } from '../../main/workshop';
import { generateDoc } from '../fixtures/generate';
import { median, report } from './report';

const WARMUP = 2;
const RUNS = 11;
const TARGET_MS = 300;
const section = 'Workshop core';
const text = stringifyInterchange(toInterchange(generateDoc({ cards: 5_000, connectors: 2_000 })));
const dir = mkdtempSync(join(tmpdir(), 'frontstage-bench-'));

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

const wall: number[] = [];
const cpu: number[] = [];
const validate: number[] = [];
const exportTimes: number[] = [];
try {
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const result = parseInterchangeText(text);
    if (!('doc' in result)) throw new Error(`the generated workshop does not import: ${result.problems[0]?.message}`);
    const t1 = performance.now();
    writeWorkshopFile(join(dir, `run${i}.frontstage`), result.doc);
    const t2 = performance.now();
    const usedCpu = cpuMs(c0);
    stringifyInterchange(toInterchange(result.doc));
    const t3 = performance.now();
    if (i < WARMUP) continue;
    cpu.push(usedCpu);
    exportTimes.push(t3 - t2);
    validate.push(t1 - t0);
    wall.push(t2 - t0);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const mb = (Buffer.byteLength(text) / 1e6).toFixed(1);
const load = `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;
report({
  section, what: 'import 5,000-card JSON into a workshop file', value: median(wall), unit: 'ms', target: `≤ ${TARGET_MS} ms`,
  pass: median(wall) <= TARGET_MS, note: `median of ${RUNS} after ${WARMUP} warm-up runs; ${mb} MB of JSON with 2,000 connectors; parse + validate + atomic write; ${load}`,
});
report({ section, what: 'import 5,000-card JSON (CPU time)', value: median(cpu), unit: 'ms', target: `≤ ${TARGET_MS} ms`, pass: median(cpu) <= TARGET_MS });
report({ section, what: 'parse + validate 5,000-card JSON', value: median(validate), unit: 'ms' });
report({ section, what: 'export 5,000-card workshop to JSON', value: median(exportTimes), unit: 'ms' });
