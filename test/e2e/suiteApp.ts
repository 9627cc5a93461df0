// Suite hooks for e2e tests. Kept apart from harness.ts, which the benchmarks load in plain
// Node, where vitest cannot be imported.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { cli, openApp, tempDir, type Session } from './harness';

/** The app opened on a new workshop for the tests of one describe block, and that workshop's file. */
export interface SuiteApp {
  readonly session: Session;
  readonly file: string;
}

/**
 * Registers hooks that make a workshop from `template`, open it in the app and wait for `ready`
 * before the block's tests, and close the app and remove the files after them.
 */
export function appOnTemplate(template: string, title: string, ready: (page: Page) => Promise<unknown>, viewport?: { width: number; height: number }): SuiteApp {
  const tmp = tempDir();
  const file = join(tmp.dir, `${template}.frontstage`);
  let session: Session | null = null;
  beforeAll(async () => {
    cli(['new', file, '--template', template, '--title', title], { FRONTSTAGE_HOME: tmp.dir });
    session = await openApp({ file, home: tmp.dir, viewport });
    await ready(session.page);
  });
  afterAll(async () => {
    await session?.close();
    tmp.remove();
  });
  return {
    file,
    get session() {
      if (!session) throw new Error('the app is not open: beforeAll has not run');
      return session;
    },
  };
}

