import { describe, expect, it } from 'vitest';
import { hardenContents, hardenSession, windowOptions } from '../../../main/electron/window';

describe('windowOptions', () => {
  const prefs = windowOptions('/app/dist/electron/preload.cjs').webPreferences!;

  it('isolates the page from Node and from the preload', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and embedded guests off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('loads the given preload and waits to show until painted', () => {
    const options = windowOptions('/x/preload.cjs', true);
    expect(options.webPreferences?.preload).toBe('/x/preload.cjs');
    expect(options.show).toBe(false);
    expect(options.backgroundColor).not.toBe(windowOptions('/x/preload.cjs', false).backgroundColor);
  });
});

describe('hardenContents', () => {
  it('blocks navigation and redirects, and denies every new window', () => {
    const handlers = new Map<string, (event: { preventDefault(): void }) => void>();
    let openHandler: (() => { action: string }) | null = null;
    const contents = {
      on: (name: string, handler: (event: { preventDefault(): void }) => void) => void handlers.set(name, handler),
      setWindowOpenHandler: (handler: () => { action: string }) => void (openHandler = handler),
    };
    hardenContents(contents as never);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      handlers.get(name)!({ preventDefault: () => void (prevented = true) });
      expect(prevented, name).toBe(true);
    }
    expect(openHandler!()).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const granted: boolean[] = [];
    let check: (() => boolean) | null = null;
    let device: (() => boolean) | null = null;
    hardenSession({
      setPermissionRequestHandler: (h: (c: unknown, p: string, cb: (ok: boolean) => void) => void) => {
        for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read']) h(null, p, (ok) => granted.push(ok));
      },
      setPermissionCheckHandler: (h: () => boolean) => void (check = h),
      setDevicePermissionHandler: (h: () => boolean) => void (device = h),
      setSpellCheckerEnabled: () => {},
    } as never);
    expect(granted).toEqual([false, false, false, false]);
    expect(check!()).toBe(false);
    expect(device!()).toBe(false);
  });
});
