import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

// esbuild strips types without checking them, so this is where a type error fails the build.
describe('TypeScript', () => {
  it('finds no type errors in the whole tree', { timeout: 180_000 }, () => {
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json'), '--noEmit'], { cwd: root, encoding: 'utf8' });
    const errors = tsc.stdout.split('\n').filter((line) => line.includes('error TS'));
    expect(errors).toEqual([]);
    expect(tsc.status).toBe(0);
  });
});
