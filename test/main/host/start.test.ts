import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTemplate } from '../../../main/templates';
import { writeWorkshopFile } from '../../../main/workshop';
import { callApi, http, launch, requireBuild, root, tempDir } from './harness';

// Here the Electron download never happened, which is the case `npm start` must explain.
const electronInstalled = existsSync(join(root, 'node_modules', 'electron', 'path.txt'));

describe.skipIf(electronInstalled)('npm start without the Electron runtime', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it('says so in one line, serves the app in the browser host, and exits 0 on SIGTERM', async () => {
    requireBuild();
    const file = join(tmp.dir, 'bank.frontstage');
    writeWorkshopFile(file, loadTemplate('blank', 'Friendly branch'));
    const started = await launch(process.execPath, [join(root, 'scripts', 'start.mjs'), file], {
      FRONTSTAGE_SKIP_BUILD: '1', FRONTSTAGE_NO_BROWSER: '1', FRONTSTAGE_HOME: join(tmp.dir, 'home'),
    });
    try {
      expect(started.lines[0]).toBe('Electron runtime is not installed (blocked network?); opening Frontstage in your browser instead.');
      expect(started.lines).toHaveLength(2);
      expect((await http(started.port, { path: `/?token=${started.token}` })).status).toBe(200);
      const info = await callApi(started.port, started.token, 'host.info', {});
      expect(info.result.value.startupFile).toBe(file);
    } finally {
      started.child.kill('SIGTERM');
    }
    expect(await started.exited).toBe(0);
  });
});
