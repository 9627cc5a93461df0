import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromInterchange, stringifyInterchange, toInterchange } from '../../../shared/interchange';
import { validateDoc } from '../../../shared/model';
import { richDoc } from './sample';

type Path = (string | number)[];

/** Every place in a JSON value where something could be changed, objects and arrays included. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [at, ...entries.flatMap(([k, v]) => pathsOf(v, [...at, k]))];
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return root;
}

const base = stringifyInterchange(toInterchange(richDoc()));
const paths = pathsOf(JSON.parse(base));
const anyValue = fc.oneof(
  fc.integer({ min: -10, max: 10 }), fc.double(), fc.boolean(), fc.constant(null), fc.string(), fc.constant('card1'),
  fc.constant('__proto__'), fc.constant(''), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 1 }),
);

describe('interchange import under random damage', () => {
  it('never throws, and never accepts a document the model would refuse', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: paths.length - 1 }), anyValue), { minLength: 1, maxLength: 4 }), (edits) => {
        let json: unknown = JSON.parse(base);
        for (const [i, value] of edits) {
          try {
            json = setAt(json, paths[i]!, value);
          } catch {
            // An earlier edit removed this place; the remaining edits still apply.
          }
        }
        const result = fromInterchange(json);
        if ('doc' in result) expect(validateDoc(result.doc).problems).toEqual([]);
        else for (const p of result.problems) expect(p.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
