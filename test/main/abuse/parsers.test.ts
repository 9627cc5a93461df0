// The abuse suite: every parser of outside input gets generated inputs and mutations of valid
// ones (fast-check), each case in a worker with a time limit. Nothing may crash, hang, change
// its input or leave files behind; what is accepted must come back out exactly as it went in.
//
// OUTSIDE_INPUTS lists the parsers. To add one (the WebSocket messages of the room, say), add an
// entry: a name, its inputs, and how to run one case; see docs/security.md, "Abuse suite".
// The HTTP bodies and headers of the browser host are abused in http.test.ts, against a real host.
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWorkshopFile } from '../../../main/workshop';
import { CaseRunner, bundleWorker, type Outcome } from './cases';
import { damagedFile, fileDamage, imageData, interchangeInputs, scratchFile, withImage } from './inputs';

interface OutsideInput<I> {
  name: string;
  inputs: fc.Arbitrary<I>;
  /** Runs one case; the runner's time limit applies. */
  run(input: I, runner: CaseRunner, n: number): Promise<Outcome>;
  runs: number;
  /** Inputs of this parser are both accepted and refused (images never make a file refused). */
  bothOutcomes: boolean;
}

let dir = '';
const runner = new CaseRunner();
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'frontstage-abuse-'));
  runner.dir = dir;
  await bundleWorker();
});
afterAll(async () => {
  await runner.close();
  rmSync(dir, { recursive: true, force: true });
});

const entry = <I>(e: OutsideInput<I>) => e;

export const OUTSIDE_INPUTS = [
  entry({
    name: 'JSON interchange (frontstage import, templates)',
    inputs: interchangeInputs(),
    run: (text, r) => r.run('interchange', text, 5_000),
    runs: 300,
    bothOutcomes: true,
  }),
  entry({
    name: 'workshop files (open, check, info, export)',
    inputs: fileDamage,
    run: (damage, r, n) => {
      const path = scratchFile(dir, n);
      damagedFile(path, damage);
      return r.run('file', path, 5_000);
    },
    runs: 150,
    bothOutcomes: true,
  }),
  entry({
    name: 'images inside workshop files (canvas data, SVG, PDF and PNG exports)',
    inputs: imageData,
    run: (image, r, n) => {
      const path = scratchFile(dir, n);
      writeWorkshopFile(path, withImage(image), { overwrite: true });
      return r.run('exports', path, 10_000);
    },
    runs: 40,
    bothOutcomes: false,
  }),
];

describe('abuse: parsers of outside input', () => {
  for (const target of OUTSIDE_INPUTS as OutsideInput<unknown>[]) {
    it(`${target.name}: never crashes, hangs or changes its input`, { timeout: 180_000 }, async () => {
      let n = 0;
      const seen = { accepted: 0, refused: 0 };
      await fc.assert(
        fc.asyncProperty(target.inputs, async (input) => {
          const result = await target.run(input, runner, n++);
          expect(result.violation ?? null, `after ${result.ms} ms`).toBeNull();
          seen[result.outcome === 'accepted' ? 'accepted' : 'refused']++;
        }),
        { numRuns: target.runs, seed: Number(process.env.FRONTSTAGE_ABUSE_SEED ?? 20_260_214) },
      );
      // Both kinds of outcome must occur, or the generators test only one side of the parser.
      expect(seen.accepted).toBeGreaterThan(0);
      if (target.bothOutcomes) expect(seen.refused).toBeGreaterThan(0);
    });
  }
});
