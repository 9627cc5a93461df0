// Disk full during a save, in a separate process, both ways a machine may allow: a tmpfs that is
// full (root with mount rights) and a file-size limit (`ulimit -f`, anywhere). The e2e fault
// suite uses whichever is available; this runs each that is, so the fallback stays tested.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkshopSession, writeWorkshopFile } from '../../../main/workshop';
import { canMount, fullDisk } from '../../fixtures/disks';
import { generateDoc } from '../../fixtures/generate';
import { useBundledChild } from './childProcess';
import { hashFile } from './helpers';

const childScript = useBundledChild();

function saveBig(disk: ReturnType<typeof fullDisk>, file: string): Promise<{ saved: boolean; code?: string; message?: string }> {
  const workDir = join(disk.home, 'working');
  const child = disk.spawn(process.execPath, [childScript(), JSON.stringify({ mode: 'save-big', file, workDir })], {
    env: { ...process.env, NODE_PATH: join(__dirname, '../../../node_modules') }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', () => {
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1)!));
      } catch {
        reject(new Error(`child printed no result: ${out} ${err}`));
      }
    });
  });
}

for (const strategy of ['tmpfs', 'ulimit'] as const) {
  describe.skipIf(strategy === 'tmpfs' ? !canMount() : process.platform === 'win32')(`disk full (${strategy})`, () => {
    it('leaves the file as last saved, says so, and offers the work after the process ended', async () => {
      const disk = fullDisk(4096, strategy);
      try {
        expect(disk.strategy).toBe(strategy);
        const file = join(disk.dir, 'w.frontstage');
        writeWorkshopFile(file, generateDoc({ cards: 40 }));
        disk.setSize(statSync(file).size);
        const before = hashFile(file);
        disk.fail();
        const result = await saveBig(disk, file);
        expect(result.saved).toBe(false);
        expect(result.message).toMatch(strategy === 'tmpfs' ? /^the disk holding "w\.frontstage" is full; your changes are kept/ : /^"w\.frontstage" could not be written .*your changes are kept/);
        disk.heal();
        expect(hashFile(file)).toBe(before);
        expect(readdirSync(disk.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
        const session = WorkshopSession.open(file, { workDir: join(disk.home, 'working') });
        try {
          expect(session.recoveryAvailable).toBe(true);
          session.restoreRecovery();
          expect(session.doc.workshop.notes).toHaveLength(9_500);
        } finally {
          session.close();
        }
      } finally {
        disk.remove();
      }
    });
  });
}
