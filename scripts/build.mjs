// Bundles every entry point that exists: the CLI (also the browser host), the Electron main
// and preload, and the renderer. esbuild is fast enough to run before every test run.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = (p) => join(root, p);
const quiet = process.argv.includes('--quiet');

const node = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', sourcemap: 'linked', logLevel: 'warning' };
const browser = { bundle: true, platform: 'browser', format: 'esm', target: 'chrome120', jsx: 'automatic', minify: true, sourcemap: 'linked', logLevel: 'warning', loader: { '.svg': 'text', '.mask.svg': 'dataurl', '.woff2': 'file', '.ttf': 'file' }, define: { 'process.env.NODE_ENV': '"production"' } };
const entries = [
  { in: 'main/cli.ts', out: 'dist/cli.cjs', opts: node },
  { in: 'main/electron/app.ts', out: 'dist/electron/app.cjs', opts: { ...node, external: ['electron'] } },
  // A sandboxed preload may require only 'electron', so everything else is bundled into it.
  { in: 'main/electron/preload.ts', out: 'dist/electron/preload.cjs', opts: { ...node, packages: undefined, external: ['electron'], minify: true } },
  { in: 'renderer/main.tsx', out: 'dist/renderer/app.js', opts: browser },
  // The participants' page of a room (docs/room.md): its own folder, so the room serves nothing of the facilitator's app.
  { in: 'renderer/room/main.tsx', out: 'dist/room/room.js', opts: browser },
  // Saving runs in a worker thread, so a busy room never waits for the disk (docs/file-format.md).
  { in: 'main/workshop/saveWorker.ts', out: 'dist/save-worker.cjs', opts: node },
];

const started = Date.now();
await Promise.all(entries.filter((e) => existsSync(at(e.in))).map((e) => build({ entryPoints: [at(e.in)], outfile: at(e.out), ...e.opts })));
if (existsSync(at('renderer/index.html'))) {
  mkdirSync(at('dist/renderer'), { recursive: true });
  cpSync(at('renderer/index.html'), at('dist/renderer/index.html'));
}
if (existsSync(at('renderer/public'))) cpSync(at('renderer/public'), at('dist/renderer'), { recursive: true });
if (existsSync(at('renderer/room/room.html'))) cpSync(at('renderer/room/room.html'), at('dist/room/room.html'));
if (!quiet) console.log(`build: done in ${Date.now() - started} ms`);
