import { BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { EXTENSION } from '../workshop/format';

const FILTERS = [{ name: 'Frontstage workshop', extensions: [EXTENSION.slice(1)] }];

export async function pickOpen(): Promise<string | null> {
  const parent = BrowserWindow.getFocusedWindow();
  const options = { title: 'Open workshop', filters: FILTERS, properties: ['openFile' as const] };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export async function pickSave(suggestedName: string, defaultDir: string): Promise<string | null> {
  const parent = BrowserWindow.getFocusedWindow();
  const options = { title: 'Save workshop as', defaultPath: join(defaultDir, suggestedName), filters: FILTERS };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled ? null : (result.filePath ?? null);
}

/** Asked only when saving on close failed; the working copy keeps the edits either way. */
export async function confirmCloseUnsaved(window: BrowserWindow, problems: string[]): Promise<boolean> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    title: 'Unsaved changes',
    message: 'Frontstage could not save your workshop.',
    detail: `${problems.join('\n')}\n\nIf you close now, your changes stay in Frontstage's recovery copy and are offered the next time you open the file.`,
    buttons: ['Keep Window Open', 'Close Anyway'],
    defaultId: 0,
    cancelId: 0,
  });
  return response === 1;
}
