import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, expectRejected, tempDir } from './harness';

// A real export of the home-espresso sample, made once; every test spoils its own copy.
let base: string;
let baseDir: string;
beforeAll(() => {
  baseDir = mkdtempSync(join(tmpdir(), 'frontstage-import-'));
  expect(cli(['new', 'w.frontstage', '--template', 'home-espresso'], baseDir).code).toBe(0);
  expect(cli(['export', 'w.frontstage', '--format', 'json'], baseDir).code).toBe(0);
  base = readFileSync(join(baseDir, 'w.json'), 'utf8');
});
afterAll(() => rmSync(baseDir, { recursive: true, force: true }));

type Json = {
  workshop: { title: string };
  blueprints: { cards: { id: string; lane: string; title: string; touchpoint?: { importance: number; sentiment: number } }[] }[];
};

/** A folder holding `in.json`: the sample changed by `spoil`, or the given bytes. */
function input(spoil: ((json: Json) => void) | string | Buffer): string {
  const dir = tempDir();
  let bytes: string | Buffer;
  if (typeof spoil === 'function') {
    const json = JSON.parse(base) as Json;
    spoil(json);
    bytes = `${JSON.stringify(json, null, 2)}\n`;
  } else bytes = spoil;
  writeFileSync(join(dir, 'in.json'), bytes);
  return dir;
}

const touchpointIndex = (json: Json, n = 0) => json.blueprints[0]!.cards.map((c, i) => (c.touchpoint ? i : -1)).filter((i) => i >= 0)[n]!;
const rejectImport = (dir: string, problem: RegExp) => expectRejected(dir, ['import', 'in.json', 'out.frontstage'], 'in.json', problem);

describe('import refuses bad JSON with the path of the first problem', () => {
  it('an empty file', () => {
    rejectImport(input(''), /^error: "in\.json" is empty \(expected JSON\)$/);
  });

  it('random bytes', () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0, s = 99; i < bytes.length; i++) bytes[i] = (s = (s * 1103515245 + 12345) >>> 0) >>> 24;
    rejectImport(input(bytes), /^error: "in\.json" is not (UTF-8 text|valid JSON)/);
  });

  it('a workshop file given instead of JSON', () => {
    rejectImport(input(readFileSync(join(baseDir, 'w.frontstage'))), /"in\.json" is not UTF-8 text but a SQLite database/);
  });

  it('invalid JSON, with line and column', () => {
    rejectImport(input(base.replace('"formatVersion": 1,', '"formatVersion": 1')), /"in\.json" is not valid JSON: .* at line 4, column 3$/);
  });

  it('JSON of another program', () => {
    rejectImport(input('{"type": "excalidraw", "elements": []}'), /"in\.json": format: is not "frontstage-workshop": this is not a Frontstage workshop$/);
  });

  it('a newer format version', () => {
    rejectImport(input((j) => Object.assign(j, { formatVersion: 7 })), /formatVersion: is 7: made by a newer Frontstage/);
  });

  it('out-of-range values, counting the rest', () => {
    let first = 0;
    const dir = input((j) => {
      first = touchpointIndex(j);
      j.blueprints[0]!.cards[first]!.touchpoint!.importance = 6;
      j.blueprints[0]!.cards[touchpointIndex(j, 1)]!.touchpoint!.sentiment = -3;
    });
    rejectImport(dir, new RegExp(`^error: "in\\.json": blueprints\\[0\\]\\.cards\\[${first}\\]\\.touchpoint\\.importance: must be a whole number between 1 and 5 \\(and 1 more problem\\)$`));
  });

  it('duplicate ids', () => {
    const dir = input((j) => (j.blueprints[0]!.cards[5]!.id = j.blueprints[0]!.cards[2]!.id));
    rejectImport(dir, /blueprints\[0\]\.cards\[5\]\.id: repeats the card id "[^"]+" of blueprints\[0\]\.cards\[2\]$/);
  });

  it('dangling references', () => {
    const dir = input((j) => (j.blueprints[0]!.cards[3]!.lane = 'no-such-lane'));
    rejectImport(dir, /blueprints\[0\]\.cards\[3\]\.lane: refers to a missing lane "no-such-lane"$/);
  });

  it('a 20,000-character title', () => {
    rejectImport(input((j) => (j.workshop.title = 'T'.repeat(20_000))), /workshop\.title: is longer than 500 characters$/);
  });

  it('a bidi override in a card title', () => {
    const dir = input((j) => (j.blueprints[0]!.cards[0]!.title = 'Refund \u202Egnp.exe'));
    rejectImport(dir, /blueprints\[0\]\.cards\[0\]\.title: contains a bidirectional control character \(U\+202E\)$/);
  });

  it('a control character in a card title', () => {
    const dir = input((j) => (j.blueprints[0]!.cards[1]!.title = 'Ring \u0007 bell'));
    rejectImport(dir, /blueprints\[0\]\.cards\[1\]\.title: contains a control character \(U\+0007\)$/);
  });

  it('an unknown field, shown escaped when it is hostile', () => {
    const dir = input((j) => Object.assign(j.blueprints[0]!.cards[0]!, { 'colour\u202E': 'red' }));
    const line = rejectImport(dir, /blueprints\[0\]\.cards\[0\]: has unknown field "colour\\u202E"$/);
    expect(line).not.toContain('\u202E');
  });
});

describe('import keeps legitimate text exactly', () => {
  it('markup, SQL and emoji import, stay inert and round-trip byte for byte', () => {
    const hostile = [
      '<script>alert("x")</script><img src=x onerror=alert(1)>',
      "Robert'); DROP TABLE cards;--",
      '☕️ Café crème 👩🏽‍🍳 — “quoted” ‘text’ & ampersand \\ backslash',
      '{{constructor.constructor("return process")()}} ${process.exit(1)}',
    ];
    const dir = input((j) => {
      j.workshop.title = hostile[2]!;
      hostile.forEach((text, i) => (j.blueprints[0]!.cards[i]!.title = text));
    });
    const r = cli(['import', 'in.json', 'out.frontstage'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(cli(['info', 'out.frontstage'], dir).stdout).title).toBe(hostile[2]);
    expect(cli(['export', 'out.frontstage', '--format', 'json', '--out', 'again.json'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'again.json'), 'utf8')).toBe(readFileSync(join(dir, 'in.json'), 'utf8'));
  });

  it('tolerates a byte-order mark and left-out optional fields', () => {
    const minimal = {
      format: 'frontstage-workshop', formatVersion: 1, workshop: { title: 'Minimal' },
      blueprints: [{ id: 'b', name: 'Now', lanes: [{ id: 'l', name: 'Customer', kind: 'customer' }], stages: [{ id: 's', name: 'Visit', steps: [{ id: 't', name: 'Arrive' }] }], cards: [{ id: 'c', lane: 'l', step: 't', title: 'Walks in' }] }],
    };
    const dir = input(`\uFEFF${JSON.stringify(minimal)}`);
    expect(cli(['import', 'in.json', 'out.frontstage'], dir).code).toBe(0);
    expect(JSON.parse(cli(['info', 'out.frontstage'], dir).stdout).blueprints[0]).toMatchObject({ lanes: 1, steps: 1, cards: 1, touchpoints: 0 });
  });

  it('accepts a template file, ignoring its "template" key', () => {
    const dir = tempDir();
    const r = cli(['import', join(__dirname, '../../../resources/templates/home-espresso.json'), 'out.frontstage'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(cli(['check', 'out.frontstage'], dir).code).toBe(0);
  });
});
