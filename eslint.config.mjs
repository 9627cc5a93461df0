// The layering rule of docs/architecture.md: renderer -> shared <- main, and electron only
// inside main/electron. Everything else about style is left to TypeScript's strict mode.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'worker_threads', 'stream'];
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default [
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'coverage/**'] },
  { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: restrict([
      { group: ['electron', 'better-sqlite3', 'react-dom', 'react-dom/*', ...nodeBuiltins], message: 'shared/ is pure TypeScript: no Electron, Node or DOM renderer imports.' },
      { group: ['**/main/**', '**/renderer/**', '../main/*', '../renderer/*', '../../main/*', '../../renderer/*'], message: 'shared/ may not import main/ or renderer/.' },
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: restrict([
      { group: ['electron', 'better-sqlite3', ...nodeBuiltins], message: 'renderer/ talks to the app only through the API contract.' },
      { group: ['**/main/**', '../main/*', '../../main/*', '../../../main/*'], message: 'renderer/ may not import main/.' },
    ]),
  },
  {
    files: ['main/**/*.{ts,tsx}'],
    ignores: ['main/electron/**'],
    rules: restrict([
      { group: ['electron', 'electron/*'], message: 'Only main/electron/ may import electron; the rest of main/ runs in plain Node.' },
      { group: ['**/renderer/**', '../renderer/*', '../../renderer/*'], message: 'main/ may not import renderer/.' },
    ]),
  },
];
