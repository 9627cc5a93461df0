// Issue 13: the room. `frontstage serve FILE --room` on loopback; the facilitator in one
// Chromium context, two participants in their own contexts (own cookies, own tokens), one of
// them at a phone's size. They join by address and by code, add cards, comment, vote within
// their budget, and see one another's work; a request a participant crafts by hand beyond their role is refused; the
// facilitator sees who is connected and what they edit; a dropped connection loses nothing and
// replays nothing twice. Every new screen gets axe-core in both themes.
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkshop } from '../../main/workshop';
import { checkA11y, inBothThemes } from './a11y';
import { canvas, card, waitSaved } from './canvas';
import { CHROMIUM, CHROMIUM_ARGS, cli, startHost, tempDir, type Host } from './harness';

const PHONE = { width: 390, height: 844 };
const EXPECTED_NETWORK_ERRORS = /^Failed to load resource: (the server responded with a status of 403|net::ERR_INTERNET_DISCONNECTED|net::ERR_CONNECTION_REFUSED)/;

/** A participant's page: the board's cards are buttons named by their titles. */
const board = (page: Page) => page.getByRole('region', { name: 'Blueprint' });
const boardCard = (page: Page, title: string) => board(page).getByRole('button', { name: title, exact: true });

async function addCard(page: Page, title: string, lane: string, step: string): Promise<void> {
  await page.getByRole('button', { name: 'Add card' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add card' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('combobox', { name: 'Lane' }).selectOption({ label: lane });
  await dialog.getByRole('combobox', { name: 'Step' }).selectOption({ index: step === 'last' ? (await dialog.getByRole('combobox', { name: 'Step' }).locator('option').count()) - 1 : 0 });
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect.poll(() => dialog.count()).toBe(0);
}

/** What a participant's page may send, made by hand in the page: its own client id, the next seq. */
async function craftedSubmit(page: Page, edit: unknown): Promise<{ status: number; body: { ok: boolean; error?: { code: string; message: string } } }> {
  return page.evaluate(async (e) => {
    const state = await (await fetch('/room/api/room.state', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).json();
    const response = await fetch('/room/api/workshop.submit', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ session: state.value.opened.session, client: `crafted-${Math.random().toString(36).slice(2, 12)}`, seq: 1, edit: e }),
    });
    return { status: response.status, body: await response.json() };
  }, edit);
}

const titlesInFile = (file: string) => Object.values(readWorkshop(file).doc.cards).map((c) => c.title);

describe('the room', () => {
  const tmp = tempDir('frontstage-room-e2e-');
  const file = join(tmp.dir, 'room.frontstage');
  let host: Host;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let facilitator: Page;
  let ada: Page;
  let ben: Page;
  const errors: string[] = [];

  const open = async (viewport: { width: number; height: number }, who: string, touch = false): Promise<Page> => {
    const context = await browser.newContext({ viewport, hasTouch: touch, isMobile: touch, colorScheme: 'light' });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`${who} pageerror: ${e.message}`));
    page.on('console', (m) => {
      // Chromium logs failed requests the test causes: a page that has not joined yet asks whether
      // it has (403), a device the test takes offline, a room the test ended.
      if (m.type() === 'error' && !EXPECTED_NETWORK_ERRORS.test(m.text())) errors.push(`${who} console: ${m.text()}`);
    });
    return page;
  };

  beforeAll(async () => {
    cli(['new', file, '--template', 'consumption-process', '--title', 'Clinic visit'], { FRONTSTAGE_HOME: tmp.dir });
    host = await startHost({ file, home: tmp.dir, args: ['--room', '--room-address', '127.0.0.1'] });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    facilitator = await open({ width: 1400, height: 900 }, 'facilitator');
    await facilitator.goto(host.url);
    await canvas(facilitator).waitFor();
  }, 60_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await host?.stop();
    tmp.remove();
  });

  it('prints where participants join: a 6-character code of A–Z and 2–9 on the given address', () => {
    expect(host.joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/join\/[A-HJ-NP-Z2-9]{6}$/);
  });

  it('shows the join screen from Invite the room: address, code, QR code, nobody connected yet', async () => {
    await facilitator.getByRole('button', { name: 'Invite the room' }).click();
    const dialog = facilitator.getByRole('dialog', { name: 'Invite the room' });
    const code = host.joinUrl!.split('/').pop()!;
    await expect.poll(() => dialog.textContent()).toContain(host.joinUrl!);
    await expect.poll(() => dialog.getByText(code, { exact: true }).count()).toBe(1);
    expect(await dialog.getByRole('img', { name: /^QR code of the join address/ }).count()).toBe(1);
    expect(await dialog.getByText('0 connected').count()).toBe(1);
    expect(await dialog.getByText('The room is on.').count()).toBe(1);
    await inBothThemes(facilitator, (theme) => checkA11y(facilitator, `invite the room (${theme})`, { include: '[role="dialog"]' }));
  }, 60_000);

  it('lets a participant join from the address on a phone with Your name', async () => {
    ada = await open(PHONE, 'ada', true);
    await ada.goto(host.joinUrl!);
    await ada.getByRole('textbox', { name: 'Your name' }).waitFor();
    await expect.poll(() => ada.getByRole('heading', { name: 'Join “Clinic visit”' }).count()).toBe(1);
    await inBothThemes(ada, (theme) => checkA11y(ada, `room join screen (${theme})`));
    await ada.getByRole('textbox', { name: 'Your name' }).fill('Ada');
    await ada.getByRole('button', { name: 'Join' }).click();
    await board(ada).waitFor();
    await expect.poll(() => ada.getByText('You are Ada').count()).toBe(1);
    await inBothThemes(ada, (theme) => checkA11y(ada, `room participant page (${theme})`));
  }, 60_000);

  it('lets a second participant join by typing the code, and picking their name from the list', async () => {
    ben = await open({ width: 1024, height: 720 }, 'ben');
    await ben.goto(new URL('/', host.joinUrl!).href);
    await ben.getByRole('textbox', { name: 'Join code' }).fill(host.joinUrl!.split('/').pop()!.toLowerCase());
    // The workshop lists Ada already (she joined): Ben is not on it and types his name.
    await ben.getByRole('button', { name: 'Ada', exact: true }).waitFor();
    await ben.getByRole('textbox', { name: 'Your name' }).fill('Ben');
    await ben.getByRole('button', { name: 'Join' }).click();
    await board(ben).waitFor();
  }, 60_000);

  it('shows the facilitator who is connected', async () => {
    const people = facilitator.getByRole('list', { name: 'Participants' });
    await expect.poll(() => people.getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/^Ada\s*connected/), expect.stringMatching(/^Ben\s*connected/)]);
    expect(await facilitator.getByRole('dialog', { name: 'Invite the room' }).getByText('2 connected').count()).toBe(1);
    await facilitator.getByRole('button', { name: 'Done' }).click();
  }, 30_000);

  it('lets someone already on the list pick their name, from a second device', async () => {
    const laptop = await open({ width: 1280, height: 800 }, 'ada-laptop');
    await laptop.goto(host.joinUrl!);
    await laptop.getByRole('button', { name: 'Ada', exact: true }).click();
    expect(await laptop.getByRole('textbox', { name: 'Your name' }).inputValue()).toBe('Ada');
    await laptop.getByRole('button', { name: 'Join' }).click();
    await expect.poll(() => laptop.getByText('You are Ada').count()).toBe(1);
    await facilitator.getByRole('button', { name: 'Invite the room' }).click();
    const people = facilitator.getByRole('list', { name: 'Participants' });
    await expect.poll(() => people.getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/^Ada\s*connected on 2 devices/), expect.stringMatching(/^Ben\s*connected/)]);
    await laptop.context().close();
    await expect.poll(() => people.getByRole('listitem').allTextContents(), { timeout: 10_000 }).toEqual([expect.stringMatching(/^Ada\s*connected(?! on)/), expect.stringMatching(/^Ben\s*connected/)]);
    await facilitator.getByRole('button', { name: 'Done' }).click();
    // One participant Ada in the file (once it is saved): the second device did not add another.
    await expect.poll(() => Object.values(readWorkshop(file).doc.participants).map((p) => p.name).sort(), { timeout: 15_000 }).toEqual(['Ada', 'Ben']);
  }, 30_000);

  it('puts each participant\'s cards where they chose, for everyone and in the file', async () => {
    await addCard(ada, 'Long wait at reception', 'Customer actions', 'first');
    await addCard(ben, 'Forms asked twice', 'Backstage', 'last');
    for (const page of [ada, ben]) {
      await boardCard(page, 'Long wait at reception').waitFor({ state: 'attached' });
      await boardCard(page, 'Forms asked twice').waitFor({ state: 'attached' });
    }
    await card(facilitator, 'Long wait at reception').waitFor();
    await card(facilitator, 'Forms asked twice').waitFor();
    const doc = await readWorkshopWhenSaved(file, ['Long wait at reception', 'Forms asked twice']);
    const names = Object.fromEntries(Object.values(doc.participants).map((p) => [p.id, p.name]));
    const added = Object.values(doc.cards).filter((c) => c.createdBy);
    expect(added.map((c) => `${c.title} by ${names[c.createdBy!]} in ${doc.lanes[c.laneId]!.name}`).sort()).toEqual([
      'Forms asked twice by Ben in Backstage',
      'Long wait at reception by Ada in Customer actions',
    ]);
  }, 60_000);

  it('pans and zooms the board, and a drag that ends on a card does not open it', async () => {
    const plane = ben.locator('.fs-board-plane');
    const view = async () => {
      const m = /translate\((-?[\d.]+)px, (-?[\d.]+)px\) scale\(([\d.]+)\)/.exec((await plane.getAttribute('style')) ?? '');
      return { x: Number(m![1]), y: Number(m![2]), scale: Number(m![3]) };
    };
    const before = await view();
    await ben.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await view()).scale).toBeCloseTo(before.scale * 1.25, 3);
    const zoomed = await view();
    const box = (await boardCard(ben, 'Forms asked twice').boundingBox())!;
    // From empty board to the card: the board moves, the card stays shut.
    const from = { x: box.x + box.width / 2 - 120, y: box.y + box.height / 2 + 60 };
    await ben.mouse.move(from.x, from.y);
    await ben.mouse.down();
    await ben.mouse.move(from.x + 60, from.y - 30, { steps: 5 });
    await ben.mouse.move(from.x + 120, from.y - 60, { steps: 5 });
    await ben.mouse.up();
    const after = await view();
    expect([after.x - zoomed.x, after.y - zoomed.y]).toEqual([expect.closeTo(120, 0), expect.closeTo(-60, 0)]);
    expect(await ben.getByRole('dialog').count()).toBe(0);
    await ben.getByRole('button', { name: 'Fit' }).click();
  }, 30_000);

  it('shows the facilitator a soft lock on the card a participant has open', async () => {
    await boardCard(ada, 'Long wait at reception').click();
    await ada.getByRole('dialog', { name: 'Long wait at reception' }).waitFor();
    await expect.poll(() => facilitator.getByRole('note').filter({ hasText: 'Ada is editing' }).count(), { timeout: 10_000 }).toBe(1);
    await ada.keyboard.press('Escape');
    await expect.poll(() => facilitator.getByRole('note').filter({ hasText: 'Ada is editing' }).count(), { timeout: 10_000 }).toBe(0);
  }, 30_000);

  it('lets a participant move their own card to another lane', async () => {
    await boardCard(ada, 'Long wait at reception').click();
    const form = ada.getByRole('dialog', { name: 'Long wait at reception' }).getByRole('form', { name: 'Your card' });
    await form.getByRole('combobox', { name: 'Lane' }).selectOption({ label: 'Frontstage' });
    await form.getByRole('button', { name: 'Save' }).click();
    await ada.keyboard.press('Escape');
    const laneOf = () => {
      const doc = readWorkshop(file).doc;
      return doc.lanes[Object.values(doc.cards).find((c) => c.title === 'Long wait at reception')!.laneId]!.name;
    };
    await expect.poll(laneOf, { timeout: 15_000 }).toBe('Frontstage');
    await expect.poll(() => boardCard(ben, 'Long wait at reception').getAttribute('aria-description')).toMatch(/^Frontstage — /);
  }, 30_000);

  it('lets a participant comment on anyone\'s card; the others see it', async () => {
    await boardCard(ada, 'Forms asked twice').click();
    const sheet = ada.getByRole('dialog', { name: 'Forms asked twice' });
    // Not hers: no editing, but a comment.
    expect(await sheet.getByRole('button', { name: 'Delete my card' }).count()).toBe(0);
    await sheet.getByRole('textbox', { name: 'Comment' }).fill('Same at the pharmacy');
    await sheet.getByRole('button', { name: 'Add comment' }).click();
    await expect.poll(() => sheet.getByText('Same at the pharmacy').count()).toBe(1);
    await ada.keyboard.press('Escape');
    await boardCard(ben, 'Forms asked twice').click();
    await expect.poll(() => ben.getByRole('dialog', { name: 'Forms asked twice' }).getByText('Same at the pharmacy').count()).toBe(1);
    await ben.keyboard.press('Escape');
    await expect.poll(() => Object.values(readWorkshop(file).doc.comments).map((c) => `${c.author}: ${c.text}`), { timeout: 15_000 }).toEqual(['Ada: Same at the pharmacy']);
  }, 30_000);

  it('lets participants vote with their own dots within the round\'s budget, and shows how many are left', async () => {
    await facilitator.getByRole('button', { name: 'Vote', exact: true }).click();
    const dialog = facilitator.getByRole('dialog', { name: 'New vote' });
    await dialog.getByLabel('Question').fill('What hurts most?');
    await dialog.getByLabel('Dots per person').fill('2');
    await dialog.getByRole('button', { name: 'Start vote' }).click();
    await expect.poll(() => ada.getByText(/Voting: What hurts most\? · 2 dots left of 2/).count()).toBe(1);

    await boardCard(ada, 'Forms asked twice').click();
    const sheet = ada.getByRole('dialog', { name: 'Forms asked twice' });
    await sheet.getByRole('button', { name: 'Add dot' }).click();
    await sheet.getByRole('button', { name: 'Add dot' }).click();
    await expect.poll(() => sheet.getByText(/0 dots left for you/).count()).toBe(1);
    expect(await sheet.getByRole('button', { name: 'Add dot' }).isDisabled()).toBe(true);
    await ada.keyboard.press('Escape');
    await expect.poll(() => ada.getByText(/Voting: What hurts most\? · 0 dots left of 2/).count()).toBe(1);
    // Ben sees Ada's dots on the card, and has his own budget.
    await expect.poll(() => boardCard(ben, 'Forms asked twice').getAttribute('aria-description')).toContain('2 dots');
    await expect.poll(() => ben.getByText(/2 dots left of 2/).count()).toBe(1);

    // A third dot made by hand: refused by the command, and as a hand-made undo by the host's rules.
    await expect.poll(() => Object.values(readWorkshop(file).doc.voteRounds).some((r) => r.open), { timeout: 15_000 }).toBe(true);
    const doc = readWorkshop(file).doc;
    const round = Object.values(doc.voteRounds).find((r) => r.open)!;
    const cardId = Object.values(doc.cards).find((c) => c.title === 'Long wait at reception')!.id;
    const adaId = Object.values(doc.participants).find((p) => p.name === 'Ada')!.id;
    const third = await craftedSubmit(ada, { kind: 'command', command: 'vote.cast', args: { id: 'v-third', roundId: round.id, participantId: adaId, cardId } });
    expect(third.body.ok).toBe(false);
    expect(third.body.error?.message).toMatch(/used all 2 dots/);
    const forged = await craftedSubmit(ada, { kind: 'revert', label: 'undo “Remove dot”', patches: [{ op: 'add', path: ['votes', 'v-forged'], value: { id: 'v-forged', roundId: round.id, participantId: adaId, cardId, dots: 1 } }] });
    expect(forged.status).toBe(403);
    expect(forged.body.error?.message).toMatch(/used all 2 of your dots/);
    await expect.poll(() => Object.values(readWorkshop(file).doc.votes).filter((v) => v.participantId === adaId).reduce((n, v) => n + v.dots, 0), { timeout: 15_000 }).toBe(2);

    await facilitator.getByRole('button', { name: 'Close vote' }).click();
    await expect.poll(() => ada.getByText(/Voting: What hurts most/).count()).toBe(0);
  }, 60_000);

  it('shows participants the facilitator\'s timer, running and paused', async () => {
    await facilitator.getByRole('button', { name: 'Timer', exact: true }).click();
    const timer = facilitator.getByRole('region', { name: 'Timer' });
    await timer.getByRole('button', { name: 'Start', exact: true }).click();
    const theirs = ada.getByRole('region', { name: 'Timer' });
    await expect.poll(async () => (await theirs.count()) ? theirs.textContent() : '').toMatch(/[45]:\d\d/);
    await timer.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect.poll(() => theirs.textContent()).toContain('(paused)');
    await facilitator.getByRole('button', { name: 'Timer', exact: true }).click();
  }, 30_000);

  it('refuses what a participant crafts by hand beyond their role, and changes nothing', async () => {
    const bens = Object.values(readWorkshop(file).doc.cards).find((c) => c.title === 'Forms asked twice')!;
    const rename = await craftedSubmit(ada, { kind: 'command', command: 'card.update', args: { cardId: bens.id, fields: { title: 'Mine now' } } });
    expect(rename.status).toBe(403);
    expect(rename.body.error).toEqual({ code: 'forbidden', message: expect.stringContaining('someone else\'s') });
    const structure = await craftedSubmit(ada, { kind: 'command', command: 'lane.delete', args: { laneId: bens.laneId } });
    expect(structure.status).toBe(403);
    // An "undo" that takes away Ben's card: not hers to undo.
    const undo = await craftedSubmit(ada, { kind: 'revert', label: 'undo “Add card”', patches: [{ op: 'remove', path: ['cards', bens.id] }] });
    expect(undo.body.ok).toBe(false);
    // An "undo" that puts back a card in Ben's name: judged by what it does, like a command.
    const forged = await craftedSubmit(ada, { kind: 'revert', label: 'undo “Delete card”', patches: [{ op: 'add', path: ['cards', 'c-forged'], value: { ...bens, id: 'c-forged', title: 'Forged' } }] });
    expect(forged.status).toBe(403);
    expect(forged.body.error?.message).toContain('must be yours');
    await waitSaved(facilitator);
    expect(titlesInFile(file)).toContain('Forms asked twice');
    expect(titlesInFile(file)).not.toContain('Mine now');
    expect(titlesInFile(file)).not.toContain('Forged');
  }, 30_000);

  it('loses nothing and applies nothing twice when a participant\'s connection drops and comes back', async () => {
    const context = ben.context();
    await context.setOffline(true);
    await addCard(ben, 'Added while offline', 'Frontstage', 'first');
    await expect.poll(() => ben.getByText(/Not connected/).count()).toBeGreaterThan(0);
    await context.setOffline(false);
    await card(facilitator, 'Added while offline').waitFor({ timeout: 20_000 });
    await boardCard(ada, 'Added while offline').waitFor({ state: 'attached' });
    await expect.poll(() => ben.getByText('Connected', { exact: true }).count(), { timeout: 20_000 }).toBe(1);
    await waitSaved(facilitator);
    expect(titlesInFile(file).filter((t) => t === 'Added while offline')).toHaveLength(1);
  }, 60_000);

  it('follows the presenter on a participant\'s page while the facilitator presents', async () => {
    const plane = () => ada.locator('.fs-board-plane').getAttribute('style');
    const before = await plane();
    await canvas(facilitator).click({ position: { x: 5, y: 5 } });
    await facilitator.keyboard.press('F5');
    await facilitator.getByRole('toolbar', { name: 'Presentation' }).waitFor();
    const follow = ada.getByRole('checkbox', { name: 'Follow the presenter' });
    await follow.waitFor();
    expect(await follow.isChecked()).toBe(true);
    await expect.poll(plane, { timeout: 10_000 }).not.toBe(before);
    const first = await plane();
    await facilitator.keyboard.press('ArrowRight');
    await expect.poll(plane, { timeout: 10_000 }).not.toBe(first);
    await facilitator.keyboard.press('Escape');
    await expect.poll(() => follow.count(), { timeout: 10_000 }).toBe(0);
  }, 30_000);

  it('locks the board: participants look but change nothing until it is unlocked', async () => {
    await facilitator.getByRole('button', { name: 'Invite the room' }).click();
    const dialog = facilitator.getByRole('dialog', { name: 'Invite the room' });
    await dialog.getByRole('button', { name: 'Lock the board' }).click();
    await expect.poll(() => ada.getByText(/The facilitator has locked the board/).count()).toBe(1);
    expect(await ada.getByRole('button', { name: 'Add card' }).isDisabled()).toBe(true);
    const rename = await craftedSubmit(ada, { kind: 'command', command: 'card.update', args: { cardId: Object.values(readWorkshop(file).doc.cards).find((c) => c.title === 'Long wait at reception')!.id, fields: { title: 'Locked out' } } });
    expect(rename.status).toBe(403);
    await dialog.getByRole('button', { name: 'Unlock the board' }).click();
    await expect.poll(() => ada.getByRole('button', { name: 'Add card' }).isDisabled()).toBe(false);
    await dialog.getByRole('button', { name: 'Done' }).click();
  }, 30_000);

  it('ends the room: participants are told, and their pages change nothing any more', async () => {
    await facilitator.getByRole('button', { name: 'Invite the room' }).click();
    const dialog = facilitator.getByRole('dialog', { name: 'Invite the room' });
    await dialog.getByRole('button', { name: 'Remove Ben' }).click();
    await expect.poll(() => ben.getByText('The facilitator removed you from this room.').count(), { timeout: 10_000 }).toBe(1);
    await dialog.getByRole('button', { name: 'End room' }).click();
    await expect.poll(() => ada.getByText(/The facilitator ended the room/).count(), { timeout: 10_000 }).toBe(1);
    // The room no longer listens on the network at all.
    const after = await ada.evaluate(async () => fetch('/room/api/room.state', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }).then((r) => r.status, () => 'unreachable'));
    expect(after).toBe('unreachable');
    expect(errors).toEqual([]);
  }, 30_000);
});

/** The file once the host saved it with these titles in it (autosave runs within 5 s). */
async function readWorkshopWhenSaved(file: string, titles: string[]) {
  await expect.poll(() => titles.every((t) => titlesInFile(file).includes(t)), { timeout: 15_000 }).toBe(true);
  return readWorkshop(file).doc;
}
