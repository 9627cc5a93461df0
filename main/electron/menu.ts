import type { MenuItemConstructorOptions } from 'electron';
import type { RecentFile } from '../../shared/api/contract';
import type { MenuCommand } from '../../shared/api/menu';

export interface MenuActions {
  /** A new window showing the welcome screen (templates, open, recent files). */
  newWindow(): void;
  openDialog(): void;
  openFile(path: string): void;
  /** Sends a command to the focused window's UI. */
  send(command: MenuCommand): void;
}

/**
 * The application menu. Shortcuts the UI already handles itself (undo, redo, delete, select all)
 * are shown but not registered, so a text field keeps its own undo and the key reaches the page.
 */
export function menuTemplate(actions: MenuActions, recent: RecentFile[], platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const send = (command: MenuCommand) => () => actions.send(command);
  const byPage = { registerAccelerator: false } as const;
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? recent.map((file) => ({ label: file.title || file.path, sublabel: file.path, click: () => actions.openFile(file.path) }))
    : [{ label: 'No recent workshops', enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'New from Template…', accelerator: 'CmdOrCtrl+N', click: () => actions.newWindow() },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => actions.openDialog() },
      { label: 'Open Recent', submenu: recentItems },
      { type: 'separator' },
      { label: 'Save', accelerator: 'CmdOrCtrl+S', click: send('save') },
      { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: send('save-as') },
      { label: 'Merge a copy…', click: send('merge-copy') },
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: send('export') },
      { type: 'separator' },
      { label: 'Close', accelerator: 'CmdOrCtrl+W', role: 'close' },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', ...byPage, click: send('undo') },
      { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', ...byPage, click: send('redo') },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { label: 'Select All', accelerator: 'CmdOrCtrl+A', ...byPage, click: send('select-all') },
      { label: 'Delete', accelerator: 'Delete', ...byPage, click: send('delete') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { label: 'Zoom In', accelerator: 'CmdOrCtrl+=', click: send('zoom-in') },
      { label: 'Zoom Out', accelerator: 'CmdOrCtrl+-', click: send('zoom-out') },
      { label: 'Fit Blueprint', accelerator: 'CmdOrCtrl+0', click: send('fit') },
      { type: 'separator' },
      { label: 'Presentation', accelerator: 'F5', click: send('presentation') },
      { label: 'Next Region', accelerator: 'F6', ...byPage, click: send('next-region') },
      { label: 'Previous Region', accelerator: 'Shift+F6', ...byPage, click: send('previous-region') },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const app: MenuItemConstructorOptions[] = mac ? [{ role: 'appMenu' }] : [];
  return [...app, file, edit, view, { role: 'windowMenu' }];
}
