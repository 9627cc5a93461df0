// The app's merge on the host (workshop.mergeReview, then the merge.apply command through
// workshop.submit): refusals in words, a review gone stale is never applied, and an applied
// merge writes the review's stamps so merging the same copy again brings nothing.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostInfo, Result } from '../../../shared/api/contract';
import { createService, type Service } from '../../../main/service';
import { mergeWith, readCopy } from '../../../main/workshop/merge/copies';
import { writeWorkshopFile, WorkshopSession } from '../../../main/workshop';
import { SyncHub } from '../../../main/sync/hub';
import { updateCard } from '../../../shared/commands';
import { richDoc } from '../../unit/commands/fixture';
import { tempDir } from '../host/harness';
import { edit } from './copies';

const host: HostInfo = { kind: 'browser', nativeDialogs: false, version: '0.0.0-test', startupFile: null };
const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};
const failure = <T>(r: Result<T>) => {
  if (r.ok) throw new Error('expected a failure');
  return r.error;
};

describe('merging a copy into an open workshop', () => {
  let tmp: ReturnType<typeof tempDir>;
  let service: Service;
  let seq = 0;
  beforeEach(() => {
    tmp = tempDir();
    service = createService({ workDir: join(tmp.dir, 'working'), defaultDir: tmp.dir, host, autosaveMs: 60_000, log: () => {} });
  });
  afterEach(async () => {
    await service.closeAll();
    tmp.remove();
  });

  /** Two copies of one workshop: theirs retitled its first card. */
  function copies() {
    const mine = join(tmp.dir, 'mine.frontstage');
    const theirs = join(tmp.dir, 'theirs.frontstage');
    writeWorkshopFile(mine, richDoc());
    copyFileSync(mine, theirs);
    const card = Object.keys(richDoc().cards)[0]!;
    edit(theirs, join(tmp.dir, 'edits'), (e) => e.run(updateCard, { cardId: card, fields: { title: 'From theirs' } }));
    return { mine, theirs, card };
  }

  async function setup() {
    const { mine, theirs, card } = copies();
    const opened = value(await service['workshop.open']({ path: mine }));
    return { mine, theirs, card, session: opened.session };
  }
  const submit = (session: string, command: string, args: unknown) =>
    service['workshop.submit']({ session, client: 'client-merge-1', seq: ++seq, edit: { kind: 'command', command, args } });

  it('applies a reviewed merge with its stamps: saved, the same copy brings nothing more', async () => {
    const { mine, theirs, card, session } = await setup();
    const review = value(await service['workshop.mergeReview']({ session, path: theirs, choices: [] }));
    expect(review.items).toEqual([expect.objectContaining({ key: `cards/${card}`, kind: 'changed', fields: ['title'] })]);
    value(await submit(session, 'merge.apply', { token: review.token, records: review.ops }));
    value(await service['workshop.save']({ session }));
    const again = mergeWith(readCopy(mine), readCopy(theirs));
    expect(again.summary).toEqual({ added: 0, changed: 0, deleted: 0, conflicts: [] });
    expect(readCopy(mine).doc.cards[card]!.title).toBe('From theirs');
  });

  it('refuses a review gone stale, one not made, and records other than those reviewed', async () => {
    const { theirs, card, session } = await setup();
    const review = value(await service['workshop.mergeReview']({ session, path: theirs, choices: [] }));
    const changed = review.ops.map((op) => ({ ...op, record: { ...op.record, title: 'Something else' } }));
    expect(failure(await submit(session, 'merge.apply', { token: review.token, records: changed })).message).toMatch(/not the one reviewed/);
    expect(failure(await submit(session, 'merge.apply', { token: 'made-up-token', records: review.ops })).message).toMatch(/review it again/);
    value(await submit(session, 'card.update', { cardId: Object.keys(richDoc().cards)[1]!, fields: { title: 'Meanwhile' } }));
    expect(failure(await submit(session, 'merge.apply', { token: review.token, records: review.ops })).message).toMatch(/changed while the merge was reviewed/);
    const doc = value(await service['workshop.open']({ path: join(tmp.dir, 'mine.frontstage') })).doc;
    expect(doc.cards[card]!.title).not.toBe('From theirs');
  });

  it('refuses a file of another workshop, and a damaged one, in one sentence', async () => {
    const { session } = await setup();
    const other = join(tmp.dir, 'other.frontstage');
    writeWorkshopFile(other, richDoc());
    expect(failure(await service['workshop.mergeReview']({ session, path: other, choices: [] })).message).toMatch(/not copies of one workshop/);
    const missing = failure(await service['workshop.mergeReview']({ session, path: join(tmp.dir, 'gone.frontstage'), choices: [] }));
    expect(missing.code).toBe('not-found');
  });

  it('a participant in the room cannot apply a merge, and the review stays for the facilitator to apply', () => {
    const { mine, theirs, card } = copies();
    const workshop = WorkshopSession.open(mine, { workDir: join(tmp.dir, 'hub') });
    try {
      const hub = new SyncHub(workshop);
      const review = hub.merges.review(theirs, []);
      const apply = { kind: 'command' as const, command: 'merge.apply', args: { token: review.token, records: review.ops } };
      expect(() => hub.submit('client-ana', 1, apply, { role: 'participant', participantId: 'p1', name: 'Ana' })).toThrow(/facilitator/);
      hub.submit('client-facilitator', 1, apply);
      expect(workshop.doc.cards[card]!.title).toBe('From theirs');
    } finally {
      workshop.close();
    }
  });
});
