import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis';
import { stringifyInterchange, toInterchange } from '../../../shared/interchange';
import { workedExample } from '../../unit/analysis/workedExample';
import { cli, expectRejected, tempDir } from './harness';

/** The hand-worked blueprint of the unit tests, as a workshop file made by `frontstage import`. */
function workedFile(dir: string): string {
  writeFileSync(join(dir, 'in.json'), stringifyInterchange(toInterchange(workedExample())));
  const r = cli(['import', 'in.json', 'w.frontstage'], dir);
  expect(r.code, r.stderr).toBe(0);
  return 'w.frontstage';
}

describe('frontstage analyze', () => {
  it('--json prints exactly the contract object, the same as the analyses in process', () => {
    const dir = tempDir();
    const r = cli(['analyze', workedFile(dir), '--json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toEqual(analyze(workedExample(), 'bp'));
    // A few of the numbers worked out by hand (see workedExample.ts).
    expect(json.priority.fixFirst).toEqual(['t1', 't6']);
    expect(json.customerServiceShare).toBeCloseTo(6 / 23, 12);
    expect(json.rootCauses[0]).toEqual({ card: 'p1', touchpoints: ['t1', 't6', 't4'], weight: 25 });
  });

  it('--json on the agricultural-supplier sample gives the numbers worked out by hand', () => {
    const dir = tempDir();
    expect(cli(['import', join(__dirname, '../../../resources/templates/agricultural-supplier.json'), 'farm.frontstage'], dir).code).toBe(0);
    const r = cli(['analyze', 'farm.frontstage', '--json'], dir);
    expect(r.code, r.stderr).toBe(0);
    // Touchpoints (importance, expectation → experience, gap), stage by stage:
    //   Plan ahead:  fs-visit 5, 4→5, +1 Agronomy · fs-order 4, 4→3, −1 Sales · fs-app 3, 2→4, +2 Digital
    //   In season:   fs-deliver 5, 5→2, −3 Logistics · fs-where 3, 4→2, −2 Customer service
    //   After:       ev-invoice 2, 3→2, −1 Finance · fs-fieldday 3, 2→5, +3 Marketing
    // Importance in all: 5 + 4 + 3 + 5 + 3 + 2 + 3 = 25.
    expect(JSON.parse(r.stdout)).toEqual({
      blueprint: { id: 'bp-now', name: 'Current state' },
      touchpoints: 7,
      keyTouchpoints: 3,
      priority: {
        fixFirst: ['fs-deliver', 'fs-order'],
        protect: ['fs-visit'],
        differentiate: ['fs-app', 'fs-fieldday'], // equal importance: the smaller gap is the worse one
        monitor: ['fs-where', 'ev-invoice'],
        unrated: [],
      },
      benchmarkCoverage: { key: 3, withStandard: 2, share: 2 / 3, belowTarget: ['fs-deliver', 'fs-order'] },
      ownership: [
        { owner: 'Agronomy', touchpoints: 1, importance: 5, share: 5 / 25, experience: 5 },
        { owner: 'Logistics', touchpoints: 1, importance: 5, share: 5 / 25, experience: 2 },
        { owner: 'Sales', touchpoints: 1, importance: 4, share: 4 / 25, experience: 3 },
        { owner: 'Digital', touchpoints: 1, importance: 3, share: 3 / 25, experience: 4 },
        { owner: 'Customer service', touchpoints: 1, importance: 3, share: 3 / 25, experience: 2 },
        { owner: 'Marketing', touchpoints: 1, importance: 3, share: 3 / 25, experience: 5 },
        { owner: 'Finance', touchpoints: 1, importance: 2, share: 2 / 25, experience: 2 },
      ],
      customerServiceShare: 3 / 25,
      gapsByStage: [
        { stage: 's-pre', touchpoints: 3, gap: (5 * 1 + 4 * -1 + 3 * 2) / 12 },
        { stage: 's-season', touchpoints: 2, gap: (5 * -3 + 3 * -2) / 8 },
        { stage: 's-post', touchpoints: 2, gap: (2 * -1 + 3 * 3) / 5 },
      ],
      handoffs: ['k06', 'k07', 'k09'], // soil test, order into the ERP, trucks booked a week ahead
      failPoints: ['ca-wait'],
      waitMinutesByStage: [{ stage: 's-pre', minutes: 0 }, { stage: 's-season', minutes: 4320 }, { stage: 's-post', minutes: 0 }],
      brandCoverage: [
        { attribute: 'ba-expert', touchpoints: ['fs-visit', 'fs-fieldday'] },
        { attribute: 'ba-partner', touchpoints: ['fs-visit', 'fs-fieldday'] },
        { attribute: 'ba-straight', touchpoints: [] },
      ],
      rootCauses: [
        { card: 'su-trucks', touchpoints: ['fs-deliver', 'fs-where'], weight: 5 * 3 + 3 * 2 },
        { card: 'bs-picking', touchpoints: ['fs-deliver'], weight: 5 * 3 },
        { card: 'bs-entry', touchpoints: ['fs-order'], weight: 4 * 1 },
      ],
      productLayer: { useful: 5, usable: (4 + 3) / 2, sensuous: (2 + 1) / 2 },
    });
  });

  it('--blueprint takes a name in any case or an id', () => {
    const dir = tempDir();
    const file = workedFile(dir);
    expect(JSON.parse(cli(['analyze', file, '--json', '--blueprint', 'future STATE'], dir).stdout).blueprint).toEqual({ id: 'other', name: 'Future state' });
    expect(JSON.parse(cli(['analyze', file, '--json', '--blueprint', 'bp'], dir).stdout).touchpoints).toBe(6);
  });

  it('without --json, a summary a newcomer can act on', () => {
    const dir = tempDir();
    const r = cli(['analyze', workedFile(dir)], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Worked example — Current state\n6 touchpoints, 4 key/);
    for (const heading of ['In short', 'Fix first', 'Protect with a benchmark', 'Differentiate', 'Monitor', 'Unrated', 'Benchmark coverage', 'Who owns the experience', 'Gaps by stage', 'Root causes', 'Handoffs', 'Fail points', 'Waiting by stage', 'Brand coverage', 'Product layer']) {
      expect(r.stdout).toContain(heading);
    }
    expect(r.stdout).toContain('Customer service owns 26% of the importance-weighted experience');
    expect(r.stdout).toContain('2 of 4 key touchpoints have a written standard (50%)');
    expect(r.stdout).toContain('Brand attribute no differentiated touchpoint expresses: Crafted.');
    expect(r.stdout).toMatch(/S1: −1\.2 \(4 touchpoints\)/);
  });

  it('refuses bad input with one error line and exit 1, and wrong usage with exit 2', () => {
    const dir = tempDir();
    workedFile(dir);
    expectRejected(dir, ['analyze', 'w.frontstage', '--blueprint', 'Someday'], 'w.frontstage', /no blueprint "Someday".*"Current state"/);
    writeFileSync(join(dir, 'notes.frontstage'), 'not a workshop at all');
    expectRejected(dir, ['analyze', 'notes.frontstage', '--json'], 'notes.frontstage', /notes\.frontstage.*not a Frontstage/i);
    const missing = cli(['analyze', 'missing.frontstage'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error: .*missing\.frontstage.*\n$/);
    expect(cli(['analyze'], dir).code).toBe(2);
    expect(cli(['analyze', 'w.frontstage', '--format', 'pdf'], dir).code).toBe(2);
  });

  it('a workshop without blueprints is refused, not analysed as empty', () => {
    const dir = tempDir();
    const doc = workedExample();
    const empty = { ...toInterchange(doc), blueprints: [] };
    writeFileSync(join(dir, 'in.json'), JSON.stringify(empty));
    expect(cli(['import', 'in.json', 'none.frontstage'], dir).code).toBe(0);
    expectRejected(dir, ['analyze', 'none.frontstage'], 'none.frontstage', /none\.frontstage.*has no blueprint to analyze/);
  });
});
