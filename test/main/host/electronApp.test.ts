import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../../shared/api/contract';
import { readWorkshop } from '../../../main/workshop';
import { requireBuild, root, tempDir } from './harness';

/** The built desktop main process, driven through a stand-in for the Electron runtime. */
describe('dist/electron/app.cjs', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it('wires a secure window, app://, every contract call over IPC with a sender check, and saves on close', () => {
    requireBuild();
    const documents = join(tmp.dir, 'Documents');
    const run = spawnSync(process.execPath, [join(__dirname, 'electronStandIn.cjs'), join(root, 'dist', 'electron', 'app.cjs'), documents], {
      cwd: root, encoding: 'utf8', timeout: 30_000, env: { ...process.env, FRONTSTAGE_HOME: join(tmp.dir, 'home') },
    });
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout.trim().split('\n').at(-1)!);

    expect(out.channels.sort()).toEqual([...CALL_NAMES.map((n) => `frontstage:${n}`), 'frontstage:subscribe'].sort());
    expect(out.windowCount).toBe(1);
    expect(out.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(out.webPreferences.preload).toBe(join(root, 'dist', 'electron', 'preload.cjs'));
    expect(out.url).toBe('app://frontstage/index.html');
    expect(out.schemes[0]).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    expect(out.permissionDenied).toBe(true);
    expect(out.windowOpen).toEqual({ action: 'deny' });
    expect(out.menu).toEqual(['File', 'Edit', 'View', 'windowMenu']);
    expect(out.page.status).toBe(200);
    expect(out.page.csp).toMatch(/^default-src 'none'/);

    expect(out.hostInfo).toMatchObject({ ok: true, value: { kind: 'electron', nativeDialogs: true, startupFile: null, room: true } });
    expect(out.foreign.ok).toBe(false);
    expect(out.created).toBe(join(documents, 'stand-in.frontstage'));
    expect(out.hostInfoAfterNew).toBe(out.created);
    // Pushes reach only a window that opened the workshop, from our own page.
    expect(out.strangerSubscribe).toBe(false);
    expect(out.foreignSubscribe).toBe(false);
    expect(out.subscribed).toBe(true);
    expect(out.submitted).toBe(true);
    expect(out.pushed).toEqual(['', 'status', 'presence', 'room', '1', 'status']);
    // Closing asks the page for the edits it still holds first, and the file has them.
    expect(out.askedToHandOver).toBe(true);
    expect(out.closePrevented).toBe(true);
    expect(out.destroyed).toBe(true);
    expect(readWorkshop(out.created).doc.workshop.service).toBe('Closing saves');
    expect(readWorkshop(out.created).doc.workshop.title).toBe('Handed over on close');
  });
});
