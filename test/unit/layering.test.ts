import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

describe('layering rule', () => {
  it('holds across shared/, main/ and renderer/', async () => {
    const eslint = new ESLint({ cwd: root });
    const results = await eslint.lintFiles(['shared', 'main', 'renderer'].map((d) => join(root, d)));
    const errors = results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${r.filePath}:${m.line} ${m.message}`));
    expect(errors).toEqual([]);
  });

  it('catches an import that crosses it', async () => {
    const eslint = new ESLint({ cwd: root });
    const [result] = await eslint.lintText("import { app } from 'electron';\nexport const x = app;\n", { filePath: join(root, 'shared/model/bad.ts') });
    expect(result?.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
  });
});
