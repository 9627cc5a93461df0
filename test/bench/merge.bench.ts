// Merging copies (issue 16): the time to merge two 2,000-card copies with 500 changes each, and
// what the merge history costs in file size after 10,000 edits on 2,000 cards.
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeFiles, mergeWith, readCopy } from '../../main/workshop/merge/copies';
import { runCommand } from '../../main/sync/hostEdits';
import { writeWorkshopFile, WorkshopSession } from '../../main/workshop';
import { addCard, deleteCards, moveCard, updateCard, updateTouchpoint } from '../../shared/commands';
import { columnsOf, lanesOf, type WorkshopDoc } from '../../shared/model';
import { generateDoc, rng } from '../fixtures/generate';
import { median, report } from './report';

const section = 'Merging copies';
const dir = mkdtempSync(join(tmpdir(), 'frontstage-bench-merge-'));
const workDir = join(dir, 'work');

/** `count` edits of a realistic mix, in one session (one site), saved at the end. */
function editSession(file: string, count: number, seed: number, prefix: string): void {
  const session = WorkshopSession.open(file, { workDir });
  const random = rng(seed);
  const pickOf = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const lanes = lanesOf(session.doc, 'bp1').map((l) => l.id);
  const steps = columnsOf(session.doc, 'bp1').map((s) => s.id);
  const run = (command: { id: string }, args: unknown) => {
    const done = runCommand(session.doc, { kind: 'command', command: command.id, args });
    session.commit(done.doc, done.rows, Date.now());
  };
  for (let i = 0; i < count; i++) {
    const doc: WorkshopDoc = session.doc;
    const ids = Object.keys(doc.cards);
    const card = pickOf(ids);
    const kind = i % 10;
    if (kind < 4) run(updateCard, { cardId: card, fields: { title: `${prefix} edit ${i}` } });
    else if (kind < 6) run(moveCard, { cardId: card, laneId: pickOf(lanes), stepId: pickOf(steps), index: 0 });
    else if (kind < 8) {
      const tp = pickOf(ids.filter((id) => doc.cards[id]!.touchpoint));
      run(updateTouchpoint, { cardId: tp, fields: { importance: 1 + (i % 5), sentiment: (i % 5) - 2 } });
    } else if (kind === 8) run(addCard, { id: `${prefix}-${i}`, laneId: pickOf(lanes), stepId: pickOf(steps), index: 0, fields: { title: `${prefix} new ${i}` } });
    else run(deleteCards, { cardIds: [card] });
  }
  session.save();
  session.close();
}

const time = (fn: () => void): number => {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

try {
  // File size: 10,000 edits over 10 sessions on a 2,000-card workshop, against a fresh save of the same document.
  const edited = join(dir, 'edited.frontstage');
  writeWorkshopFile(edited, generateDoc({ cards: 2000, connectors: 400, seed: 7 }));
  for (let s = 0; s < 10; s++) editSession(edited, 1_000, 100 + s, `s${s}`);
  const fresh = join(dir, 'fresh.frontstage');
  writeWorkshopFile(fresh, readCopy(edited).doc);
  const ratio = statSync(edited).size / statSync(fresh).size;
  report({ section, what: 'file size after 10,000 edits on 2,000 cards, vs a fresh save', value: ratio, unit: '×', target: '≤ 1.5×', pass: ratio <= 1.5,
    note: `${(statSync(edited).size / 1024).toFixed(0)} KiB edited, ${(statSync(fresh).size / 1024).toFixed(0)} KiB fresh` });

  // Merge: two copies of a 2,000-card workshop with 500 changes each.
  const base = join(dir, 'base.frontstage');
  writeWorkshopFile(base, generateDoc({ cards: 2000, connectors: 400, seed: 9 }));
  const mine = join(dir, 'mine.frontstage');
  const theirs = join(dir, 'theirs.frontstage');
  copyFileSync(base, mine);
  copyFileSync(base, theirs);
  editSession(mine, 500, 1, 'mine');
  editSession(theirs, 500, 2, 'theirs');
  const [a, b] = [readCopy(mine), readCopy(theirs)];
  const pure = [0, 1, 2, 3, 4, 5].map(() => time(() => mergeWith(a, b)));
  const files = [0, 1, 2, 3].map((i) => time(() => mergeFiles(mine, theirs, join(dir, `merged${i}.frontstage`))));
  const summary = mergeWith(a, b).summary;
  report({ section, what: 'merge two 2,000-card copies, 500 changes each (read, merge, write)', value: median(files), unit: 'ms', target: '≤ 1000 ms', pass: median(files) <= 1000,
    note: `merge alone ${median(pure).toFixed(0)} ms; ${summary.added} added, ${summary.changed} changed, ${summary.deleted} deleted, ${summary.conflicts.length} conflicts` });
  report({ section, what: 'merge alone (shared/merge, no files)', value: median(pure), unit: 'ms' });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
