import { describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../../shared/api/contract';
import { MENU_CHANNEL, PUSH_CHANNEL, SUBSCRIBE_CHANNEL, channelFor, createBridge } from '../../../main/electron/bridge';

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

  it('exposes exactly the contract calls plus the menu and push listeners, all functions', () => {
    expect(Object.keys(bridge).sort()).toEqual([...CALL_NAMES, 'onMenu', 'onPush', 'subscribe'].sort());
    for (const [key, value] of Object.entries(bridge)) expect(typeof value, key).toBe('function');
  });

  it('sends each call on its own channel with the request untouched', async () => {
    const request = { session: 'abcdefgh', client: 'client-1', seq: 3, edit: { kind: 'command' as const, command: 'card.add', args: {} } };
    await expect(bridge['workshop.submit'](request)).resolves.toEqual({ ok: true, value: 'frontstage:workshop.submit' });
    expect(invoked.at(-1)).toEqual([channelFor('workshop.submit'), request]);
    await bridge.subscribe({ session: 'abcdefgh', client: 'client-1', since: 4 });
    expect(invoked.at(-1)).toEqual([SUBSCRIBE_CHANNEL, { session: 'abcdefgh', client: 'client-1', since: 4 }]);
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

  it('passes only pushes to the page, and unsubscribes', () => {
    const seen: unknown[] = [];
    const off = bridge.onPush((push) => seen.push(push.type));
    const emit = listeners.get(PUSH_CHANNEL)!;
    emit({ type: 'changes', changes: [] });
    emit({ type: 'eval', code: '1' });
    emit('status');
    emit({ type: 'status', status: {} });
    expect(seen).toEqual(['changes', 'status']);
    off();
    expect(listeners.has(PUSH_CHANNEL)).toBe(false);
  });
});
