// Capture at the speed of talk (issue 11): the textbook hotel-stay blueprint (test/e2e/hotel.ts)
// typed into a blank workshop in headless Chromium with the keyboard alone, served by the real
// `frontstage serve` host. Counts the mouse events the page received and the keys pressed beyond
// the characters of the names typed.
import { join } from 'node:path';
import { cli, openApp, tempDir } from '../e2e/harness';
import { CARD_COUNT, CONNECTORS, STEPS, TOUCHPOINTS, typeHotelBlueprint } from '../e2e/hotel';
import { report, runBench } from './report';

const SECTION = 'Capture by keyboard';
const MOUSE_EVENTS = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'contextmenu', 'wheel'];

async function main(): Promise<void> {
  const tmp = tempDir('frontstage-capture-bench-');
  const file = join(tmp.dir, 'hotel.frontstage');
  cli(['new', file, '--template', 'blank', '--title', 'Overnight hotel stay'], { FRONTSTAGE_HOME: tmp.dir });
  const session = await openApp({ file, home: tmp.dir, viewport: { width: 1280, height: 720 } });
  try {
    const { page } = session;
    await page.getByRole('gridcell').first().waitFor();
    await page.evaluate((types) => {
      const w = window as unknown as { __mouse: number };
      w.__mouse = 0;
      for (const type of types) window.addEventListener(type, (e) => { if (e.isTrusted) w.__mouse++; }, true);
    }, MOUSE_EVENTS);
    const started = Date.now();
    const keys = await typeHotelBlueprint(page);
    const seconds = (Date.now() - started) / 1000;
    const mouse = await page.evaluate(() => (window as unknown as { __mouse: number }).__mouse);
    const all = keys.steps + keys.cards + keys.connectors + keys.touchpoints;
    const what = `${STEPS.length} steps, ${CARD_COUNT} cards, ${CONNECTORS.length} connectors, ${TOUCHPOINTS.length} touchpoints`;
    report({
      section: SECTION, what: 'hotel-stay blueprint from its text: mouse actions', value: mouse, unit: '', target: '0', pass: mouse === 0,
      note: `Bitner, Ostrom & Morgan's overnight hotel stay (${what}) typed into a blank workshop at 1280×720 by test/e2e/hotel.ts; trusted ${MOUSE_EVENTS.join('/')} events counted on the page. ${seconds.toFixed(1)} s of scripted typing, waiting for the focus to settle after every key.`,
    });
    report({
      section: SECTION, what: 'hotel-stay blueprint: keys beyond the titles\' characters, per card', value: Math.round((keys.cards / CARD_COUNT) * 100) / 100, unit: '', target: '≤ 1.5', pass: keys.cards / CARD_COUNT <= 1.5,
      note: `${keys.cards} keys for the ${CARD_COUNT} cards: Enter on the first cell, then per card the Enter or Tab that keeps it, Enter on an empty new card to start the next lane, Tab on one to pass an empty step, Escape at the end (a chord counts as one key). Around the cards: naming the ${STEPS.length} steps ${keys.steps} keys (up to the step header, Enter, Tab between names, Enter, back down), the ${CONNECTORS.length} connectors ${keys.connectors} (arrow keys to the source, C, arrow keys to the target, Enter), the ${TOUCHPOINTS.length} touchpoints ${keys.touchpoints} (arrow keys, T): ${all} keys in all, ${(all / CARD_COUNT).toFixed(2)} per card.`,
    });
    if (session.errors.length) throw new Error(`the page reported errors: ${session.errors.join('; ')}`);
  } finally {
    await session.close();
    tmp.remove();
  }
}

runBench(main);
