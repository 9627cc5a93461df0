import { BrowserWindow, Menu, app, nativeTheme, session, type WebContents } from 'electron';
import { join } from 'node:path';
import { createService, type Service } from '../service';
import { defaultWorkDir } from '../workshop';
import { setNativeBinding } from '../workshop/sqlite';
import { MENU_CHANNEL } from './bridge';
import { confirmCloseUnsaved, pickOpen, pickSave } from './dialogs';
import { closeWindow } from './closing';
import { registerIpc, registerPush, type WindowState } from './ipc';
import { menuTemplate } from './menu';
import { APP_URL } from './appRequests';
import { workshopFilesIn } from './argv';
import { sqliteBindingFor } from './binding';
import { registerAppScheme, serveApp } from './protocol';
import { hardenContents, hardenSession, windowOptions } from './window';
import type { MenuCommand } from '../../shared/api/menu';

// dist/electron/app.cjs sits beside preload.cjs, and the built UI is in dist/renderer.
const PRELOAD = join(__dirname, 'preload.cjs');
const RENDERER = join(__dirname, '..', 'renderer');
/** The participants' page a room serves on the network (docs/room.md). */
const ROOM_PAGE = join(__dirname, '..', 'room');

const windows = new Map<WebContents, WindowState>();
let service: Service | null = null;
let quitting = false;
/** Quit was asked while windows held workshops: they close first (handing over their edits), then the app quits. */
let quitWhenClosed = false;

function focus(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.focus();
}

/** One window per workshop: a file already shown somewhere is brought to the front instead. */
function openWindow(file: string | null): void {
  for (const [contents, state] of windows) {
    const window = BrowserWindow.fromWebContents(contents);
    if (file && state.file === file && window) return focus(window);
  }
  const window = new BrowserWindow(windowOptions(PRELOAD, nativeTheme.shouldUseDarkColors));
  const contents = window.webContents;
  windows.set(contents, { file, sessions: new Set() });
  hardenContents(contents);
  window.once('ready-to-show', () => window.show());
  window.on('close', (event) => {
    if (quitting || !service) return;
    const closeAnyway = (problems: string[]) => confirmCloseUnsaved(window, problems);
    void closeWindow(event, window, contents, windows, { service, closeAnyway }).then((outcome) => {
      if (outcome === 'kept') quitWhenClosed = false;
    });
  });
  window.on('closed', () => {
    windows.delete(contents);
    if (quitWhenClosed && ![...windows.values()].some((state) => state.sessions.size > 0)) app.quit();
  });
  void window.loadURL(APP_URL);
}

function sendToFocused(command: MenuCommand): void {
  BrowserWindow.getFocusedWindow()?.webContents.send(MENU_CHANNEL, command);
}

async function refreshMenu(): Promise<void> {
  const recent = service ? await service['workshop.recent']({}) : null;
  const actions = {
    newWindow: () => openWindow(null),
    openDialog: () => void pickOpen().then((path) => path && openWindow(path)),
    openFile: (path: string) => openWindow(path),
    send: sendToFocused,
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(actions, recent?.ok ? recent.value : [], process.platform)));
}

async function ready(): Promise<void> {
  const binding = sqliteBindingFor(process.env, app.isPackaged);
  if (binding) setNativeBinding(binding);
  hardenSession(session.defaultSession);
  serveApp(RENDERER);
  const defaultDir = app.getPath('documents');
  service = createService({
    workDir: defaultWorkDir(),
    defaultDir,
    host: { kind: 'electron', nativeDialogs: true, version: app.getVersion(), startupFile: null },
    pickOpen,
    pickSave: (name) => pickSave(name, defaultDir),
    // The desktop app hosts the room itself: one process holds the workshop file (docs/room.md).
    room: { staticDir: ROOM_PAGE },
  });
  const hooks = { stateOf: (contents: WebContents) => windows.get(contents), onRecentChanged: () => void refreshMenu() };
  registerIpc(service, hooks);
  registerPush(service, hooks);
  await refreshMenu();
  const files = [...pendingFiles, ...workshopFilesIn(process.argv, process.cwd())];
  pendingFiles.length = 0;
  if (files.length) files.forEach(openWindow);
  else openWindow(null);
}

const pendingFiles: string[] = [];
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, cwd) => {
    const files = workshopFilesIn(argv, cwd);
    if (files.length) files.forEach(openWindow);
    else {
      const first = BrowserWindow.getAllWindows()[0];
      if (first) focus(first);
      else openWindow(null);
    }
  });
  // macOS sends files opened from Finder (or dropped on the Dock icon) here, possibly before ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady()) openWindow(path);
    else pendingFiles.push(path);
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow(null);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Quitting closes every window that shows a workshop the way closing it would, then saves and
  // closes whatever workshop is left before the process ends.
  app.on('before-quit', (event) => {
    if (quitting || !service) return;
    event.preventDefault();
    const holding = BrowserWindow.getAllWindows().filter((window) => windows.get(window.webContents)?.sessions.size);
    if (holding.length) {
      quitWhenClosed = true;
      for (const window of holding) window.close();
      return;
    }
    quitting = true;
    void service.closeAll().finally(() => app.quit());
  });
  app.whenReady().then(ready, (error: unknown) => {
    process.stderr.write(`error: Frontstage could not start: ${(error as Error).message}\n`);
    app.exit(1);
  });
}
