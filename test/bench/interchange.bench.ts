// Workshop core: importing a 5,000-card JSON file into a new workshop file, the way
// `frontstage import` does it (parse + validate + atomic write), median of several runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseInterchangeText, stringifyInterchange, toInterchange } from '../../shared/interchange';
import { writeWorkshopFile } from '../../main/workshop';
import { generateDoc } from '../fixtures/generate';
import { median, report } from './report';

const RUNS = 7;
const section = 'Workshop core';
const text = stringifyInterchange(toInterchange(generateDoc({ cards: 5_000, connectors: 2_000 })));
const dir = mkdtempSync(join(tmpdir(), 'frontstage-bench-'));

const total: number[] = [];
const validate: number[] = [];
const exportTimes: number[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const result = parseInterchangeText(text);
    if (!('doc' in result)) throw new Error(`the generated workshop does not import: ${result.problems[0]?.message}`);
    const t1 = performance.now();
    writeWorkshopFile(join(dir, `run${i}.frontstage`), result.doc);
    const t2 = performance.now();
    stringifyInterchange(toInterchange(result.doc));
    exportTimes.push(performance.now() - t2);
    validate.push(t1 - t0);
    total.push(t2 - t0);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const mb = (Buffer.byteLength(text) / 1e6).toFixed(1);
report({ section, what: 'import 5,000-card JSON into a workshop file', value: median(total), unit: 'ms', target: '≤ 300 ms', pass: median(total) <= 300, note: `median of ${RUNS}; ${mb} MB of JSON, 2,000 connectors; parse + validate + atomic write` });
report({ section, what: 'parse + validate 5,000-card JSON', value: median(validate), unit: 'ms' });
report({ section, what: 'export 5,000-card workshop to JSON', value: median(exportTimes), unit: 'ms' });
