// Runs dist/electron/app.cjs in plain Node with a stand-in for the `electron` module (the
// runtime cannot be downloaded here), drives it the way Electron would, and prints what the app
// did as one JSON line. Only the app's own wiring is under test; the stand-in records calls.
'use strict';
const Module = require('node:module');
const { join } = require('node:path');

const [appPath, documents] = process.argv.slice(2);
const recorded = { windows: [], ipc: new Map(), schemes: [], protocolHandler: null, menu: null, permissionDenied: null };
const listeners = (target) => {
  target.handlers = {};
  target.on = (name, fn) => ((target.handlers[name] = fn), target);
  target.once = target.on;
  return target;
};

class BrowserWindow {
  constructor(options) {
    this.options = options;
    this.destroyed = false;
    listeners(this);
    const contents = listeners({ id: recorded.windows.length + 1, sent: [] });
    contents.setWindowOpenHandler = (fn) => (contents.openHandler = fn);
    contents.send = (channel, payload) => contents.sent.push([channel, payload]);
    contents.mainFrame = { url: 'about:blank' };
    contents.isDestroyed = () => this.destroyed;
    this.webContents = contents;
    recorded.windows.push(this);
  }
  loadURL(url) {
    this.url = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  show() {}
  focus() {}
  isMinimized() { return false; }
  destroy() { this.destroyed = true; this.handlers.closed?.(); }
  /** As Electron does: a close that no 'close' listener prevents destroys the window. */
  close() {
    let prevented = false;
    this.handlers.close?.({ preventDefault: () => (prevented = true) });
    if (!prevented) this.destroy();
  }
  static fromWebContents(contents) { return recorded.windows.find((w) => w.webContents === contents) ?? null; }
  static getFocusedWindow() { return recorded.windows.at(-1) ?? null; }
  static getAllWindows() { return recorded.windows.filter((w) => !w.destroyed); }
}

const app = listeners({
  requestSingleInstanceLock: () => true,
  whenReady: () => new Promise((resolve) => setImmediate(resolve)),
  isReady: () => true,
  isPackaged: process.env.STANDIN_PACKAGED === '1',
  getPath: () => documents,
  getVersion: () => '0.0.0-standin',
  quit: () => {},
  exit: (code) => process.exit(code),
});
const electron = {
  app,
  BrowserWindow,
  Menu: { buildFromTemplate: (t) => t, setApplicationMenu: (m) => (recorded.menu = m) },
  nativeTheme: { shouldUseDarkColors: false },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn) => fn(null, 'media', (ok) => (recorded.permissionDenied = !ok)),
      setPermissionCheckHandler: () => {},
      setDevicePermissionHandler: () => {},
      setSpellCheckerEnabled: (on) => (recorded.spellChecker = on),
    },
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes) => recorded.schemes.push(...schemes),
    handle: (scheme, fn) => (recorded.protocolHandler = { scheme, fn }),
  },
  ipcMain: { handle: (channel, fn) => recorded.ipc.set(channel, fn) },
  dialog: {},
};

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? 'electron-standin' : resolve.call(this, request, ...rest);
};
require.cache['electron-standin'] = { id: 'electron-standin', filename: 'electron-standin', loaded: true, exports: electron };
require(appPath);

const invoke = (window, call, request, url) => {
  const frame = url ? { url } : window.webContents.mainFrame;
  const event = { sender: window.webContents, senderFrame: frame };
  if (url) window.webContents.mainFrame = frame;
  return recorded.ipc.get(call === 'subscribe' ? 'frontstage:subscribe' : `frontstage:${call}`)(event, request);
};

setTimeout(async () => {
  const [window] = recorded.windows;
  const out = {
    channels: [...recorded.ipc.keys()],
    windowCount: recorded.windows.length,
    webPreferences: window.options.webPreferences,
    url: window.url,
    schemes: recorded.schemes,
    permissionDenied: recorded.permissionDenied,
    spellChecker: recorded.spellChecker,
    menu: recorded.menu.map((m) => m.label ?? m.role),
    windowOpen: window.webContents.openHandler(),
  };
  const page = await recorded.protocolHandler.fn(new Request('app://frontstage/index.html'));
  out.page = { status: page.status, csp: page.headers.get('content-security-policy') };
  out.hostInfo = await invoke(window, 'host.info', {});
  out.foreign = await invoke(window, 'host.info', {}, 'https://evil.example/');
  window.webContents.mainFrame = { url: window.url };
  // A frame inside our page (an iframe, even on app://) and a page that is not one of our windows.
  out.subframe = await recorded.ipc.get('frontstage:host.info')({ sender: window.webContents, senderFrame: { url: window.url } }, {});
  const stranger = { id: 99, mainFrame: { url: window.url } };
  out.stranger = await recorded.ipc.get('frontstage:host.info')({ sender: stranger, senderFrame: stranger.mainFrame }, {});
  out.navigationBlocked = ['will-navigate', 'will-redirect', 'will-attach-webview'].map((name) => {
    let blocked = false;
    window.webContents.handlers[name]?.({ preventDefault: () => (blocked = true) });
    return blocked;
  });
  const created = await invoke(window, 'workshop.new', { template: 'blank', title: 'Stand-in' });
  out.created = created.ok ? created.value.status.path : created.error;
  // Another variant of this run cannot create a workshop (the checklist's packaged mode).
  if (created.ok) {
    const session = created.value.session;
    out.strangerSubscribe = (await invoke(window, 'subscribe', { session: 'not-this-windows-session', client: 'client-standin', since: 0 })).ok;
    out.foreignSubscribe = (await invoke(window, 'subscribe', { session, client: 'client-standin', since: 0 }, 'https://evil.example/')).ok;
    window.webContents.mainFrame = { url: window.url };
    out.subscribed = (await invoke(window, 'subscribe', { session, client: 'client-standin', since: 0 })).ok;
    const edit = { kind: 'command', command: 'workshop.update', args: { fields: { service: 'Closing saves' } } };
    out.submitted = (await invoke(window, 'workshop.submit', { session, client: 'client-standin', seq: 1, edit })).ok;
    out.pushed = window.webContents.sent.filter(([channel]) => channel === 'frontstage:push').map(([, push]) => push.type === 'changes' ? push.changes.map((c) => c.seq).join(',') : push.type);
  }
  out.hostInfoAfterNew = (await invoke(window, 'host.info', {})).value.startupFile;
  // The page, asked to hand over before closing, sends the edit it still held, then closes itself.
  const send = window.webContents.send;
  window.webContents.send = (channel, payload) => {
    send(channel, payload);
    if (channel !== 'frontstage:menu' || payload !== 'prepare-close') return;
    const edit = { kind: 'command', command: 'workshop.update', args: { fields: { title: 'Handed over on close' } } };
    void invoke(window, 'workshop.submit', { session: created.value.session, client: 'client-standin', seq: 2, edit }).then(() => window.close());
  };
  let prevented = false;
  window.handlers.close({ preventDefault: () => (prevented = true) });
  await new Promise((r) => setTimeout(r, 300));
  out.askedToHandOver = window.webContents.sent.some(([channel, payload]) => channel === 'frontstage:menu' && payload === 'prepare-close');
  out.closePrevented = prevented;
  out.destroyed = window.destroyed;
  process.stdout.write(`${JSON.stringify(out)}\n`);
  process.exit(0);
}, 200);
