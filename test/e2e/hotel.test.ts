// The benchmark, scripted: the textbook hotel-stay blueprint typed into a blank workshop
// with the keyboard alone (test/e2e/hotel.ts). No mouse event may reach the page, the cards
// may cost at most 1.5 keys each beyond their titles, and the file must hold what was typed.
import { describe, expect, it } from 'vitest';
import { readWorkshop } from '../../main/workshop';
import { appOnTemplate } from './suiteApp';
import { canvas } from './canvas';
import { CARD_COUNT, CARDS, CONNECTORS, LANES, STEPS, TOUCHPOINTS, typeHotelBlueprint, type KeyCount } from './hotel';

/** Counts every trusted pointer, mouse and wheel event the page receives from now on. */
const MOUSE_EVENTS = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'contextmenu', 'wheel'];

describe('the hotel-stay blueprint, typed from its text', () => {
  const app = appOnTemplate('blank', 'Overnight hotel stay', (page) => canvas(page).getByRole('gridcell').first().waitFor());
  let keys: KeyCount | null = null;

  it('is typed with the keyboard alone: no mouse action, at most 1.5 keys per card beyond the titles', async () => {
    const { page } = app.session;
    await page.evaluate((types) => {
      const w = window as unknown as { __mouse: number };
      w.__mouse = 0;
      for (const type of types) window.addEventListener(type, (e) => { if (e.isTrusted) w.__mouse++; }, true);
    }, MOUSE_EVENTS);
    keys = await typeHotelBlueprint(page);
    expect(await page.evaluate(() => (window as unknown as { __mouse: number }).__mouse)).toBe(0);
    expect(keys.cards / CARD_COUNT).toBeLessThanOrEqual(1.5);
    expect(app.session.errors).toEqual([]);
  });

  it('has every card in its lane and step, in order, the connectors and the touchpoints, in the file', async () => {
    expect(keys).not.toBeNull();
    expect(await app.session.host.stop()).toBe(0);
    const { doc } = readWorkshop(app.file);
    const steps = Object.values(doc.steps).sort((a, b) => a.position - b.position);
    expect(steps.map((s) => s.name)).toEqual([...STEPS]);
    const cards = Object.values(doc.cards);
    expect(cards).toHaveLength(CARD_COUNT);
    for (const lane of LANES) {
      CARDS[lane].forEach((titles, s) => {
        const inCell = cards.filter((c) => doc.lanes[c.laneId]?.name === lane && c.stepId === steps[s]!.id).sort((a, b) => a.position - b.position);
        expect(inCell.map((c) => c.title), `${lane} — ${STEPS[s]}`).toEqual(titles);
      });
    }
    const titleOf = (id: string) => doc.cards[id]?.title;
    expect(Object.values(doc.connectors).map((k) => [titleOf(k.from), titleOf(k.to)]).sort()).toEqual([...CONNECTORS].sort());
    expect(cards.filter((c) => c.touchpoint).map((c) => c.title).sort()).toEqual([...TOUCHPOINTS].sort());
  });
});
