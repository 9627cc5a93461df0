// `npm start`: builds, then opens the desktop app. Where the Electron runtime was never
// downloaded (blocked network, CI), it says so in one line and serves the same app to the
// system browser instead. Arguments after `--` (e.g. a .frontstage file) are passed on.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

/**
 * The Electron binary, if its download ever finished. Checked on disk only: requiring the
 * `electron` package would start the download we are trying to detect.
 */
function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function build() {
  if (process.env.FRONTSTAGE_SKIP_BUILD === '1') return;
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--quiet'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('error: the build failed; see the messages above');
    process.exit(1);
  }
}

/**
 * better-sqlite3 is a native module built for Node's ABI (the CLI and tests use it). Electron
 * needs its own build, kept in a separate folder so both keep working; the app is pointed at
 * it with FRONTSTAGE_SQLITE_BINDING.
 */
async function electronSqlite() {
  const version = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const project = join(root, 'node_modules', '.cache', 'frontstage-electron', version);
  const module = join(project, 'node_modules', 'better-sqlite3');
  const binding = join(module, 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(binding)) return binding;
  console.log(`Building better-sqlite3 for Electron ${version} (once)…`);
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'frontstage-electron-native', private: true, dependencies: { 'better-sqlite3': '*' } }));
  cpSync(join(root, 'node_modules', 'better-sqlite3'), module, { recursive: true, filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`) });
  try {
    const { rebuild } = await import('@electron/rebuild');
    await rebuild({ buildPath: project, electronVersion: version, onlyModules: ['better-sqlite3'], force: true });
  } catch (error) {
    console.error(`error: could not build better-sqlite3 for Electron ${version} (${error?.message ?? error}); it needs network access to Electron's headers, or run "npx frontstage serve" to use the app in a browser`);
    process.exit(1);
  }
  return binding;
}

/** Runs the child in the foreground: Ctrl+C reaches it too, and its exit becomes ours (0 after a clean stop). */
function foreground(child) {
  const forward = (signal) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1)));
}

function openBrowser(url) {
  if (process.env.FRONTSTAGE_NO_BROWSER === '1') return;
  const [command, commandArgs] =
    process.platform === 'darwin' ? ['open', [url]]
    : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]]
    : ['xdg-open', [url]];
  try {
    const opener = spawn(command, commandArgs, { stdio: 'ignore', detached: true });
    opener.on('error', () => {});
    opener.unref();
  } catch {
    // No browser opener on this machine: the printed address is enough.
  }
}

function browserHost() {
  console.log('Electron runtime is not installed (blocked network?); opening Frontstage in your browser instead.');
  build();
  const child = spawn(process.execPath, [join(root, 'dist', 'cli.cjs'), 'serve', ...args], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  createInterface({ input: child.stdout }).on('line', (line) => {
    console.log(line);
    const url = /^Frontstage running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/.exec(line)?.[1];
    if (url) openBrowser(url);
  });
  foreground(child);
}

async function desktop(binary) {
  build();
  const binding = await electronSqlite();
  foreground(spawn(binary, [root, ...args], { cwd: process.cwd(), stdio: 'inherit', env: { ...process.env, FRONTSTAGE_SQLITE_BINDING: binding } }));
}

const binary = electronBinary();
if (binary) await desktop(binary);
else browserHost();
