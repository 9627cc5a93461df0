import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringifyInterchange, toInterchange } from '../../../shared/interchange';
import { generateDoc } from '../../fixtures/generate';
import { cli, cliAsync, tempDir } from './harness';

const RUNS = 20;

/** Temp files a killed writer may leave: hidden, named after their target, and ignored by everything. */
const TEMP = /^\.run\d+\.frontstage\.(.+\.tmp|tmp-\d+)$/;

function runAndKill(dir: string, target: string, afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = cliAsync(['import', 'in.json', target], dir);
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('kill -9 during import', () => {
  it(`leaves either no workshop or a complete one, ${RUNS} times`, async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'in.json'), stringifyInterchange(toInterchange(generateDoc({ cards: 1500, connectors: 500 }))));
    const started = Date.now();
    expect(cli(['import', 'in.json', 'timing.frontstage'], dir).code).toBe(0);
    const full = Date.now() - started;

    const outcomes = { absent: 0, complete: 0 };
    for (let i = 0; i < RUNS; i++) {
      const target = `run${i}.frontstage`;
      // Spread the kills from startup to past the rename, with some jitter.
      await runAndKill(dir, target, Math.round(full * 1.6 * (i / (RUNS - 1)) * (0.9 + Math.random() * 0.2)));
      if (!existsSync(join(dir, target))) {
        outcomes.absent++;
        continue;
      }
      const check = cli(['check', target], dir);
      expect(check.code, `${target} exists after the kill but fails check: ${check.stdout}${check.stderr}`).toBe(0);
      outcomes.complete++;
    }
    const litter = readdirSync(dir).filter((n) => n !== 'in.json' && n !== 'timing.frontstage' && !/^run\d+\.frontstage$/.test(n));
    expect(litter.filter((n) => !TEMP.test(n)), 'only clearly named temp files may remain').toEqual([]);
    // The kills must land both before and after the rename, or the test proves nothing.
    expect(outcomes.absent).toBeGreaterThan(0);
    expect(outcomes.complete).toBeGreaterThan(0);
  }, 180_000);
});
