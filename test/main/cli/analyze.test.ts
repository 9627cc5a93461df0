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
