import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../shared/api/menu';
import { menuTemplate } from '../../../main/electron/menu';

function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const menu = items.find((i) => i.label === label);
  if (!menu) throw new Error(`no menu ${label}`);
  return menu;
}
const labels = (menu: MenuItemConstructorOptions) =>
  (menu.submenu as MenuItemConstructorOptions[]).map((i) => i.label ?? i.role).filter((l) => l !== undefined);

describe('application menu', () => {
  const sent: MenuCommand[] = [];
  const opened: string[] = [];
  const actions = { newWindow: () => {}, openDialog: () => {}, openFile: (p: string) => void opened.push(p), send: (c: MenuCommand) => void sent.push(c) };
  const template = menuTemplate(actions, [{ path: '/w/resort.frontstage', title: 'Resort', openedAt: 1 }], 'linux');

  it('has the File, Edit and View items the issue lists', () => {
    expect(labels(find(template, 'File'))).toEqual(expect.arrayContaining(['New from Template…', 'Open…', 'Open Recent', 'Save', 'Save As…', 'Export…', 'Close']));
    expect(labels(find(template, 'Edit'))).toEqual(['Undo', 'Redo', 'cut', 'copy', 'paste', 'Select All', 'Delete']);
    expect(labels(find(template, 'View'))).toEqual(expect.arrayContaining(['Zoom In', 'Zoom Out', 'Fit Blueprint', 'Presentation', 'Next Region', 'Previous Region']));
  });

  it('sends document commands to the page and leaves page shortcuts to the page', () => {
    const edit = find(template, 'Edit').submenu as MenuItemConstructorOptions[];
    const undo = edit.find((i) => i.label === 'Undo')!;
    (undo.click as () => void)();
    expect(sent).toEqual(['undo']);
    expect(undo.registerAccelerator).toBe(false);
  });

  it('lists recent workshops and opens them', () => {
    const recent = (find(template, 'File').submenu as MenuItemConstructorOptions[]).find((i) => i.label === 'Open Recent')!;
    const item = (recent.submenu as MenuItemConstructorOptions[])[0]!;
    expect(item.label).toBe('Resort');
    (item.click as () => void)();
    expect(opened).toEqual(['/w/resort.frontstage']);
  });
});
