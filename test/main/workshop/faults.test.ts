import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWorkshopFile, readWorkshop, writeWorkshopFile } from '../../../main/workshop';
import { generateDoc, rng } from '../../fixtures/generate';
import { runChild, useBundledChild } from './childProcess';
import { useTempDir } from './helpers';

const tempDir = useTempDir();
const childScript = useBundledChild();

describe('kill -9 during save', () => {
  it('always leaves the complete old or the complete new workshop', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const file = join(dir, 'w.frontstage');
    const workDir = join(dir, 'work');
    const initial = generateDoc({ cards: 3000, connectors: 500 });
    writeWorkshopFile(file, initial);
    const random = rng(7);
    const titles = new Set<string>();
    for (let round = 0; round < 20; round++) {
      const run = runChild(childScript(), { mode: 'save-loop', file, workDir });
      await run.printed('ready');
      await new Promise((done) => setTimeout(done, random() * 400));
      await run.kill();

      expect(checkWorkshopFile(file), `round ${round}`).toEqual([]);
      const { doc } = readWorkshop(file);
      expect(doc.workshop.title).toMatch(/^(Generated workshop \(3000 cards\)|Saved \d+)$/);
      expect(Object.keys(doc.cards)).toHaveLength(3000);
      if (existsSync(`${file}.bak`)) expect(checkWorkshopFile(`${file}.bak`)).toEqual([]);
      // Only the file, its backup and hidden temp files of interrupted saves may be beside it.
      expect(readdirSync(dir).filter((f) => !['w.frontstage', 'w.frontstage.bak', 'work'].includes(f) && !/^\..*\.tmp(-journal)?$/.test(f))).toEqual([]);
      titles.add(doc.workshop.title);
    }
    // The kills must have landed at different points, or the test proves nothing.
    expect(titles.size).toBeGreaterThan(3);
  });
});
