import type { Problem } from './integrity';
import type { TableName } from './schemas';

/**
 * How much one workshop may hold. One set of limits for the workshop file (open, check, every
 * edit) and the JSON interchange (import), so that a file Frontstage accepts always exports JSON
 * that it imports again, and the other way round (docs/security.md, "Limits").
 */
export const RECORD_LIMITS: Readonly<Record<TableName, number>> = {
  participants: 500,
  brandAttributes: 500,
  segments: 500,
  agenda: 500,
  parkingLot: 5_000,
  assets: 1_000,
  blueprints: 100,
  lanes: 2_000,
  stages: 2_000,
  steps: 10_000,
  cards: 50_000,
  connectors: 100_000,
  voteRounds: 1_000,
  votes: 50_000,
  comments: 50_000,
};

export const WORKSHOP_LIMITS = {
  /** Lanes × steps of one blueprint: every cell is a focusable element on the canvas. */
  cellsPerBlueprint: 100_000,
  /** One image (a physical-evidence photo), decoded. */
  imageBytes: 8 * 1024 * 1024,
  /** All images of a workshop together, decoded. */
  allImageBytes: 96 * 1024 * 1024,
  /**
   * Text and ids of every record together: the length of each value plus 16 for the quotes,
   * key and indentation around it in exported JSON. Bounds both the file and its JSON export.
   */
  textUnits: 32 * 1024 * 1024,
  /**
   * A workshop file larger than this is refused before it is read. The limits above keep every
   * file Frontstage writes well below it: text ≤ 3 bytes per unit in UTF-8, images, and about
   * 300 bytes of row and index per record.
   */
  fileBytes: 320 * 1024 * 1024,
  /**
   * Interchange JSON larger than this is refused before it is parsed. The export of a workshop
   * within the limits stays below it: strings ≤ 3 bytes per text unit, images as base64 (4/3),
   * and at most ~1 KB of numbers and punctuation per record.
   */
  interchangeBytes: 480 * 1024 * 1024,
} as const;

const TEXT_OVERHEAD = 16;

/** What a workshop uses of the limits, so an edit can be checked without walking every record. */
export interface Usage {
  records: Record<TableName, number>;
  textUnits: number;
  imageBytes: number;
}

/** Text units of one value of any shape: a record, a list, a string. */
export function textUnitsOf(value: unknown): number {
  if (typeof value === 'string') return value.length + TEXT_OVERHEAD;
  if (Array.isArray(value)) {
    let sum = 0;
    for (const item of value) sum += textUnitsOf(item);
    return sum;
  }
  if (typeof value === 'object' && value !== null) {
    let sum = 0;
    for (const item of Object.values(value)) sum += textUnitsOf(item);
    return sum;
  }
  return 0;
}

/** Decoded bytes of base64 text, without decoding it. */
export function base64Bytes(data: unknown): number {
  if (typeof data !== 'string') return 0;
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((data.length * 3) / 4) - padding);
}

const tablesOf = (doc: unknown): Record<string, unknown> => (typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>) : {});
const recordsOf = (table: unknown): unknown[] => (typeof table === 'object' && table !== null ? Object.values(table) : []);

/** What `doc` uses; safe on a document that has not been validated yet. */
export function usageOf(doc: unknown): Usage {
  const tables = tablesOf(doc);
  const records = {} as Record<TableName, number>;
  let textUnits = textUnitsOf(tables.workshop);
  let imageBytes = 0;
  for (const table of Object.keys(RECORD_LIMITS) as TableName[]) {
    const all = recordsOf(tables[table]);
    records[table] = all.length;
    for (const record of all) {
      if (table === 'assets' && typeof record === 'object' && record !== null) {
        // Image data is counted in bytes, not as text.
        const { data, ...rest } = record as { data?: unknown };
        textUnits += textUnitsOf(rest);
        imageBytes += base64Bytes(data);
      } else textUnits += textUnitsOf(record);
    }
  }
  return { records, textUnits, imageBytes };
}

const count = (n: number) => n.toLocaleString('en-US');

const NOUNS: Record<TableName, string> = {
  participants: 'participants', brandAttributes: 'brand attributes', segments: 'segments', agenda: 'agenda items',
  parkingLot: 'parking-lot notes', assets: 'images', blueprints: 'blueprints', lanes: 'lanes', stages: 'stages',
  steps: 'steps', cards: 'cards', connectors: 'connectors', voteRounds: 'vote rounds', votes: 'votes', comments: 'comments',
};

const MIB = 1024 * 1024;

/** The one sentence for a workshop with more records of a kind than it may hold. */
export function tooManyRecords(table: TableName, n: number): string {
  return `the workshop has ${count(n)} ${NOUNS[table]}, more than the ${count(RECORD_LIMITS[table])} Frontstage allows`;
}

/** A limit a workshop is over, and which measure it is, so an edit can tell whether it made it worse. */
export interface LimitProblem extends Problem {
  measure: TableName | 'text' | 'images' | 'cells';
}

/** Every limit `usage` is over, one sentence each, worded the same for a file and for JSON. */
export function usageProblems(usage: Usage): LimitProblem[] {
  const problems: LimitProblem[] = [];
  for (const table of Object.keys(RECORD_LIMITS) as TableName[]) {
    const limit = RECORD_LIMITS[table];
    if (usage.records[table] > limit) {
      problems.push({ measure: table, path: [], message: tooManyRecords(table, usage.records[table]) });
    }
  }
  if (usage.textUnits > WORKSHOP_LIMITS.textUnits) {
    problems.push({ measure: 'text', path: [], message: `the workshop holds more text than Frontstage allows (${count(usage.textUnits)} of ${count(WORKSHOP_LIMITS.textUnits)} text units)` });
  }
  if (usage.imageBytes > WORKSHOP_LIMITS.allImageBytes) {
    problems.push({ measure: 'images', path: [], message: `the workshop's images take ${(usage.imageBytes / MIB).toFixed(1)} MB, more than the ${WORKSHOP_LIMITS.allImageBytes / MIB} MB Frontstage allows` });
  }
  return problems;
}

/** Blueprints whose grid has more cells than the canvas can show. */
export function cellProblems(doc: unknown): LimitProblem[] {
  const tables = tablesOf(doc);
  const stageBlueprint = new Map<unknown, unknown>();
  for (const stage of recordsOf(tables.stages)) stageBlueprint.set((stage as { id?: unknown })?.id, (stage as { blueprintId?: unknown })?.blueprintId);
  const lanes = new Map<unknown, number>();
  const steps = new Map<unknown, number>();
  for (const lane of recordsOf(tables.lanes)) {
    const b = (lane as { blueprintId?: unknown })?.blueprintId;
    lanes.set(b, (lanes.get(b) ?? 0) + 1);
  }
  for (const step of recordsOf(tables.steps)) {
    const b = stageBlueprint.get((step as { stageId?: unknown })?.stageId);
    steps.set(b, (steps.get(b) ?? 0) + 1);
  }
  const problems: LimitProblem[] = [];
  for (const [blueprint, laneCount] of lanes) {
    const cells = laneCount * (steps.get(blueprint) ?? 0);
    if (cells > WORKSHOP_LIMITS.cellsPerBlueprint) {
      problems.push({
        measure: 'cells',
        path: [],
        message: `blueprint "${String(blueprint)}" has ${count(laneCount)} lanes × ${count(steps.get(blueprint) ?? 0)} steps, more than the ${count(WORKSHOP_LIMITS.cellsPerBlueprint)} cells Frontstage allows`,
      });
    }
  }
  return problems;
}

/** Every limit a document of unknown validity is over. */
export function limitProblems(doc: unknown): LimitProblem[] {
  return [...usageProblems(usageOf(doc)), ...cellProblems(doc)];
}
