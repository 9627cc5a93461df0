// Workshop core: opening, editing and saving the workshop file, against the targets of the
// "Workshop core" issue, plus the per-edit cost of rewriting a JSON document with fsync.
import { closeSync, fsyncSync, mkdtempSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyPatches, enablePatches, type Patch } from 'immer';
import { readWorkshop, writeWorkshopFile, WorkshopSession } from '../../main/workshop';
import { defaultCard, type WorkshopDoc } from '../../shared/model';
import { generateDoc, rng } from '../fixtures/generate';
import { median, percentile, report } from './report';

enablePatches();
const section = 'Workshop core';
const dir = mkdtempSync(join(tmpdir(), 'frontstage-bench-'));

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Wall-clock samples, plus the median CPU time: on a shared machine the two tell load from cost.
 * No forced GC between samples: it shrinks the young generation, so the next run pays for
 * re-growing it, which a running app never does.
 */
function samples(runs: number, fn: () => void): number[] & { cpuMedian: number } {
  fn(); // warm-up: module init, schema caches
  const out: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = cpuMs();
    out.push(time(fn));
    cpu.push(cpuMs() - before);
  }
  return Object.assign(out, { cpuMedian: median(cpu) });
}

/** A realistic mix of edits: retitle, move, rate a touchpoint, add a card. */
function edits(doc: WorkshopDoc, count: number): Patch[][] {
  const random = rng(11);
  const ids = Object.keys(doc.cards);
  const touchpoints = ids.filter((id) => doc.cards[id]!.touchpoint);
  const out: Patch[][] = [];
  for (let i = 0; i < count; i++) {
    const id = ids[Math.floor(random() * ids.length)]!;
    const kind = i % 4;
    if (kind === 0) out.push([{ op: 'replace', path: ['cards', id, 'title'], value: `Edited title ${i}` }]);
    else if (kind === 1) out.push([{ op: 'replace', path: ['cards', id, 'position'], value: random() * 10 }]);
    else if (kind === 2) {
      const tp = touchpoints[Math.floor(random() * touchpoints.length)]!;
      out.push([{ op: 'replace', path: ['cards', tp, 'touchpoint', 'importance'], value: 1 + (i % 5) }]);
    } else {
      const card = defaultCard({ id: `bench${i}`, laneId: 'lane1', stepId: 'step0-0', position: i, title: `New card ${i}` });
      out.push([{ op: 'add', path: ['cards', card.id], value: card }]);
    }
  }
  return out;
}

try {
  const doc5k = generateDoc({ cards: 5000, connectors: 2000 });
  const file5k = join(dir, 'five-thousand.frontstage');
  writeWorkshopFile(file5k, doc5k);
  const opens5k = samples(15, () => readWorkshop(file5k));
  const open5k = median(opens5k);
  report({ section, what: 'open a 5,000-card workshop (identify, check, validate, load)', value: open5k, unit: 'ms', target: '≤ 150 ms median', pass: open5k <= 150, note: `CPU time ${opens5k.cpuMedian.toFixed(1)} ms median` });

  const file20k = join(dir, 'twenty-thousand.frontstage');
  writeWorkshopFile(file20k, generateDoc({ cards: 20_000, connectors: 8000 }));
  const opens20k = samples(5, () => readWorkshop(file20k));
  const open20k = median(opens20k);
  report({ section, what: 'open a 20,000-card workshop', value: open20k, unit: 'ms', target: '≤ 600 ms median', pass: open20k <= 600, note: `CPU time ${opens20k.cpuMedian.toFixed(1)} ms median` });

  const session = WorkshopSession.open(file5k, { workDir: join(dir, 'work') });
  const ours = edits(session.doc, 400).map((patches) => time(() => session.apply(patches)));
  const ourP95 = percentile(ours.slice(20), 95);
  report({ section, what: 'one edit committed to the working copy (5,000 cards)', value: ourP95, unit: 'ms p95', target: '≤ 5 ms p95', pass: ourP95 <= 5, note: `median ${median(ours).toFixed(2)} ms over ${ours.length} edits (retitle, move, rate, add)` });

  const saves = samples(10, () => {
    session.apply([{ op: 'replace', path: ['workshop', 'notes'], value: `save ${Math.random()}` }]);
    session.save();
  });
  const save5k = median(saves);
  report({ section, what: 'atomic save of 5,000 cards (VACUUM INTO, fsync, check, .bak, rename)', value: save5k, unit: 'ms', target: '≤ 250 ms median', pass: save5k <= 250 });
  session.close();

  // What most editors do: serialize the whole document and fsync it on every edit.
  let jsonDoc = doc5k;
  const jsonFile = join(dir, 'document.json');
  const naive = edits(doc5k, 60).map((patches) =>
    time(() => {
      jsonDoc = applyPatches(jsonDoc, patches);
      const temp = `${jsonFile}.tmp`;
      const fd = openSync(temp, 'w');
      writeSync(fd, JSON.stringify(jsonDoc));
      fsyncSync(fd);
      closeSync(fd);
      renameSync(temp, jsonFile);
    }),
  );
  const naiveP95 = percentile(naive.slice(5), 95);
  report({ section, what: 'baseline: rewrite the whole document as JSON + fsync per edit', value: naiveP95, unit: 'ms p95', note: `median ${median(naive).toFixed(2)} ms` });
  report({ section, what: 'our per-edit cost as a share of the JSON-rewrite baseline', value: (100 * ourP95) / naiveP95, unit: '% (p95 / p95)', target: '< 100 %', pass: ourP95 < naiveP95, note: `medians: ours ${median(ours).toFixed(3)} ms, JSON rewrite ${median(naive).toFixed(1)} ms` });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
