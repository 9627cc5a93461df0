import { describe, expect, it } from 'vitest';
import { actionFor, chordOf, normalizeShortcut, shortcutText, type Action } from '../../../renderer/actions/registry';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) =>
  ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods }) as KeyboardEvent;

const ran: string[] = [];
const action = (id: string, shortcuts: string[], inFields = false): Action => ({ id, label: id, shortcuts, inFields, run: () => ran.push(id) });
const actions = [action('undo', ['Mod+Z']), action('redo', ['Shift+Mod+Z', 'Mod+Y']), action('save', ['Mod+S'], true), action('delete', ['Delete'])];

describe('shortcut registry', () => {
  it('maps Mod to Ctrl off macOS and to Cmd on macOS', () => {
    expect(chordOf(key('z', { ctrlKey: true }), false)).toBe('Mod+Z');
    expect(chordOf(key('z', { metaKey: true }), true)).toBe('Mod+Z');
    expect(chordOf(key('z', { metaKey: true }), false)).toBe('Z');
  });

  it('finds undo and redo from Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z', () => {
    expect(actionFor(actions, key('z', { ctrlKey: true }), false, false)?.id).toBe('undo');
    expect(actionFor(actions, key('Z', { ctrlKey: true, shiftKey: true }), false, false)?.id).toBe('redo');
    expect(actionFor(actions, key('z', { metaKey: true, shiftKey: true }), false, true)?.id).toBe('redo');
    expect(actionFor(actions, key('y', { ctrlKey: true }), false, false)?.id).toBe('redo');
  });

  it('leaves keys in text fields alone unless the action works there', () => {
    expect(actionFor(actions, key('z', { ctrlKey: true }), true, false)).toBeNull();
    expect(actionFor(actions, key('Delete'), true, false)).toBeNull();
    expect(actionFor(actions, key('s', { ctrlKey: true }), true, false)?.id).toBe('save');
  });

  it('writes shortcuts one way and shows them per platform', () => {
    expect(normalizeShortcut('mod+shift+z')).toBe('Shift+Mod+Z');
    expect(shortcutText('Mod+Z', false)).toBe('Ctrl+Z');
    expect(shortcutText('Shift+Mod+Z', true)).toBe('⇧⌘Z');
  });
});

describe('shortcut names', () => {
  it('writes the space bar as Space', () => {
    expect(chordOf(key(' '), false)).toBe('Space');
    expect(chordOf(key(' ', { shiftKey: true }), false)).toBe('Shift+Space');
    expect(normalizeShortcut('shift+space')).toBe('Shift+Space');
  });
});

describe('modes', () => {
  it('gives a key to the first enabled action, so Escape can mean different things', () => {
    let presenting = false;
    const both: Action[] = [
      { id: 'deselect', label: 'deselect', shortcuts: ['Escape'], enabled: () => !presenting, run: () => {} },
      { id: 'leave', label: 'leave', shortcuts: ['Escape'], enabled: () => presenting, run: () => {} },
    ];
    expect(actionFor(both, key('Escape'), false, false)?.id).toBe('deselect');
    presenting = true;
    expect(actionFor(both, key('Escape'), false, false)?.id).toBe('leave');
  });
});
