// Closing a desktop window: the page hands over its unsent edits before main saves and closes the
// workshop. A real service on a real file; only the window and its page are stand-ins (Electron's
// runtime is not on this machine).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HAND_OVER_MS, closeWindow } from '../../../main/electron/closing';
import type { WindowState } from '../../../main/electron/ipc';
import { createService, type Service } from '../../../main/service';
import { readWorkshop } from '../../../main/workshop';

function fakeWindow() {
  const log: string[] = [];
  let destroyed = false;
  return {
    log,
    event: () => ({ preventDefault: () => void log.push('prevented') }),
    window: { isDestroyed: () => destroyed, close: () => void log.push('close'), destroy: () => { destroyed = true; log.push('destroyed'); } },
    contents: { send: (channel: string, command: unknown) => void log.push(`${channel} ${String(command)}`) },
  };
}

describe('closing a desktop window', () => {
  let dir: string;
  let service: Service;
  afterEach(async () => {
    vi.useRealTimers();
    await service.closeAll();
    rmSync(dir, { recursive: true, force: true });
  });

  async function opened(): Promise<{ file: string; session: string; state: WindowState; firstLane: string; firstStep: string }> {
    dir = mkdtempSync(join(tmpdir(), 'frontstage-close-'));
    service = createService({ workDir: join(dir, 'work'), defaultDir: dir, host: { kind: 'electron', nativeDialogs: true, version: 'test', startupFile: null }, autosaveMs: 60_000, autosaveMaxWaitMs: 60_000, log: () => {} });
    const file = join(dir, 'close.frontstage');
    const made = await service['workshop.new']({ template: 'consumption-process', path: file });
    if (!made.ok) throw new Error(made.error.message);
    const doc = made.value.doc;
    const lane = Object.values(doc.lanes)[0]!;
    const step = Object.values(doc.steps).find((s) => doc.stages[s.stageId]?.blueprintId === lane.blueprintId)!;
    return { file, session: made.value.session, state: { file, sessions: new Set([made.value.session]) }, firstLane: lane.id, firstStep: step.id };
  }

  it('asks the page for its edits first, then saves them to the file and closes', async () => {
    const { file, session, state, firstLane, firstStep } = await opened();
    const w = fakeWindow();
    const windows = new Map([[w.contents, state]]);
    const app = { service, closeAnyway: async () => { throw new Error('asked with nothing wrong'); } };

    expect(await closeWindow(w.event(), w.window, w.contents, windows, app)).toBe('going');
    expect(w.log).toEqual(['prevented', 'frontstage:menu prepare-close']);
    expect(state.sessions.has(session)).toBe(true);

    // The page's last edit arrives while it hands over, then the page closes itself again.
    const edit = { kind: 'command', command: 'card.add', args: { id: 'card-last', laneId: firstLane, stepId: firstStep, fields: { title: 'Typed as the window closed' } } } as const;
    const sent = await service['workshop.submit']({ session, client: 'window-1', seq: 1, edit });
    expect(sent.ok).toBe(true);
    expect(await closeWindow(w.event(), w.window, w.contents, windows, app)).toBe('going');
    expect(w.log.slice(2)).toEqual(['prevented', 'destroyed']);
    expect(state.sessions.size).toBe(0);
    expect(readWorkshop(file).doc.cards['card-last']?.title).toBe('Typed as the window closed');
  });

  it('closes a page that does not answer after the hand-over time, once', async () => {
    vi.useFakeTimers();
    const { state } = await opened();
    const w = fakeWindow();
    const windows = new Map([[w.contents, state]]);
    await closeWindow(w.event(), w.window, w.contents, windows, { service, closeAnyway: async () => true });
    vi.advanceTimersByTime(HAND_OVER_MS - 1);
    expect(w.log).not.toContain('close');
    vi.advanceTimersByTime(1);
    expect(w.log.filter((l) => l === 'close')).toHaveLength(1);
  });

  it('leaves a window without a workshop to close at once', async () => {
    await opened();
    const w = fakeWindow();
    const windows = new Map([[w.contents, { file: null, sessions: new Set<string>() }]]);
    expect(await closeWindow(w.event(), w.window, w.contents, windows, { service, closeAnyway: async () => true })).toBe('going');
    expect(w.log).toEqual([]);
  });
});
