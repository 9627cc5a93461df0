import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

/**
 * Options for every Frontstage window. The page gets no Node, runs sandboxed in its own
 * JavaScript world, and reaches the app only through the preload's contract functions.
 */
export function windowOptions(preloadPath: string, dark = false): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Frontstage',
    backgroundColor: dark ? '#16181d' : '#f6f5f2',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Chromium downloads spell-check dictionaries on Linux and Windows: the app stays offline.
      spellcheck: false,
    },
  };
}

/** The page never leaves the app: no navigation, no new windows, no embedded guests. */
export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** A workshop tool needs no camera, microphone, location, notifications or other permission. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Spell checking would download dictionaries (Linux, Windows): off for every page of the app.
  session.setSpellCheckerEnabled(false);
}
