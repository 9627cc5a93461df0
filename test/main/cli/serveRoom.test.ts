// CONTRACT §2: `frontstage serve FILE --room [--room-address ADDR] [--room-port N]`.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, cli, hashOf, tempDir } from './harness';

describe('frontstage serve --room', () => {
  it('prints where participants join after the host line, serves the join page there, and stops cleanly', async () => {
    const dir = tempDir();
    const file = join(dir, 'room.frontstage');
    expect(cli(['new', file], dir).code).toBe(0);
    const child = spawn(process.execPath, [CLI, 'serve', file, '--port', '0', '--room', '--room-address', '127.0.0.1'], { cwd: dir, env: { ...process.env, FRONTSTAGE_HOME: dir } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    try {
      await expect.poll(() => out.split('\n').length, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
      const [host, room] = out.split('\n');
      expect(host).toMatch(/^Frontstage running at http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/);
      expect(room).toMatch(/^Participants join at http:\/\/127\.0\.0\.1:\d+\/join\/[A-HJ-NP-Z2-9]{6}$/);
      const joinUrl = room!.slice('Participants join at '.length);
      const page = await fetch(joinUrl);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('data-room');
      // The facilitator's host and token are nowhere on the room's port.
      expect((await fetch(new URL('/api/host.info', joinUrl), { method: 'POST' })).status).toBe(403);
      expect((await fetch(new URL('/join/AAAAAA', joinUrl))).status).toBe(404);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 30_000);

  it('is wrong usage without FILE, or with room options but no --room', () => {
    const dir = tempDir();
    const file = join(dir, 'room.frontstage');
    expect(cli(['new', file], dir).code).toBe(0);
    const noFile = cli(['serve', '--room'], dir);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toMatch(/^error: --room needs the workshop/);
    const noRoom = cli(['serve', file, '--room-port', '4000'], dir);
    expect(noRoom.code).toBe(2);
    expect(noRoom.stderr).toMatch(/^error: --room-address and --room-port need --room/);
  });

  it('refuses an address this machine does not have with one error line, and leaves the workshop as it was', () => {
    const dir = tempDir();
    const file = join(dir, 'room.frontstage');
    expect(cli(['new', file], dir).code).toBe(0);
    const before = hashOf(file);
    const r = cli(['serve', file, '--port', '0', '--room', '--room-address', '203.0.113.77'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: Could not open the room on 203\.0\.113\.77: this machine has no such address\.$/)]);
    expect(r.stdout).toBe('');
    expect(hashOf(file)).toBe(before);
  }, 30_000);
});
