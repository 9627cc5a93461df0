import { existsSync } from 'node:fs';

/**
 * The better-sqlite3 build the app loads. `npm start` runs Electron from the source tree and
 * points at a build for Electron's ABI with FRONTSTAGE_SQLITE_BINDING; a packaged app has the
 * module rebuilt in place and ignores the variable, so nothing in the environment can load a
 * native module of its choosing into the app.
 */
export function sqliteBindingFor(env: NodeJS.ProcessEnv, packaged: boolean): string | null {
  if (packaged) return null;
  const binding = env.FRONTSTAGE_SQLITE_BINDING;
  return binding && existsSync(binding) ? binding : null;
}
