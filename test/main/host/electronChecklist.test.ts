// The Electron security checklist (electronjs.org/docs/latest/tutorial/security), item by item,
// read from what is packaged and from the main process's own wiring. The Electron runtime cannot
// start here, so the configuration is what is checked: a regression in any item fails CI.
// docs/security.md lists each item with the test below that proves it.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerAppRequest } from '../../../main/electron/appRequests';
import { sqliteBindingFor } from '../../../main/electron/binding';
import { windowOptions } from '../../../main/electron/window';
import { CONTENT_SECURITY_POLICY } from '../../../main/serve/headers';
import { requireBuild, root, tempDir } from './harness';

const { load } = createRequire(__filename)('js-yaml') as { load(text: string): unknown };
const builder = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, any>;

function standIn(env: NodeJS.ProcessEnv, documents: string): any {
  const run = spawnSync(process.execPath, [join(__dirname, 'electronStandIn.cjs'), join(root, 'dist', 'electron', 'app.cjs'), documents], {
    cwd: root, encoding: 'utf8', timeout: 30_000, env: { ...process.env, ...env },
  });
  if (run.status !== 0) throw new Error(`stand-in exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!);
}

describe('Electron checklist: the package', () => {
  it('flips the fuses: no run-as-node, NODE_OPTIONS or inspector; asar only, integrity checked; cookies encrypted', () => {
    expect(builder.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('packs the app into an asar archive with only the built app, its resources and package.json', () => {
    expect(builder.asar).toBe(true);
    expect(builder.files).toEqual(['dist/**', 'resources/**', 'package.json', '!dist/**/*.map']);
    // Only native modules and the export fonts, which cannot be read from inside the archive, are unpacked.
    expect(builder.asarUnpack).toEqual(['**/*.node', 'resources/fonts/**']);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('dist/electron/app.cjs');
  });

  it('honours FRONTSTAGE_SQLITE_BINDING only when running from the source tree', () => {
    const tmp = tempDir();
    try {
      const bogus = join(tmp.dir, 'evil.node');
      writeFileSync(bogus, 'not a native module');
      expect(sqliteBindingFor({ FRONTSTAGE_SQLITE_BINDING: bogus }, true)).toBeNull();
      expect(sqliteBindingFor({ FRONTSTAGE_SQLITE_BINDING: bogus }, false)).toBe(bogus);
      expect(sqliteBindingFor({ FRONTSTAGE_SQLITE_BINDING: join(tmp.dir, 'missing.node') }, false)).toBeNull();
      requireBuild();
      // The built app, packaged: the variable changes nothing, so workshops open with the app's own module.
      const packaged = standIn({ STANDIN_PACKAGED: '1', FRONTSTAGE_SQLITE_BINDING: bogus, FRONTSTAGE_HOME: join(tmp.dir, 'a') }, join(tmp.dir, 'docs-a'));
      expect(typeof packaged.created).toBe('string');
      // From the source tree it is honoured (that is how `npm start` loads Electron's build), so the bogus module fails.
      const development = standIn({ STANDIN_PACKAGED: '0', FRONTSTAGE_SQLITE_BINDING: bogus, FRONTSTAGE_HOME: join(tmp.dir, 'b') }, join(tmp.dir, 'docs-b'));
      expect(development.created.message).toContain('evil.node');
    } finally {
      tmp.remove();
    }
  });
});

describe('Electron checklist: windows and pages', () => {
  const prefs = windowOptions(join(root, 'dist', 'electron', 'preload.cjs')).webPreferences!;

  it('isolates every page: context isolation, sandbox, no Node anywhere, web security on', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false,
      webviewTag: false, experimentalFeatures: false, navigateOnDragDrop: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs.preload).toBe(join(root, 'dist', 'electron', 'preload.cjs'));
  });

  it('never downloads spell-check dictionaries', () => {
    expect(prefs.spellcheck).toBe(false);
  });

  it('serves the UI with a strict Content-Security-Policy: own scripts only, no inline code, no frames', async () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    requireBuild();
    const page = await answerAppRequest(join(root, 'dist', 'renderer'), new Request('app://frontstage/index.html'));
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const html = await page.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect((await answerAppRequest(join(root, 'dist', 'renderer'), new Request('app://frontstage/../../package.json'))).status).toBe(404);
    expect((await answerAppRequest(join(root, 'dist', 'renderer'), new Request('app://elsewhere/index.html'))).status).toBe(404);
  });
});

describe('Electron checklist: the running main process (through a stand-in for the runtime)', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  let out: any;
  const run = () => (out ??= (requireBuild(), standIn({ FRONTSTAGE_HOME: join(tmp.dir, 'home') }, join(tmp.dir, 'Documents'))));

  it('denies every permission request and turns the spell checker off for the session', () => {
    expect(run().permissionDenied).toBe(true);
    expect(run().spellChecker).toBe(false);
  });

  it('blocks navigation, redirects, webviews and new windows', () => {
    expect(run().navigationBlocked).toEqual([true, true, true]);
    expect(run().windowOpen).toEqual({ action: 'deny' });
  });

  it('answers IPC only from the top frame of its own windows showing app://frontstage', () => {
    const refused = { ok: false, error: { code: 'bad-request' } };
    expect(run().foreign).toMatchObject(refused);
    expect(run().subframe).toMatchObject(refused);
    expect(run().stranger).toMatchObject(refused);
    expect(run().hostInfo.ok).toBe(true);
  });

  it('main/electron never loosens a setting, opens external links or runs code in a page', () => {
    const dir = join(root, 'main', 'electron');
    for (const name of readdirSync(dir)) {
      const source = readFileSync(join(dir, name), 'utf8');
      expect(source, name).not.toMatch(/nodeIntegration:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false|allowRunningInsecureContent:\s*true|spellcheck:\s*true/);
      expect(source, name).not.toMatch(/openExternal|executeJavaScript|registerFileProtocol|loadFile\(|file:\/\/|enableRemoteModule|callback\(true\)/);
    }
  });
});
