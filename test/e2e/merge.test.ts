// Issue 16 in the app: File › Merge a copy… reviews another copy of the open workshop (what
// comes in, by lane and step; each conflict side by side with a choice; a preview), applies it
// as one step that Undo takes back, and the conflict notice offers the same merge.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeWith, readCopy } from '../../main/workshop/merge/copies';
import { readWorkshop } from '../../main/workshop';
import { addCard, addComment, updateCard, updateTouchpoint } from '../../shared/commands';
import type { Card } from '../../shared/model';
import { edit } from '../main/merge/copies';
import { checkA11y, inBothThemes } from './a11y';
import { card, waitSaved } from './canvas';
import { cli, openApp, tempDir, type Session } from './harness';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Merge a copy' });

async function openReview(page: Page, path: string, checkPicking = false): Promise<void> {
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: 'Merge a copy…' }).click();
  if (checkPicking) await inBothThemes(page, (theme) => checkA11y(page, `merge: pick the copy (${theme})`, { include: '[role="dialog"]' }));
  await dialog(page).getByRole('textbox', { name: 'Path of the other copy' }).fill(path);
  await dialog(page).getByRole('button', { name: 'Review changes' }).click();
  await dialog(page).getByRole('heading', { name: /^Conflicts/ }).waitFor();
}

describe('merging a copy in the app', () => {
  const tmp = tempDir();
  const mine = join(tmp.dir, 'mine.frontstage');
  const theirs = join(tmp.dir, 'theirs.frontstage');
  let session: Session;
  let touchpoints: Card[];

  beforeAll(async () => {
    cli(['new', mine, '--template', 'home-espresso', '--title', 'Espresso'], { FRONTSTAGE_HOME: tmp.dir });
    copyFileSync(mine, theirs);
    touchpoints = Object.values(readWorkshop(mine).doc.cards).filter((c) => c.touchpoint).slice(0, 2);
    const [a, b] = touchpoints as [Card, Card];
    const work = join(tmp.dir, 'edits');
    edit(mine, work, (e) => {
      e.run(updateCard, { cardId: a.id, fields: { title: 'Window with capsule colours (mine)' } });
      e.run(updateTouchpoint, { cardId: b.id, fields: { importance: 5 } });
    });
    edit(theirs, work, (e) => {
      e.run(updateCard, { cardId: a.id, fields: { title: 'Window with capsule colours (theirs)' } });
      e.run(updateTouchpoint, { cardId: b.id, fields: { importance: 1 } });
      e.run(addCard, { id: 'from-theirs', laneId: a.laneId, stepId: a.stepId, index: 0, fields: { title: 'Benchmark: queue under 3 minutes' } });
      e.run(addComment, { id: 'theirs-note', cardId: b.id, author: 'Ben', text: 'Check with the shop manager', createdAt: 1 });
    });
    session = await openApp({ file: mine, home: tmp.dir });
    await card(session.page, 'Window with capsule colours (mine)').waitFor();
  }, 60_000);
  afterAll(async () => {
    await session?.close();
    tmp.remove();
  });

  it('lists what comes in and each conflict, previews it, passes axe in both themes, and applies as one undoable step', async () => {
    const { page } = session;
    await openReview(page, theirs, true);
    const review = dialog(page);
    await expect.poll(() => review.getByRole('group').count()).toBe(2);
    const title = review.getByRole('group', { name: /Title/ });
    await expect.poll(() => title.getByRole('radio', { name: /Mine/ }).isChecked()).toBe(true);
    await title.getByText('Window with capsule colours (theirs)').waitFor();
    const incoming = review.getByRole('region', { name: /What comes in/ }).or(review.locator('section[aria-labelledby="fs-merge-incoming"]'));
    await incoming.getByText('Benchmark: queue under 3 minutes').waitFor();
    await incoming.getByText('Check with the shop manager').waitFor();
    await review.getByRole('img', { name: /Preview of Current state after the merge; 3 cards marked/ }).waitFor();

    await inBothThemes(page, (theme) => checkA11y(page, `merge review (${theme})`, { include: '[role="dialog"]' }));

    // Theirs for the title: the host merges again, and the preview follows.
    await title.getByRole('radio', { name: /Theirs/ }).check();
    await expect.poll(() => title.getByRole('radio', { name: /Theirs/ }).isChecked()).toBe(true);
    await expect.poll(() => review.locator('.fs-merge').getAttribute('aria-busy')).toBe('false');
    await review.getByRole('button', { name: 'Apply merge' }).click();
    await dialog(page).waitFor({ state: 'detached' });

    await card(page, 'Benchmark: queue under 3 minutes').waitFor();
    await card(page, 'Window with capsule colours (theirs)').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await card(page, 'Window with capsule colours (mine)').waitFor();
    await expect.poll(() => card(page, 'Benchmark: queue under 3 minutes').count()).toBe(0);
    await page.getByRole('button', { name: 'Redo' }).click();
    await card(page, 'Benchmark: queue under 3 minutes').waitFor();

    await page.getByRole('banner').getByRole('button', { name: /Unsaved changes|Saved|All changes saved/ }).click();
    await waitSaved(page);
    const saved = readWorkshop(mine).doc;
    expect(saved.cards['from-theirs']?.title).toBe('Benchmark: queue under 3 minutes');
    expect(saved.comments['theirs-note']?.text).toBe('Check with the shop manager');
    expect(saved.cards[touchpoints[1]!.id]!.touchpoint!.importance).toBe(5);
    // The merge wrote its stamps: the saved file has seen everything of theirs, so nothing more comes in.
    const again = mergeWith(readCopy(mine), readCopy(theirs));
    expect(again.summary).toEqual({ added: 0, changed: 0, deleted: 0, conflicts: [] });
    expect(session.errors).toEqual([]);
  }, 120_000);

  it('the conflict notice offers Merge when someone else saved the file meanwhile', async () => {
    const { page } = session;
    const other = join(tmp.dir, 'other.frontstage');
    copyFileSync(mine, other);
    edit(other, join(tmp.dir, 'edits'), (e) => e.run(updateCard, { cardId: 'from-theirs', fields: { title: 'Queue under 2 minutes' } }));
    // Someone saves their version over the shared file while this window keeps working.
    copyFileSync(other, mine);
    await page.getByRole('button', { name: 'Add card' }).click();
    await page.keyboard.type('Added after');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByRole('banner').getByRole('button', { name: /Unsaved changes/ }).click();
    const notice = page.getByRole('dialog', { name: 'The file changed on disk' });
    await notice.getByRole('button', { name: 'Merge' }).click();
    await dialog(page).getByRole('button', { name: 'Apply merge' }).waitFor();
    await dialog(page).getByText('Queue under 2 minutes').waitFor();
    await dialog(page).getByRole('button', { name: 'Apply merge' }).click();
    await card(page, 'Queue under 2 minutes').waitFor();
    await card(page, 'Added after').waitFor();
    expect(session.errors).toEqual([]);
  }, 120_000);
});
