// The accessibility check every screen gets, in both themes. For a new screen:
//
//   import { checkA11y, inBothThemes } from './a11y';
//   await inBothThemes(page, (theme) => checkA11y(page, `my screen (${theme})`));
//
// checkA11y runs axe-core (WCAG 2.2 A and AA rules and best practices) on the page as it is now.
// It fails the test on any serious or critical violation, naming the rule, the elements and how
// to fix it, and returns the minor and moderate ones; list those in docs/accessibility.md.
// A panel or dialog on top of a screen already checked whole can be checked alone, which is much
// faster on a canvas full of cards: checkA11y(page, name, { include: '[role="dialog"]' }).
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export type Theme = 'light' | 'dark';

export interface A11yFinding {
  screen: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const BLOCKING = new Set(['serious', 'critical']);

export async function checkA11y(page: Page, screen: string, options: { include?: string; exclude?: string[] } = {}): Promise<A11yFinding[]> {
  let builder = new AxeBuilder({ page: page as never }).withTags(TAGS);
  if (options.include) builder = builder.include(options.include);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const findings = violations.map((v) => ({
    screen, rule: v.id, impact: v.impact ?? 'unknown', help: `${v.help} (${v.helpUrl})`,
    targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}${n.failureSummary ? `: ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`),
  }));
  const blocking = findings.filter((f) => BLOCKING.has(f.impact));
  if (blocking.length) {
    const report = blocking.map((f) => `[${f.impact}] ${f.rule}: ${f.help}\n    ${f.targets.join('\n    ')}`).join('\n');
    throw new Error(`${screen}: ${blocking.length} serious or critical accessibility violation(s)\n${report}`);
  }
  return findings;
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
