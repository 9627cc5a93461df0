// One workshop built in the browser the way a facilitator would: cards typed by keyboard in three
// lanes, a touchpoint marked for benchmarking, a connector drawn, undo and redo; then reloaded,
// and the workshop file read back from disk after the host stopped.
import { describe, expect, it } from 'vitest';
import { readWorkshop } from '../../main/workshop';
import { appOnTemplate } from './suiteApp';
import { canvas, card, cardForm, cardTitles, connect, doubleClickCell, drawnConnectors, waitSaved } from './canvas';

const LANES = ['Customer actions', 'Frontstage', 'Backstage'] as const;
// Per lane: two cards in the first step (Enter), one in the second (Tab).
const TYPED: Record<(typeof LANES)[number], [string, string, string]> = {
  'Customer actions': ['Browses the catalogue', 'Asks for advice', 'Pays at the till'],
  Frontstage: ['Greets at the door', 'Offers a tasting', 'Rings up the order'],
  Backstage: ['Restocks shelves', 'Prepares samples', 'Updates the ledger'],
};

describe('building a blueprint in the browser', () => {
  const app = appOnTemplate('consumption-process', 'Corner shop', (page) => canvas(page).waitFor());

  it('adds cards by keyboard in three lanes: Enter for the next card, Tab for the next step, Escape to stop', async () => {
    const { page } = app.session;
    for (const lane of LANES) {
      const [a, b, c] = TYPED[lane];
      await doubleClickCell(page, lane, 'Step 1', 0);
      const editor = page.getByRole('textbox', { name: 'Card title' });
      await editor.waitFor();
      await page.keyboard.type(a);
      await page.keyboard.press('Enter');
      await page.keyboard.type(b);
      await page.keyboard.press('Tab');
      await page.keyboard.type(c);
      await page.keyboard.press('Enter');
      // The empty card Enter opened below goes away again on Escape.
      await editor.waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => editor.count()).toBe(0);
    }
    const titles = await cardTitles(page);
    expect(titles.sort()).toEqual(Object.values(TYPED).flat().sort());
    for (const title of Object.values(TYPED).flat()) {
      const el = card(page, title);
      await el.focus();
      expect(await el.evaluate((node) => node === document.activeElement && node.tabIndex >= 0)).toBe(true);
    }
  });

  it('adds a card below the focused one with the Add card button', async () => {
    const { page } = app.session;
    await card(page, 'Greets at the door').focus();
    await page.getByRole('button', { name: 'Add card' }).click();
    await page.getByRole('textbox', { name: 'Card title' }).waitFor();
    await page.keyboard.type('Checks the loyalty card');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardTitles(page)).includes('Checks the loyalty card')).toBe(true);
    expect(await cardTitles(page)).toHaveLength(10);
  });

  it('takes a typed card back, title and all, with one Undo (N is the Add card shortcut)', async () => {
    const { page } = app.session;
    await card(page, 'Pays at the till').focus();
    await page.keyboard.press('n');
    await page.getByRole('textbox', { name: 'Card title' }).waitFor();
    await page.keyboard.type('Leaves a review');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardTitles(page)).includes('Leaves a review')).toBe(true);
    expect(await cardTitles(page)).toHaveLength(11);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await cardTitles(page)).length).toBe(10);
    expect(await cardTitles(page)).not.toContain('Leaves a review');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(async () => (await cardTitles(page)).includes('Leaves a review')).toBe(true);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await cardTitles(page)).length).toBe(10);
  });

  it('marks a card as a touchpoint with strategy Benchmark and a standard in the Card details form', async () => {
    const { page } = app.session;
    await card(page, 'Offers a tasting').click();
    const form = cardForm(page);
    await expect.poll(() => form.getByLabel('Title', { exact: true }).inputValue()).toBe('Offers a tasting');
    await form.getByRole('checkbox', { name: 'Touchpoint' }).check();
    const strategy = form.getByRole('radiogroup', { name: 'Strategy' });
    for (const name of ['None', 'Benchmark', 'Differentiate']) await expect.poll(() => strategy.getByRole('radio', { name }).count()).toBe(1);
    await strategy.getByRole('radio', { name: 'Benchmark' }).check();
    await form.getByLabel('Standard').fill('Every visitor is offered three origins within two minutes');
    for (const label of ['Channel', 'Importance', 'Sentiment', 'Expectation', 'Experience', 'Target', 'Current']) {
      expect(await form.getByLabel(label, { exact: true }).count(), label).toBeGreaterThan(0);
    }
    // The card on the canvas shows it is a touchpoint now.
    await expect.poll(() => card(page, 'Offers a tasting').locator('.fs-card.is-touchpoint').count()).toBe(1);
  });

  it('connects two cards by dragging from one card\'s handle to another', async () => {
    const { page } = app.session;
    // Handles belong to the card under the pointer (and selected cards), not to every card.
    await card(page, 'Asks for advice').hover();
    await expect.poll(() => card(page, 'Asks for advice').locator('.react-flow__handle').count()).toBe(2);
    await expect.poll(() => card(page, 'Restocks shelves').locator('.react-flow__handle').count()).toBe(0);
    const before = await drawnConnectors(page);
    await connect(page, 'Browses the catalogue', 'Pays at the till');
    await expect.poll(() => drawnConnectors(page)).toBe(before + 1);
  });

  it('undoes and redoes with the buttons and with Ctrl+Z / Ctrl+Shift+Z', async () => {
    const { page } = app.session;
    const connectors = () => drawnConnectors(page);
    const withLine = await connectors();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(connectors).toBe(withLine - 1);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(connectors).toBe(withLine);

    await card(page, 'Restocks shelves').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(connectors).toBe(withLine - 1);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(connectors).toBe(withLine);
  });

  it('finds everything again after a reload', async () => {
    const { page } = app.session;
    await waitSaved(page);
    await page.reload();
    await canvas(page).waitFor();
    await expect.poll(async () => (await cardTitles(page)).length).toBe(10);
    expect((await cardTitles(page)).sort()).toEqual([...Object.values(TYPED).flat(), 'Checks the loyalty card'].sort());
    expect(await drawnConnectors(page)).toBe(1);
    await card(page, 'Offers a tasting').click();
    const form = cardForm(page);
    await expect.poll(() => form.getByRole('checkbox', { name: 'Touchpoint' }).isChecked()).toBe(true);
    expect(await form.getByRole('radio', { name: 'Benchmark' }).isChecked()).toBe(true);
    expect(await form.getByLabel('Standard').inputValue()).toBe('Every visitor is offered three origins within two minutes');
    expect(app.session.errors).toEqual([]);
  });

  it('has written it all to the workshop file when the host stops', async () => {
    expect(await app.session.host.stop()).toBe(0);
    const { doc } = readWorkshop(app.file);
    const cards = Object.values(doc.cards);
    const laneOf = (title: string) => doc.lanes[cards.find((c) => c.title === title)!.laneId]!.name;
    const stepOf = (title: string) => doc.steps[cards.find((c) => c.title === title)!.stepId]!;
    for (const lane of LANES) {
      const [a, b, c] = TYPED[lane];
      expect([laneOf(a), laneOf(b), laneOf(c)]).toEqual([lane, lane, lane]);
      expect(stepOf(a).id).toBe(stepOf(b).id);
      expect(stepOf(c).id).not.toBe(stepOf(a).id);
    }
    expect(laneOf('Checks the loyalty card')).toBe('Frontstage');
    const tasting = cards.find((c) => c.title === 'Offers a tasting')!;
    expect(tasting.touchpoint?.strategy).toBe('benchmark');
    expect(tasting.touchpoint?.benchmark.standard).toBe('Every visitor is offered three origins within two minutes');
    const links = Object.values(doc.connectors);
    expect(links).toHaveLength(1);
    const title = (id: string) => doc.cards[id]!.title;
    expect([title(links[0]!.from), title(links[0]!.to)]).toEqual(['Browses the catalogue', 'Pays at the till']);
  });
});
