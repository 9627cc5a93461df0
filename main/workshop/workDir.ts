import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where working copies live when the host does not choose: $FRONTSTAGE_HOME/working, else the
 * XDG data folder (~/.local/share/frontstage/working).
 */
export function defaultWorkDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FRONTSTAGE_HOME) return join(env.FRONTSTAGE_HOME, 'working');
  const data = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(data, 'frontstage', 'working');
}
