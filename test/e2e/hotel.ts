// The textbook blueprint of an overnight hotel stay (Bitner, Ostrom & Morgan 2008, "Service
// Blueprinting: A Practical Technique for Service Innovation", figure 2), entered from a blank
// workshop with the keyboard alone, as a facilitator would type it while the room talks. Used by
// the e2e test (which checks the result) and by the capture benchmark (which counts the keys).
import type { Page } from 'playwright-core';
import { move, type Grid, type GridFocus, type GridMove } from '../../renderer/canvas/grid/gridModel';

export const STEPS = ['Arrive', 'Check in', 'Go to room', 'Stay the night', 'Room service', 'Check out'] as const;

/** The lanes of the blank workshop, top to bottom; the product layer stays empty here. */
export const LANES = ['Physical evidence', 'Customer actions', 'Frontstage', 'Backstage', 'Support processes', 'Product'] as const;

type Lane = (typeof LANES)[number];

/** Cards per lane, one list per step (top to bottom in the cell). */
export const CARDS: Record<Lane, string[][]> = {
  'Physical evidence': [
    ['Hotel exterior, parking'], ['Desk, registration papers, lobby, key'], ['Elevators, hallways, room', 'Cart for bags'],
    ['Room amenities, bath'], ['Menu', 'Delivery tray, food appearance'], ['Bill, desk, lobby, hotel exterior, parking'],
  ],
  'Customer actions': [
    ['Arrive at hotel', 'Give bags to bellperson'], ['Check in'], ['Go to room', 'Receive bags'],
    ['Sleep, shower'], ['Call room service', 'Receive food and eat'], ['Check out and leave'],
  ],
  Frontstage: [['Greet and take bags'], ['Process registration'], ['Deliver bags'], [], ['Deliver food'], ['Process check-out']],
  Backstage: [[], ['Take bags to room'], [], [], ['Take food order'], []],
  'Support processes': [[], ['Registration system'], [], [], ['Prepare food'], ['Registration system (check-out)']],
  Product: [[], [], [], [], [], []],
};

/** Flow connectors, from → to, by card title. */
export const CONNECTORS: [string, string][] = [
  ['Arrive at hotel', 'Give bags to bellperson'],
  ['Give bags to bellperson', 'Greet and take bags'],
  ['Greet and take bags', 'Take bags to room'],
  ['Check in', 'Process registration'],
  ['Process registration', 'Registration system'],
  ['Take bags to room', 'Deliver bags'],
  ['Deliver bags', 'Receive bags'],
  ['Call room service', 'Take food order'],
  ['Take food order', 'Prepare food'],
  ['Check out and leave', 'Process check-out'],
];

export const TOUCHPOINTS = ['Check in', 'Receive food and eat'] as const;

export const CARD_COUNT = Object.values(CARDS).flat(2).length;

/** Keys pressed beyond the characters of the names typed, per part of the script. */
export interface KeyCount { steps: number; cards: number; connectors: number; touchpoints: number }

/** Presses keys and types names, counting every key that is not a character of a name. */
class Typist {
  readonly count: KeyCount = { steps: 0, cards: 0, connectors: 0, touchpoints: 0 };
  part: keyof KeyCount = 'steps';
  constructor(private readonly page: Page) {}
  async press(...keys: string[]): Promise<void> {
    for (const key of keys) {
      await this.page.keyboard.press(key);
      this.count[this.part]++;
      await settle(this.page);
    }
  }
  /** A name: its characters are the text itself, not keys beyond it. Typed where a name is being typed. */
  async type(text: string): Promise<void> {
    const field = await focusedName(this.page);
    if (field !== 'Card title' && !field.startsWith('Rename ')) throw new Error(`"${text}" would be typed into ${field}, not a card title or a name`);
    await this.page.keyboard.type(text);
  }
}

/** The grid as the keyboard model sees it once the blueprint is typed (renderer/canvas/grid/gridModel.ts). */
function hotelGrid(): Grid {
  const lanes = [...LANES];
  const steps = STEPS.map((s) => `step:${s}`);
  const cards = new Map<string, string[]>();
  const cardAt = new Map<string, { laneId: string; stepId: string; index: number }>();
  for (const lane of LANES) {
    CARDS[lane].forEach((titles, s) => {
      cards.set(`${lane} ${steps[s]}`, titles);
      titles.forEach((t, index) => cardAt.set(t, { laneId: lane, stepId: steps[s]!, index }));
    });
  }
  return { lanes, steps, stages: [{ id: 'stage', steps }], stageOfStep: new Map(steps.map((s) => [s, 'stage'])), cards, cardAt };
}

const KEY_OF: Record<GridMove, string> = { up: 'ArrowUp', down: 'ArrowDown', left: 'ArrowLeft', right: 'ArrowRight', home: 'Home', end: 'End', first: 'Control+Home', last: 'Control+End' };
const keyOf = (f: GridFocus) => (f.kind === 'cell' ? `cell ${f.laneId} ${f.stepId}` : `${f.kind} ${f.id}`);

/** The fewest keys that take the focus from one card to another, by the grid's keyboard model. */
export function keysBetween(from: string, to: string): string[] {
  const grid = hotelGrid();
  const start: GridFocus = { kind: 'card', id: from };
  const seen = new Map<string, string[]>([[keyOf(start), []]]);
  const queue: GridFocus[] = [start];
  while (queue.length) {
    const at = queue.shift()!;
    const path = seen.get(keyOf(at))!;
    if (at.kind === 'card' && at.id === to) return path.map((m) => KEY_OF[m as GridMove]);
    for (const m of ['up', 'down', 'left', 'right', 'home', 'end'] as GridMove[]) {
      const next = move(grid, at, m);
      if (next && !seen.has(keyOf(next))) {
        seen.set(keyOf(next), [...path, m]);
        queue.push(next);
      }
    }
  }
  throw new Error(`no way by keyboard from ${from} to ${to}`);
}

/**
 * The accessible name of what has the keyboard focus; an element without an aria-label is
 * described by its tag, class and text instead, so a failed check says where the focus went.
 */
export const focusedName = (page: Page): Promise<string> => page.evaluate(() => {
  const el = document.activeElement;
  if (!el) return '(nothing)';
  return el.getAttribute('aria-label') ?? `<${el.tagName.toLowerCase()} class="${el.className}">${(el.textContent ?? '').slice(0, 40)}`;
});

/**
 * Waits, as someone typing would glance at the screen, until the focus has come to rest: on an
 * element other than the page, the same one for three frames in a row.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const w = window as unknown as { __settle?: { el: Element | null; frames: number } };
    const el = document.activeElement;
    const s = (w.__settle ??= { el, frames: 0 });
    if (s.el !== el) w.__settle = { el, frames: 0 };
    else s.frames++;
    return el !== document.body && (w.__settle?.frames ?? 0) >= 3;
  }, null, { polling: 'raf', timeout: 5000 });
  await page.evaluate(() => { delete (window as unknown as { __settle?: unknown }).__settle; });
}

/**
 * Types the whole blueprint into a blank workshop whose canvas is on screen: step names in the
 * header row, then lane by lane (Tab for the next step, Enter for the next card in a cell, Enter
 * on an empty new card for the next lane), then the connectors (C on the source, arrow keys,
 * Enter on the target) and the touchpoints (T). Returns the keys beyond the names' characters.
 */
export async function typeHotelBlueprint(page: Page): Promise<KeyCount> {
  const t = new Typist(page);
  // Steps: the workshop opens with the focus in its first cell; up to the step header, type the names.
  await t.press('ArrowUp', 'Enter');
  for (const [i, step] of STEPS.entries()) {
    await t.type(step);
    await t.press(i < STEPS.length - 1 ? 'Tab' : 'Enter');
  }
  await t.press('Home', 'ArrowDown');
  // Cards, lane by lane.
  t.part = 'cards';
  await t.press('Enter');
  const lanes = LANES.filter((l) => CARDS[l].some((cell) => cell.length));
  for (const [l, lane] of lanes.entries()) {
    const cells = CARDS[lane];
    const lastStep = cells.reduce((last, cell, s) => (cell.length ? s : last), 0);
    for (let s = 0; s <= lastStep; s++) {
      const cell = cells[s]!;
      if (!cell.length) {
        await t.press('Tab');
        continue;
      }
      for (const [k, title] of cell.entries()) {
        await t.type(title);
        if (k < cell.length - 1) await t.press('Enter');
      }
      if (s < lastStep) await t.press('Tab');
    }
    // Enter keeps the lane's last card and opens one below it; Enter again on that empty card
    // goes on to the next lane, where this lane began; after the last lane Escape ends.
    await t.press('Enter');
    await t.press(l < lanes.length - 1 ? 'Enter' : 'Escape');
  }
  // Connectors, from wherever the focus is (the last card typed).
  t.part = 'connectors';
  let at = CARDS['Support processes'][5]![0]!;
  for (const [from, to] of CONNECTORS) {
    await t.press(...keysBetween(at, from), 'c', ...keysBetween(from, to), 'Enter');
    at = to;
  }
  t.part = 'touchpoints';
  for (const title of TOUCHPOINTS) {
    await t.press(...keysBetween(at, title), 't');
    at = title;
  }
  return t.count;
}
