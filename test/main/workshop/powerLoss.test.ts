// Power-loss simulation: a cut leaves files shorter than what was written to them. A save's temp
// file cut at any point must never replace the workshop; a working copy whose WAL lost its tail
// must open with the file as last saved and offer the work that did reach the disk.
import { cpSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWorkshopFile, WorkshopSession, writeWorkshopFile } from '../../../main/workshop';
import { verifyWorkshopFile } from '../../../main/workshop/verify';
import { generateDoc } from '../../fixtures/generate';
import { runChild, useBundledChild } from './childProcess';
import { hashFile, useTempDir } from './helpers';

const tempDir = useTempDir();
const childScript = useBundledChild();

describe('power loss', () => {
  it('a save\'s temp file cut short at any point fails the check that comes before the rename', () => {
    const dir = tempDir();
    const file = join(dir, 'w.frontstage');
    writeWorkshopFile(file, generateDoc({ cards: 200, connectors: 40 }));
    const bytes = readFileSync(file);
    const temp = join(dir, '.w.frontstage.0123456789ab.tmp');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length - 1 }), (cut) => {
        writeFileSync(temp, bytes.subarray(0, cut));
        expect(() => verifyWorkshopFile(temp), `cut at ${cut} of ${bytes.length}`).toThrow();
      }),
      { numRuns: 60, seed: 14 },
    );
  });

  it('a working copy whose WAL lost its tail: the file opens as saved, and what survived is offered whole', async () => {
    const dir = tempDir();
    const file = join(dir, 'w.frontstage');
    const workDir = join(dir, 'work');
    writeWorkshopFile(file, generateDoc({ cards: 60 }));
    const saved = hashFile(file);
    // A real process commits edits to its working copy, then dies without saving (kill -9).
    const run = runChild(childScript(), { mode: 'crash-after-edit', file, workDir });
    await run.exited;
    const wal = readdirSync(workDir).find((n) => n.endsWith('.sqlite-wal'))!;
    const walSize = statSync(join(workDir, wal)).size;
    expect(walSize).toBeGreaterThan(0);

    const outcomes = { restored: 0, nothingLeft: 0 };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: walSize }), (cut) => {
        const trial = tempDir();
        // Each trial works on its own copy of what the crash left; the working copy is keyed by the file's path.
        cpSync(workDir, join(trial, 'work'), { recursive: true });
        truncateSync(join(trial, 'work', wal), cut);
        const session = WorkshopSession.open(file, { workDir: join(trial, 'work') });
        try {
          expect(hashFile(file)).toBe(saved);
          if (!session.recoveryAvailable) {
            outcomes.nothingLeft++;
            return;
          }
          session.restoreRecovery();
          const titles = Object.values(session.doc.cards).map((c) => c.title);
          // Either both edits of the crashed session survived, or the first only, or neither: never half of one.
          expect(['Edited before the crash', 'Generated workshop (60 cards)']).toContain(session.doc.workshop.title);
          if (titles.includes('Added before the crash')) expect(session.doc.workshop.title).toBe('Edited before the crash');
          outcomes.restored++;
        } finally {
          session.close();
        }
        expect(checkWorkshopFile(file)).toEqual([]);
      }),
      { numRuns: 25, seed: 7 },
    );
    expect(outcomes.restored).toBeGreaterThan(0);
  });
});
