// Helpers for the facilitation e2e tests: the accessible description Chromium computes for a card,
// and the regions and panels of running a workshop, found by their accessible names.
import type { Locator, Page } from 'playwright-core';

export const timerRegion = (page: Page): Locator => page.getByRole('region', { name: 'Timer' });
export const votingRegion = (page: Page): Locator => page.getByRole('region', { name: 'Voting' });
export const resultsRegion = (page: Page): Locator => page.getByRole('region', { name: 'Vote results' });
export const parkingRegion = (page: Page): Locator => page.getByRole('region', { name: 'Parking lot' });

/**
 * The accessible description of the card named `title`, as Chromium's accessibility tree has it
 * (not an attribute read back), so the test sees what a screen reader gets.
 */
export async function cardDescription(page: Page, title: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId: root.nodeId, accessibleName: title, role: 'group' });
    const described = nodes.map((n) => n.description?.value).filter((d): d is string => typeof d === 'string');
    return described.join(' | ');
  } finally {
    await cdp.detach();
  }
}

/** The clock text of the Timer region, e.g. "4:59". */
export async function timerClock(page: Page): Promise<string> {
  const text = (await timerRegion(page).textContent()) ?? '';
  return /\d+:\d\d/.exec(text)?.[0] ?? '';
}
