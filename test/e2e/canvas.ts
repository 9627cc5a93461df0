// Locators and gestures on the blueprint canvas, by accessible role and name (CONTRACT §5).
import type { Locator, Page } from 'playwright-core';

export const canvas = (page: Page): Locator => page.getByRole('region', { name: 'Blueprint' });

/** A card on the canvas: a focusable element whose accessible name is its title. */
export const card = (page: Page, title: string): Locator => canvas(page).getByRole('group', { name: title, exact: true });

export const laneHeader = (page: Page, name: string): Locator => canvas(page).getByRole('rowheader', { name, exact: false }).filter({ hasText: name });

export const stepHeader = (page: Page, name: string): Locator => canvas(page).getByRole('columnheader').filter({ hasText: name });

export const cardForm = (page: Page): Locator => page.getByRole('form', { name: 'Card details' });

export async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} has no box on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Double-clicks the empty part of the cell where a lane row meets a step column, which opens a
 * new card there for typing. `index` picks among columns that share a name.
 */
export async function doubleClickCell(page: Page, lane: string, step: string, index = 0): Promise<void> {
  const row = await laneHeader(page, lane).boundingBox();
  const col = await stepHeader(page, step).nth(index).boundingBox();
  if (!row || !col) throw new Error(`no header for lane "${lane}" or step "${step}"`);
  // Bottom part of the cell: new cards stack from the top, so this stays empty pane.
  await page.mouse.dblclick(col.x + col.width / 2, row.y + row.height - 8);
}

/**
 * Drags from the right-hand (source) handle of one card onto the left-hand (target) handle of
 * another. A card has handles only under the pointer, so each is hovered to find its handle.
 */
export async function connect(page: Page, from: string, to: string): Promise<void> {
  await card(page, to).hover();
  await dragFromHandle(page, from, await centre(card(page, to).locator('.react-flow__handle.target')));
}

/** Drags from a card's right-hand handle to `to`; `beforeDrop` runs with the button still down there. */
export async function dragFromHandle(page: Page, from: string, to: { x: number; y: number }, beforeDrop?: () => Promise<void>): Promise<void> {
  await card(page, from).hover();
  const start = await centre(card(page, from).locator('.react-flow__handle.source'));
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + to.x) / 2, (start.y + to.y) / 2, { steps: 6 });
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await beforeDrop?.();
  await page.mouse.up();
}

/** Titles of every card in the rendered canvas, in DOM order. */
export async function cardTitles(page: Page): Promise<string[]> {
  return canvas(page).locator('.react-flow__node').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
}

/** Waits until the host reports the workshop saved to its file. */
export async function waitSaved(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: /^(Saved|All changes saved)/ }).waitFor({ timeout: 15_000 });
}

/**
 * How many connectors the canvas draws now. They are merged paths in one SVG (no element per
 * connector), which says how many it drew; small test workshops are on screen whole.
 */
export async function drawnConnectors(page: Page): Promise<number> {
  const layer = canvas(page).locator('svg.fs-connectors:not(.is-moving)');
  return (await layer.count()) ? Number(await layer.getAttribute('data-connectors')) : 0;
}
