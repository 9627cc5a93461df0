// Generated outside input: random values, and mutations of valid ones (which reach deeper into a
// parser than noise does). Every generator is deterministic for a given fast-check seed.
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLUMNS, SQL_TABLES } from '../../../main/workshop/columns';
import { openDatabase, writeWorkshopFile } from '../../../main/workshop';
import { stringifyInterchange, toInterchange } from '../../../shared/interchange';
import type { WorkshopDoc } from '../../../shared/model';
import { fullDoc, PNG_1PX } from '../workshop/fullDoc';

/** Text a hostile file might hold: markup, control and bidi characters, lone surrogates, reserved names. */
export const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '<script>alert(1)</script>', '\u202Eevil', '\uD800', '\uDC00x', 'a\u0000b', 'line\nbreak', '=HYPERLINK("x")',
    '__proto__', 'toString', 'constructor', 'hasOwnProperty', '', ' ', 'x'.repeat(10_001), '💥'.repeat(300),
  ),
);

const number = fc.oneof(
  fc.integer({ min: -3, max: 10 }), fc.double(), fc.constantFrom(-0, 1e308, -1e308, 2 ** 53, Number.MAX_SAFE_INTEGER + 2),
);

/** Any JSON-ish value, hostile text and numbers included. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: 'small' },
  hostileText, number, fc.boolean(), fc.constant(null),
  fc.array(hostileText, { maxLength: 3 }), fc.dictionary(hostileText, fc.oneof(hostileText, number), { maxKeys: 3 }),
);

type Path = (string | number)[];

function pathsOf(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [at, ...entries.flatMap(([k, v]) => pathsOf(v, [...at, k]))];
}

/** A valid export with one to four places changed, removed, doubled or renamed. */
export function mutatedInterchange(doc: WorkshopDoc = fullDoc()): fc.Arbitrary<string> {
  const base = stringifyInterchange(toInterchange(doc));
  const paths = pathsOf(JSON.parse(base)).filter((p) => p.length > 0);
  const edit = fc.tuple(fc.nat({ max: paths.length - 1 }), fc.constantFrom('set', 'delete', 'double', 'rename'), anyValue, hostileText);
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) => {
    const json = JSON.parse(base) as Record<string | number, unknown>;
    for (const [i, op, value, name] of edits) {
      const path = paths[i]!;
      let parent: Record<string | number, unknown> | undefined = json;
      for (const key of path.slice(0, -1)) parent = parent?.[key] as Record<string | number, unknown> | undefined;
      if (typeof parent !== 'object' || parent === null) continue;
      const key = path.at(-1)!;
      if (op === 'set') parent[key] = value;
      else if (op === 'delete') delete parent[key];
      else if (op === 'double' && Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
      else if (op === 'rename' && !Array.isArray(parent)) {
        // As an own key, like JSON.parse makes it, even for "__proto__".
        Object.defineProperty(parent, name, { value: parent[key], enumerable: true, writable: true, configurable: true });
        delete parent[key];
      }
    }
    return JSON.stringify(json);
  });
}

/** Valid JSON text with characters inserted, removed or replaced. */
export function mutatedText(text: string): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: 4 }), fc.string({ unit: 'binary', maxLength: 4 }));
  return fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => {
    let out = text;
    for (const [at, remove, insert] of edits) out = out.slice(0, at) + insert + out.slice(at + remove);
    return out;
  });
}

/** Interchange text from anywhere: noise, any JSON, and damaged valid exports. */
export function interchangeInputs(): fc.Arbitrary<string> {
  const valid = stringifyInterchange(toInterchange(fullDoc()));
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.json({ maxDepth: 4 }),
    fc.constantFrom('['.repeat(50_000), '{"format":"frontstage-workshop","formatVersion":1,"workshop":'.repeat(2_000), '\uFEFF', '1e999999', '"\\ud800"'),
    mutatedText(valid),
    mutatedInterchange(),
  );
}

/** How a workshop file on disk may be damaged: bytes, header fields, rows. */
export type FileDamage =
  | { kind: 'bytes'; edits: [number, number][] }
  | { kind: 'truncate'; at: number }
  | { kind: 'header'; offset: number; value: number }
  | { kind: 'row'; table: number; column: number; value: unknown }
  | { kind: 'sql'; statement: string };

/** Every column of a card row, with another id: what another tool inserting a copy would write. */
const copyOfCard = (id: string) => COLUMNS.cards.map((c) => (c.name === 'id' ? `'${id}'` : `"${c.name}"`)).join(', ');

const HEADER_FIELDS = [16, 18, 19, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60, 64, 68, 92, 96];

export const fileDamage: fc.Arbitrary<FileDamage> = fc.oneof(
  fc.record({ kind: fc.constant('bytes' as const), edits: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('header' as const), offset: fc.constantFrom(...HEADER_FIELDS), value: fc.nat({ max: 0xffffffff }) }),
  fc.record({ kind: fc.constant('row' as const), table: fc.nat(), column: fc.nat(), value: fc.oneof(anyValue, fc.uint8Array({ maxLength: 64 })) }),
  fc.record({
    kind: fc.constant('sql' as const),
    statement: fc.constantFrom(
      `INSERT INTO cards SELECT ${copyOfCard('toString')} FROM cards LIMIT 1`,
      `INSERT INTO cards SELECT ${copyOfCard('__proto__')} FROM cards LIMIT 1`,
      'DELETE FROM lanes', 'DELETE FROM assets', 'DELETE FROM workshop', "UPDATE cards SET touchpoint = '{\"x\":'",
      "UPDATE cards SET tags = json_array(1, 2)", 'UPDATE blueprints SET presentationOrder = \'["hasOwnProperty"]\'',
      'CREATE INDEX extra ON cards(title)', 'PRAGMA journal_mode = WAL', "UPDATE cards SET position = 1e999",
    ),
  }),
);

/** Writes the valid workshop `doc` to `path` and applies `damage` to it. */
export function damagedFile(path: string, damage: FileDamage, doc: WorkshopDoc = fullDoc()): void {
  writeWorkshopFile(path, doc, { overwrite: true });
  if (damage.kind === 'bytes' || damage.kind === 'truncate' || damage.kind === 'header') {
    const bytes = readFileSync(path);
    if (damage.kind === 'bytes') for (const [at, value] of damage.edits) bytes[at % bytes.length] = value;
    if (damage.kind === 'header') bytes.writeUInt32BE(damage.value, damage.offset);
    writeFileSync(path, damage.kind === 'truncate' ? bytes.subarray(0, damage.at % bytes.length) : bytes);
    return;
  }
  const db = openDatabase(path);
  try {
    if (damage.kind === 'sql') db.exec(damage.statement);
    else {
      const table = SQL_TABLES[damage.table % SQL_TABLES.length]!;
      const columns = COLUMNS[table];
      const column = columns[damage.column % columns.length]!;
      const value = damage.value instanceof Uint8Array ? Buffer.from(damage.value) : typeof damage.value === 'object' && damage.value !== null ? JSON.stringify(damage.value) : typeof damage.value === 'boolean' ? Number(damage.value) : damage.value;
      db.prepare(`UPDATE "${table}" SET "${column.name}" = ? WHERE rowid = (SELECT min(rowid) FROM "${table}")`).run(value as never);
    }
  } catch {
    // SQLite refused the damage itself (a NOT NULL column, say): the file stays valid, which is a case too.
  } finally {
    db.close();
  }
}

/** Images as a hostile file may carry them: noise, cut-off PNGs, a PNG header claiming 100,000 × 100,000 pixels. */
export const imageData: fc.Arbitrary<{ mime: 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif'; bytes: Buffer }> = fc.record({
  mime: fc.constantFrom('image/png' as const, 'image/jpeg' as const, 'image/webp' as const, 'image/gif' as const),
  bytes: fc.oneof(
    fc.uint8Array({ maxLength: 256 }).map((b) => Buffer.from(b)),
    fc.nat({ max: PNG_1PX.length }).map((n) => PNG_1PX.subarray(0, n)),
    fc.tuple(fc.nat({ max: PNG_1PX.length - 1 }), fc.nat({ max: 255 })).map(([at, v]) => {
      const b = Buffer.from(PNG_1PX);
      b[at] = v;
      return b;
    }),
    fc.constantFrom(hugePng(), Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0xff, 0xff, 0xff, 0xff, 0x03])),
  ),
});

/** A PNG whose header claims 100,000 × 100,000 pixels: decoding it whole would take 40 GB. */
function hugePng(): Buffer {
  const b = Buffer.from(PNG_1PX);
  b.writeUInt32BE(100_000, 16);
  b.writeUInt32BE(100_000, 20);
  return b;
}

/** The full workshop with its card photo replaced. */
export function withImage(image: { mime: 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif'; bytes: Buffer }): WorkshopDoc {
  const doc = fullDoc();
  doc.assets.img1 = { ...doc.assets.img1!, mime: image.mime, data: image.bytes.toString('base64') };
  return doc;
}

export const scratchFile = (dir: string, n: number) => join(dir, `case-${n}.frontstage`);
