import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostInfo, OpenedWorkshop, Result } from '../../../shared/api/contract';
import { createService, type Service } from '../../../main/service';
import { loadTemplate } from '../../../main/templates';
import { readWorkshop, writeWorkshopFile } from '../../../main/workshop';
import { tempDir } from './harness';

const host: HostInfo = { kind: 'browser', nativeDialogs: false, version: '0.0.0-test', startupFile: null };

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}
function error<T>(result: Result<T>): { code: string; message: string } {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}
const titlePatch = (title: string) => [{ op: 'replace' as const, path: ['workshop', 'title'], value: title }];
const CLIENT = 'client-test-1';
let clientSeq = 0;
const retitle = (session: string, title: string, client = CLIENT) => ({
  session, client, seq: ++clientSeq, edit: { kind: 'command' as const, command: 'workshop.update', args: { fields: { title } } },
});

describe('createService', () => {
  let tmp: ReturnType<typeof tempDir>;
  let docs: string;
  let service: Service;
  const logs: string[] = [];

  beforeEach(() => {
    tmp = tempDir();
    docs = join(tmp.dir, 'docs');
    service = createService({ workDir: join(tmp.dir, 'home', 'working'), defaultDir: docs, host, autosaveMs: 100, log: (l) => logs.push(l) });
  });
  afterEach(async () => {
    await service.closeAll();
    tmp.remove();
  });

  it('creates a workshop from a template under a unique name in the default folder', async () => {
    const templates = value(await service['templates.list']({}));
    expect(templates.map((t) => t.id)).toContain('blank');
    const first = value(await service['workshop.new']({ template: 'blank', title: 'Dental clinic: root canal' }));
    expect(first.status.path).toBe(join(docs, 'dental-clinic-root-canal.frontstage'));
    expect(readWorkshop(first.status.path).doc.workshop.title).toBe('Dental clinic: root canal');
    const second = value(await service['workshop.new']({ template: 'blank', title: 'Dental clinic: root canal' }));
    expect(second.status.path).toBe(join(docs, 'dental-clinic-root-canal-2.frontstage'));
    expect(second.session).not.toBe(first.session);
  });

  it('never creates over an existing file, and names unknown templates', async () => {
    const path = join(tmp.dir, 'mine.frontstage');
    writeFileSync(path, 'precious');
    expect(error(await service['workshop.new']({ template: 'blank', path })).code).toBe('io');
    expect(readFileSync(path, 'utf8')).toBe('precious');
    const unknown = error(await service['workshop.new']({ template: 'nope' }));
    expect(unknown.code).toBe('not-found');
    expect(unknown.message).toMatch(/blank/);
  });

  it('runs commands from two clients in the order they arrive, numbering each change, and saves them', async () => {
    const opened = value(await service['workshop.new']({ template: 'blank', title: 'Bank' }));
    const first = value(await service['workshop.submit'](retitle(opened.session, 'Friendly bank', 'client-tab-a'))).change;
    expect(first).toMatchObject({ seq: opened.seq + 1, client: 'client-tab-a', patches: titlePatch('Friendly bank') });
    // The second tab never saw the first change: it is not a conflict, just the next command.
    const second = value(await service['workshop.submit'](retitle(opened.session, 'Correct bank', 'client-tab-b'))).change;
    expect(second.seq).toBe(first.seq + 1);
    expect(value(await service['workshop.status']({ session: opened.session })).dirty).toBe(true);
    expect(value(await service['workshop.save']({ session: opened.session })).dirty).toBe(false);
    expect(readWorkshop(opened.status.path).doc.workshop.title).toBe('Correct bank');
  });

  it('refuses invalid requests, unknown commands and bad arguments with a message, leaving the document as it was', async () => {
    const opened = value(await service['workshop.new']({ template: 'blank', title: 'Agri supplier' }));
    const missing = error(await service['workshop.submit']({ session: opened.session } as never));
    expect(missing.code).toBe('bad-request');
    expect(missing.message).toMatch(/client/);
    const base = { session: opened.session, client: CLIENT };
    const unknown = error(await service['workshop.submit']({ ...base, seq: ++clientSeq, edit: { kind: 'command', command: 'vault.open', args: {} } }));
    expect(unknown).toEqual({ code: 'bad-request', message: 'There is no command "vault.open".' });
    const proto = error(await service['workshop.submit']({ ...base, seq: ++clientSeq, edit: { kind: 'command', command: 'toString', args: {} } }));
    expect(proto.message).toMatch(/no command "toString"/);
    const badArgs = error(await service['workshop.submit']({ ...base, seq: ++clientSeq, edit: { kind: 'command', command: 'card.update', args: { cardId: 'c1', fields: { title: 7 } } } }));
    expect(badArgs.message).toMatch(/^Edit card was refused: fields\.title /);
    const bidi = error(await service['workshop.submit'](retitle(opened.session, 'a\u202Eb')));
    expect(bidi.code).toBe('bad-request');
    const meaning = error(await service['workshop.submit']({ ...base, seq: ++clientSeq, edit: { kind: 'command', command: 'card.update', args: { cardId: 'ghost', fields: { title: 'x' } } } }));
    expect(meaning.message).toBe('there is no card "ghost".');
    const table = error(await service['workshop.submit']({ ...base, seq: ++clientSeq, edit: { kind: 'revert', label: 'undo', patches: [{ op: 'add', path: ['secrets', 'x'], value: 1 }] } }));
    expect(table.message).toMatch(/edit\.patches\[0\]\.path/);
    const status = value(await service['workshop.status']({ session: opened.session }));
    expect(status.dirty).toBe(false);
    const reopened = value(await service['workshop.open']({ path: opened.status.path }));
    expect(reopened.doc.workshop.title).toBe('Agri supplier');
    expect(reopened.seq).toBe(0);
  });

  it('answers an edit sent twice the same way, without applying it twice', async () => {
    const opened = value(await service['workshop.new']({ template: 'blank', title: 'Twice' }));
    const request = { session: opened.session, client: CLIENT, seq: ++clientSeq, edit: { kind: 'command' as const, command: 'participants.add', args: { id: 'p1', fields: { name: 'Ana' } } } };
    const once = value(await service['workshop.submit'](request)).change;
    const again = value(await service['workshop.submit'](request)).change;
    expect(again).toEqual(once);
    const refused = { ...request, seq: ++clientSeq };
    expect(error(await service['workshop.submit'](refused)).message).toMatch(/already taken/);
    expect(error(await service['workshop.submit'](refused)).message).toMatch(/already taken/);
    const status = value(await service['workshop.open']({ path: opened.status.path }));
    expect(status.seq).toBe(1);
  });

  it('refuses to undo what someone else has changed since, and an undo that no longer fits', async () => {
    const opened = value(await service['workshop.new']({ template: 'blank', title: 'Undo' }));
    const mine = value(await service['workshop.submit'](retitle(opened.session, 'Mine', 'client-tab-a'))).change;
    value(await service['workshop.submit'](retitle(opened.session, 'Theirs', 'client-tab-b')));
    const undo = { kind: 'revert' as const, label: 'undo “Edit workshop details”', patches: titlePatch('Undo') };
    const refused = error(await service['workshop.submit']({ session: opened.session, client: 'client-tab-a', seq: ++clientSeq, edit: undo }));
    expect(refused).toEqual({ code: 'conflict', message: 'Could not undo “Edit workshop details”: someone else has changed it since.' });
    expect(mine.seq).toBe(1);
    const ghost = { kind: 'revert' as const, label: 'undo “Edit card”', patches: [{ op: 'replace' as const, path: ['cards', 'ghost', 'title'], value: 'x' }] };
    const gone = error(await service['workshop.submit']({ session: opened.session, client: 'client-tab-a', seq: ++clientSeq, edit: ghost }));
    expect(gone.code).toBe('conflict');
    expect(gone.message).toMatch(/^Could not undo “Edit card”: the workshop has changed since \(cards\.ghost: does not exist\)\.$/);
    // The other tab may undo its own change.
    value(await service['workshop.submit']({ session: opened.session, client: 'client-tab-b', seq: ++clientSeq, edit: { ...undo, patches: titlePatch('Mine') } }));
  });

  it('pushes every change, and the file status after a save, to every subscriber; a late one catches up', async () => {
    const opened = value(await service['workshop.new']({ template: 'blank', title: 'Push' }));
    const heard: string[] = [];
    const stop = service.subscribe(opened.session, opened.seq, (push) => heard.push(push.type === 'changes' ? `changes ${push.changes.map((c) => c.seq).join(',')}` : push.type));
    value(await service['workshop.submit'](retitle(opened.session, 'One')));
    value(await service['workshop.submit'](retitle(opened.session, 'Two')));
    value(await service['workshop.save']({ session: opened.session }));
    expect(heard).toEqual(['changes ', 'status', 'presence', 'room', 'changes 1', 'status', 'changes 2', 'status']);
    stop();
    const late: string[] = [];
    service.subscribe(opened.session, 1, (_push, text) => late.push(text));
    expect(JSON.parse(late[0]!).changes.map((c: { seq: number }) => c.seq)).toEqual([2]);
    const fresh: string[] = [];
    service.subscribe(opened.session, 99, (push) => fresh.push(push.type));
    expect(fresh).toEqual(['snapshot', 'status', 'presence', 'room']);
    expect(() => service.subscribe('no-such-session', 0, () => {})).toThrow(/no longer open/);
  });

  it('saves at least every few seconds while edits keep coming', async () => {
    const busy = createService({ workDir: join(tmp.dir, 'home2', 'working'), defaultDir: docs, host, autosaveMs: 300, autosaveMaxWaitMs: 500, log: () => {} });
    try {
      const opened = value(await busy['workshop.new']({ template: 'blank', title: 'Busy' }));
      const seen = new Set<string>();
      for (let i = 0; i < 24; i++) {
        value(await busy['workshop.submit'](retitle(opened.session, `Edit ${i}`)));
        seen.add(readWorkshop(opened.status.path).doc.workshop.title);
        await new Promise((r) => setTimeout(r, 100));
      }
      // An edit every 100 ms never leaves the 300 ms pause that idle autosave waits for.
      expect(seen.size).toBeGreaterThanOrEqual(4);
    } finally {
      await busy.closeAll();
    }
  });

  it('saves the file by itself shortly after the last edit', async () => {
    const opened = value(await service['workshop.new']({ template: 'blank', title: 'Streaming' }));
    value(await service['workshop.submit'](retitle(opened.session, 'Streaming, renewed')));
    expect(readWorkshop(opened.status.path).doc.workshop.title).toBe('Streaming');
    await new Promise((r) => setTimeout(r, 400));
    expect(readWorkshop(opened.status.path).doc.workshop.title).toBe('Streaming, renewed');
    expect(value(await service['workshop.status']({ session: opened.session })).dirty).toBe(false);
  });

  it('keeps both versions when someone else changed the file before a save', async () => {
    const opened = value(await service['workshop.new']({ template: 'blank', title: 'Espresso' }));
    const path = opened.status.path;
    value(await service['workshop.submit'](retitle(opened.session, 'Ours')));
    await new Promise((r) => setTimeout(r, 20));
    writeWorkshopFile(path, loadTemplate('blank', 'Theirs'), { overwrite: true });
    const status = value(await service['workshop.save']({ session: opened.session }));
    expect(status.conflictCopy).not.toBeNull();
    expect(readWorkshop(path).doc.workshop.title).toBe('Theirs');
    expect(readWorkshop(status.path).doc.workshop.title).toBe('Ours');
  });

  it('opens the session already open for a file instead of a second copy', async () => {
    const path = join(tmp.dir, 'resort.frontstage');
    writeWorkshopFile(path, loadTemplate('blank', 'Resort'));
    const a = value(await service['workshop.open']({ path }));
    value(await service['workshop.submit'](retitle(a.session, 'Resort, edited')));
    const b: OpenedWorkshop = value(await service['workshop.open']({ path }));
    expect(b.session).toBe(a.session);
    expect(b.doc.workshop.title).toBe('Resort, edited');
  });

  it('explains files it cannot open', async () => {
    expect(error(await service['workshop.open']({ path: join(tmp.dir, 'missing.frontstage') })).code).toBe('not-found');
    const text = join(tmp.dir, 'notes.frontstage');
    writeFileSync(text, 'just some notes, not a database at all'.repeat(20));
    const foreign = error(await service['workshop.open']({ path: text }));
    expect(foreign.code).toBe('not-frontstage');
    expect(foreign.message).toMatch(/notes\.frontstage/);
  });

  it('closes by saving, and forgets the session', async () => {
    const opened = value(await service['workshop.new']({ template: 'blank', title: 'Clinic' }));
    value(await service['workshop.submit'](retitle(opened.session, 'Clinic, closed')));
    value(await service['workshop.close']({ session: opened.session }));
    expect(readWorkshop(opened.status.path).doc.workshop.title).toBe('Clinic, closed');
    expect(error(await service['workshop.status']({ session: opened.session })).code).toBe('not-found');
  });

  it('remembers recent files, newest first, at most ten, surviving a damaged list', async () => {
    const paths: string[] = [];
    for (let i = 0; i < 12; i++) {
      const opened = value(await service['workshop.new']({ template: 'blank', title: `Workshop ${i}` }));
      paths.push(opened.status.path);
    }
    const recent = value(await service['workshop.recent']({}));
    expect(recent).toHaveLength(10);
    expect(recent[0]).toMatchObject({ path: paths[11], title: 'Workshop 11' });
    const list = join(tmp.dir, 'home', 'recent.json');
    expect(existsSync(list)).toBe(true);
    writeFileSync(list, '{"files": 12');
    expect(value(await service['workshop.recent']({}))).toEqual([]);
  });

  it('opens workshops even when the recent files list cannot be written', async () => {
    mkdirSync(join(tmp.dir, 'home', 'recent.json'), { recursive: true });
    const opened = value(await service['workshop.new']({ template: 'blank', title: 'Offline' }));
    expect(existsSync(opened.status.path)).toBe(true);
    expect(value(await service['workshop.recent']({}))).toEqual([]);
    expect(logs.some((l) => l.startsWith('could not update the recent files list'))).toBe(true);
  });

  it('exports the interchange JSON of an open workshop', async () => {
    const opened = value(await service['workshop.new']({ template: 'blank', title: 'Resort' }));
    const exported = value(await service['export.render']({ session: opened.session, format: 'json' }));
    expect(exported).toMatchObject({ filename: 'resort.json', mime: 'application/json' });
    const json = JSON.parse(Buffer.from(exported.base64, 'base64').toString('utf8'));
    expect(json.format).toBe('frontstage-workshop');
    expect(json.workshop.title).toBe('Resort');
    const missing = error(await service['export.render']({ session: opened.session, format: 'svg', blueprintId: 'nope' }));
    expect(missing.code).toBe('not-found');
  });

  it('answers pick requests with null when the host has no dialogs', async () => {
    expect(value(await service['workshop.pickOpen']({}))).toEqual({ path: null });
    expect(value(await service['workshop.pickSave']({ suggestedName: 'x.frontstage' }))).toEqual({ path: null });
    expect(value(await service['host.info']({}))).toEqual({ ...host, room: false });
  });
});
