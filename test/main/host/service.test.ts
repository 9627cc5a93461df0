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

  it('applies patches in revision order and reports a stale revision as a conflict', async () => {
    const opened = value(await service['workshop.new']({ template: 'blank', title: 'Bank' }));
    const applied = value(await service['workshop.apply']({ session: opened.session, revision: opened.revision, patches: titlePatch('Friendly bank') }));
    expect(applied.revision).toBe(opened.revision + 1);
    expect(applied.status.dirty).toBe(true);
    const stale = error(await service['workshop.apply']({ session: opened.session, revision: opened.revision, patches: titlePatch('Correct bank') }));
    expect(stale.code).toBe('conflict');
    expect(value(await service['workshop.save']({ session: opened.session })).dirty).toBe(false);
    expect(readWorkshop(opened.status.path).doc.workshop.title).toBe('Friendly bank');
  });

  it('refuses invalid requests and invalid edits with bad-request, leaving the document as it was', async () => {
    const opened = value(await service['workshop.new']({ template: 'blank', title: 'Agri supplier' }));
    const missing = error(await service['workshop.apply']({ session: opened.session } as never));
    expect(missing.code).toBe('bad-request');
    expect(missing.message).toMatch(/revision/);
    const table = error(await service['workshop.apply']({ session: opened.session, revision: 0, patches: [{ op: 'add', path: ['secrets', 'x'], value: 1 }] }));
    expect(table.message).toMatch(/patches\[0\]\.path/);
    const bad = error(await service['workshop.apply']({ session: opened.session, revision: 0, patches: titlePatch('a\u202Eb') }));
    expect(bad.code).toBe('bad-request');
    const status = value(await service['workshop.status']({ session: opened.session }));
    expect(status.dirty).toBe(false);
    const reopened = value(await service['workshop.open']({ path: opened.status.path }));
    expect(reopened.doc.workshop.title).toBe('Agri supplier');
    expect(reopened.revision).toBe(0);
  });

  it('saves the file by itself shortly after the last edit', async () => {
    const opened = value(await service['workshop.new']({ template: 'blank', title: 'Streaming' }));
    value(await service['workshop.apply']({ session: opened.session, revision: 0, patches: titlePatch('Streaming, renewed') }));
    expect(readWorkshop(opened.status.path).doc.workshop.title).toBe('Streaming');
    await new Promise((r) => setTimeout(r, 400));
    expect(readWorkshop(opened.status.path).doc.workshop.title).toBe('Streaming, renewed');
    expect(value(await service['workshop.status']({ session: opened.session })).dirty).toBe(false);
  });

  it('keeps both versions when someone else changed the file before a save', async () => {
    const opened = value(await service['workshop.new']({ template: 'blank', title: 'Espresso' }));
    const path = opened.status.path;
    value(await service['workshop.apply']({ session: opened.session, revision: 0, patches: titlePatch('Ours') }));
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
    value(await service['workshop.apply']({ session: a.session, revision: 0, patches: titlePatch('Resort, edited') }));
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
    value(await service['workshop.apply']({ session: opened.session, revision: 0, patches: titlePatch('Clinic, closed') }));
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
    expect(value(await service['host.info']({}))).toEqual(host);
  });
});
