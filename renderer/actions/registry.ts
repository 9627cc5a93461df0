/** One thing a person can do, named once for the toolbar, menus and the keyboard. */
export interface Action {
  id: string;
  label: string;
  /** e.g. "Mod+Z" (Mod is Cmd on macOS, Ctrl elsewhere), "Delete", "Shift+Mod+Z", "Space". */
  shortcuts: readonly string[];
  /** Whether the shortcut also works while typing in a field (e.g. Undo does not). */
  inFields?: boolean;
  enabled?: () => boolean;
  run: () => void;
}

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The canonical text of a key event, to compare with an action's shortcuts. */
export function chordOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, mac = isMac): string {
  const parts: string[] = [];
  if (event.shiftKey) parts.push('Shift');
  if (event.altKey) parts.push('Alt');
  if (mac ? event.metaKey : event.ctrlKey) parts.push('Mod');
  if (mac && event.ctrlKey) parts.push('Ctrl');
  parts.push(keyName(event.key));
  return parts.join('+');
}

/** Normalizes how a shortcut is written ("mod+shift+z" → "Shift+Mod+Z") so chords compare equal. */
export function normalizeShortcut(shortcut: string): string {
  const parts = shortcut.split('+').map((p) => p.trim());
  const key = parts.pop() ?? '';
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  const out: string[] = [];
  if (mods.has('shift')) out.push('Shift');
  if (mods.has('alt')) out.push('Alt');
  if (mods.has('mod')) out.push('Mod');
  if (mods.has('ctrl')) out.push('Ctrl');
  out.push(keyName(key));
  return out.join('+');
}

/** Letters compare upper-case; the space bar is written "Space". */
function keyName(key: string): string {
  if (key === ' ' || key === 'Spacebar' || key.toLowerCase() === 'space') return 'Space';
  return key.length === 1 ? key.toUpperCase() : key;
}

/** The enabled action a key event triggers, if any; one key may serve several actions in different modes. */
export function actionFor(actions: readonly Action[], event: KeyboardEvent, inField: boolean, mac = isMac): Action | null {
  const chord = chordOf(event, mac);
  for (const action of actions) {
    if (inField && !action.inFields) continue;
    if (action.enabled && !action.enabled()) continue;
    if (action.shortcuts.some((s) => normalizeShortcut(s) === chord)) return action;
  }
  return null;
}

/** How a shortcut reads in a tooltip on this platform. */
export function shortcutText(shortcut: string, mac = isMac): string {
  return normalizeShortcut(shortcut).replace('Mod', mac ? '⌘' : 'Ctrl').replace('Shift', mac ? '⇧' : 'Shift').replace(/\+/g, mac ? '' : '+');
}
