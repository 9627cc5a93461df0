import { describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../../shared/api/contract';
import { MENU_CHANNEL, channelFor, createBridge } from '../../../main/electron/bridge';

describe('preload bridge', () => {
  const invoked: [string, unknown][] = [];
  const listeners = new Map<string, (payload: unknown) => void>();
  const bridge = createBridge(
    async (channel, request) => {
      invoked.push([channel, request]);
      return { ok: true, value: channel };
    },
    (channel, listener) => {
      listeners.set(channel, listener);
      return () => listeners.delete(channel);
    },
  );

  it('exposes exactly the contract calls plus the menu listener, all functions', () => {
    expect(Object.keys(bridge).sort()).toEqual([...CALL_NAMES, 'onMenu'].sort());
    for (const [key, value] of Object.entries(bridge)) expect(typeof value, key).toBe('function');
  });

  it('sends each call on its own channel with the request untouched', async () => {
    const request = { session: 'abcdefgh', revision: 3, patches: [] };
    await expect(bridge['workshop.apply'](request)).resolves.toEqual({ ok: true, value: 'frontstage:workshop.apply' });
    expect(invoked.at(-1)).toEqual([channelFor('workshop.apply'), request]);
  });

  it('passes only known menu commands to the page, and unsubscribes', () => {
    const seen: string[] = [];
    const off = bridge.onMenu((command) => seen.push(command));
    const emit = listeners.get(MENU_CHANNEL)!;
    emit('undo');
    emit('rm -rf');
    emit({ command: 'undo' });
    emit('presentation');
    expect(seen).toEqual(['undo', 'presentation']);
    off();
    expect(listeners.has(MENU_CHANNEL)).toBe(false);
  });
});
