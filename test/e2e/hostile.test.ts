// A workshop from someone else is hostile input: markup, script and SQL in every text field must
// reach the screen as literal text. Any dialog, injected element or script side effect fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, openApp, tempDir, type Session } from './harness';
import { canvas, card, cardForm, laneHeader, stepHeader } from './canvas';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror="window.__pwned=1;alert(2)">';
const SQL = "Robert'); DROP TABLE cards;--";
const EMOJI = '☕️ Café 👩🏽‍🍳 “quotes” & ampersands';
const SVG = '<svg onload="window.__pwned=1"><a href="javascript:alert(3)">x</a></svg>';
const IFRAME = '<iframe src="javascript:alert(4)"></iframe>{{constructor.constructor("alert(5)")()}}';

function hostileWorkshop(): unknown {
  const titles = [SCRIPT, IMG, SQL, EMOJI, SVG, IFRAME];
  return {
    format: 'frontstage-workshop',
    formatVersion: 1,
    workshop: { title: `${SCRIPT} workshop`, service: IMG, brandAttributes: [{ id: 'ba1', name: SVG, description: SCRIPT }], segments: [], participants: [{ id: 'p1', name: IMG, department: SQL }] },
    blueprints: [{
      id: 'b1',
      name: IMG,
      lanes: [
        { id: 'l1', name: SCRIPT, kind: 'customer' },
        { id: 'l2', name: IMG, kind: 'frontstage' },
        { id: 'l3', name: SQL, kind: 'backstage' },
      ],
      stages: [{ id: 's1', name: SVG, steps: [{ id: 'st1', name: SCRIPT }, { id: 'st2', name: EMOJI }] }],
      cards: titles.map((title, i) => ({
        id: `c${i}`, lane: `l${(i % 3) + 1}`, step: i < 3 ? 'st1' : 'st2', title, description: titles[(i + 1) % titles.length], kind: 'action',
        owner: IMG,
        ...(i === 0 ? { touchpoint: { channel: 'web', importance: 3, sentiment: 0, strategy: 'benchmark', benchmark: { standard: SCRIPT, evidence: IMG } } } : {}),
      })),
      connectors: [{ id: 'k1', from: 'c0', to: 'c3', kind: 'flow', label: IMG }],
    }],
  };
}

describe('a workshop full of hostile text', () => {
  const tmp = tempDir();
  const file = join(tmp.dir, 'hostile.frontstage');
  const dialogs: string[] = [];
  let s: Session;

  beforeAll(async () => {
    const json = join(tmp.dir, 'hostile.json');
    writeFileSync(json, JSON.stringify(hostileWorkshop()));
    cli(['import', json, file], { FRONTSTAGE_HOME: tmp.dir });
    s = await openApp({ file, home: tmp.dir });
    s.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await canvas(s.page).waitFor();
  });

  afterAll(async () => {
    await s?.close();
    tmp.remove();
  });

  it('shows every card title as literal text', async () => {
    for (const title of [SCRIPT, IMG, SQL, EMOJI, SVG, IFRAME]) {
      const el = card(s.page, title);
      await el.waitFor();
      // Long titles are clipped to the card with an ellipsis; what shows is the title's own start.
      const shown = (await el.locator('.fs-card-title').innerText()).replace(/\s+/g, '').replace(/…$/, '');
      expect(shown.length, title).toBeGreaterThan(15);
      expect(title.replace(/\s+/g, '').startsWith(shown), `${title} shown as ${shown}`).toBe(true);
    }
  });

  it('shows lane, step, stage and workshop names as literal text', async () => {
    const { page } = s;
    await laneHeader(page, SCRIPT).waitFor();
    await laneHeader(page, SQL).waitFor();
    expect(await stepHeader(page, SCRIPT).count()).toBe(1);
    expect(await canvas(page).getByRole('columnheader').filter({ hasText: SVG }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(`${SCRIPT} workshop`);
  });

  it('shows hostile text literally in the Card details form', async () => {
    await card(s.page, SCRIPT).click();
    const form = cardForm(s.page);
    await expect.poll(() => form.getByLabel('Title', { exact: true }).inputValue()).toBe(SCRIPT);
    expect(await form.getByLabel('Standard').inputValue()).toBe(SCRIPT);
  });

  it('opens the export dialog and its preview without running anything', async () => {
    await s.page.getByRole('button', { name: 'Export' }).click();
    await s.page.getByRole('dialog').getByRole('img').first().waitFor({ timeout: 20_000 });
  });

  it('fired no dialog, injected no element and ran no script', async () => {
    const { page } = s;
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    const injected = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      inlineScripts: document.querySelectorAll('script:not([src])').length,
      imgX: document.querySelectorAll('img[src="x"], img[onerror]').length,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      iframes: document.querySelectorAll('iframe').length,
      jsLinks: document.querySelectorAll('[href^="javascript:"], [src^="javascript:"]').length,
      svgOutsideReactFlow: [...document.querySelectorAll('svg[onload]')].length,
    }));
    expect(injected).toEqual({ pwned: null, inlineScripts: 0, imgX: 0, handlers: 0, iframes: 0, jsLinks: 0, svgOutsideReactFlow: 0 });
    expect(s.errors).toEqual([]);
  });
});
