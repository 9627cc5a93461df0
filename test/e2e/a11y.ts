// The accessibility check every screen gets, in both themes. For a new screen:
//
//   import { checkA11y, inBothThemes } from './a11y';
//   await inBothThemes(page, (theme) => checkA11y(page, `my screen (${theme})`));
//
// checkA11y runs axe-core (WCAG 2.2 A and AA rules and best practices) on the page as it is now.
// It fails the test on any violation, whatever its impact, naming the rule, the elements and how
// to fix it.
// A panel or dialog on top of a screen already checked whole can be checked alone, which is much
// faster on a canvas full of cards: checkA11y(page, name, { include: '[role="dialog"]' }).
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export type Theme = 'light' | 'dark';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
export async function checkA11y(page: Page, screen: string, options: { include?: string; exclude?: string[] } = {}): Promise<void> {
  let builder = new AxeBuilder({ page: page as never }).withTags(TAGS);
  if (options.include) builder = builder.include(options.include);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  if (violations.length === 0) return;
  const report = violations.map((v) => {
    const targets = v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}${n.failureSummary ? `: ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`);
    return `[${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})\n    ${targets.join('\n    ')}`;
  }).join('\n');
  throw new Error(`${screen}: ${violations.length} accessibility violation(s)\n${report}`);
}

/** Switches the app's theme the way its toolbar button does (one attribute on <html>, remembered). */
export async function setTheme(page: Page, theme: Theme): Promise<void> {
  await page.evaluate(async (t) => {
    document.documentElement.dataset.theme = t;
    try {
      localStorage.setItem('frontstage.theme', t);
    } catch {
      // The attribute alone is what the styles read.
    }
    // Colours fade between themes; the check reads them once they have arrived.
    await new Promise((frame) => requestAnimationFrame(frame));
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
  }, theme);
}

/** Runs `check` in the light theme, then in the dark one, and leaves the page light again. */
export async function inBothThemes<T>(page: Page, check: (theme: Theme) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    results.push(await check(theme));
  }
  await setTheme(page, 'light');
  return results;
}
