import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

let found: string | undefined;

/**
 * The installation's resources/ folder (templates, fonts). This module runs from main/ (tests),
 * dist/ (the CLI bundle), dist/electron/ (the app) or a bench bundle, so it walks up until it
 * finds the folder; FRONTSTAGE_ROOT names the package root outright.
 */
export function resourcesDir(): string {
  if (found) return found;
  const override = process.env.FRONTSTAGE_ROOT;
  if (override && existsSync(join(override, 'resources', 'templates'))) return (found = join(override, 'resources'));
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'resources', 'templates'))) return (found = join(dir, 'resources'));
    if (dirname(dir) === dir) throw new Error('The bundled resources (templates, fonts) are missing from this installation.');
  }
}
