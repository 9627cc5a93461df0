import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultWorkDir } from '../../../main/workshop';

describe('defaultWorkDir', () => {
  it('prefers FRONTSTAGE_HOME, then XDG_DATA_HOME, then ~/.local/share', () => {
    expect(defaultWorkDir({ FRONTSTAGE_HOME: '/tmp/fs', XDG_DATA_HOME: '/x' })).toBe(join('/tmp/fs', 'working'));
    expect(defaultWorkDir({ XDG_DATA_HOME: '/x' })).toBe(join('/x', 'frontstage', 'working'));
    expect(defaultWorkDir({})).toBe(join(homedir(), '.local', 'share', 'frontstage', 'working'));
  });
});
