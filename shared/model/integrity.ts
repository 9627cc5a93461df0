import { z } from 'zod';
import { recordSchemas, TABLES, workshopSchema, type TableName } from './schemas';
import type { Id, WorkshopDoc } from './types';
import { blueprintOfCard, blueprintOfStep, recordIn } from './queries';
import { limitProblems } from './limits';
import { facilitationProblem, timerProblem } from './facilitationRules';

export interface Problem {
  /** Where the problem is: table, record id, field… */
  path: (string | number)[];
  message: string;
}

export function formatPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

export function formatProblem(p: Problem): string {
  return p.path.length ? `${formatPath(p.path)}: ${p.message}` : p.message;
}

/** Turns zod issues into problems below `base`. */
export function zodProblems(error: z.ZodError, base: (string | number)[]): Problem[] {
  return error.issues.map((issue) => ({
    path: [...base, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: issue.message,
  }));
}

interface Reference {
  table: TableName;
  /** The ids a record points at, with the path of each inside the record. */
  targets: (record: never) => [(string | number)[], Id | null][];
  to: TableName;
}

const ref = <T extends TableName>(
  table: T,
  to: TableName,
  targets: (record: WorkshopDoc[T][string]) => [(string | number)[], Id | null][],
): Reference => ({ table, to, targets: targets as Reference['targets'] });

const list = (field: (string | number)[], values: Id[]): [(string | number)[], Id][] =>
  values.map((v, i) => [[...field, i], v]);

/** Every id that one record holds of another: what must resolve, and what deletes must mend. */
export const REFERENCES: readonly Reference[] = [
  ref('lanes', 'blueprints', (r) => [[['blueprintId'], r.blueprintId]]),
  ref('stages', 'blueprints', (r) => [[['blueprintId'], r.blueprintId]]),
  ref('steps', 'stages', (r) => [[['stageId'], r.stageId]]),
  ref('cards', 'lanes', (r) => [[['laneId'], r.laneId]]),
  ref('cards', 'steps', (r) => [[['stepId'], r.stepId]]),
  ref('cards', 'assets', (r) => [[['imageId'], r.imageId]]),
  ref('cards', 'participants', (r) => [[['createdBy'], r.createdBy]]),
  ref('cards', 'cards', (r) => list(['touchpoint', 'rootCauses'], r.touchpoint?.rootCauses ?? [])),
  ref('cards', 'brandAttributes', (r) =>
    list(['touchpoint', 'differentiation', 'brandAttributes'], r.touchpoint?.differentiation.brandAttributes ?? [])),
  ref('blueprints', 'cards', (r) => list(['presentationOrder'], r.presentationOrder)),
  ref('connectors', 'blueprints', (r) => [[['blueprintId'], r.blueprintId]]),
  ref('connectors', 'cards', (r) => [[['from'], r.from], [['to'], r.to]]),
  ref('voteRounds', 'blueprints', (r) => [[['blueprintId'], r.blueprintId]]),
  ref('votes', 'voteRounds', (r) => [[['roundId'], r.roundId]]),
  ref('votes', 'participants', (r) => [[['participantId'], r.participantId]]),
  ref('votes', 'cards', (r) => [[['cardId'], r.cardId]]),
  ref('comments', 'cards', (r) => [[['cardId'], r.cardId]]),
  ref('voteRounds', 'lanes', (r) => list(['eligible', 'laneIds'], r.eligible.laneIds)),
  ref('voteRounds', 'cards', (r) => list(['eligible', 'cardIds'], r.eligible.cardIds)),
  ref('comments', 'participants', (r) => [[['authorId'], r.authorId]]),
  ref('comments', 'comments', (r) => [[['parentId'], r.parentId]]),
];

/** Validates every record of a document of unknown shape; returns the typed doc or the problems. */
export function validateDoc(input: unknown): { doc: WorkshopDoc; problems: [] } | { doc: null; problems: Problem[] } {
  const problems: Problem[] = [];
  if (typeof input !== 'object' || input === null) return { doc: null, problems: [{ path: [], message: 'is not an object' }] };
  const raw = input as Record<string, unknown>;
  const ws = workshopSchema.safeParse(raw.workshop);
  if (!ws.success) problems.push(...zodProblems(ws.error, ['workshop']));
  for (const table of TABLES) {
    const records = raw[table];
    if (typeof records !== 'object' || records === null) {
      problems.push({ path: [table], message: 'is missing' });
      continue;
    }
    for (const [key, record] of Object.entries(records)) {
      const parsed = recordSchemas[table].safeParse(record);
      if (!parsed.success) problems.push(...zodProblems(parsed.error, [table, key]));
      else if (parsed.data.id !== key) problems.push({ path: [table, key, 'id'], message: `does not match its key "${key}"` });
    }
  }
  problems.push(...limitProblems(raw));
  if (problems.length) return { doc: null, problems };
  const doc = input as WorkshopDoc;
  problems.push(...checkReferences(doc));
  return problems.length ? { doc: null, problems } : { doc, problems: [] };
}

/** Dangling references and records that point across blueprints. */
export function checkReferences(doc: WorkshopDoc): Problem[] {
  const problems: Problem[] = [];
  for (const { table, to, targets } of REFERENCES) {
    for (const record of Object.values(doc[table])) {
      for (const [path, target] of targets(record as never)) {
        if (target !== null && !Object.hasOwn(doc[to], target)) {
          problems.push({ path: [table, record.id, ...path], message: `refers to a missing ${singular(to)} "${target}"` });
        }
      }
    }
  }
  const timer = timerProblem(doc);
  if (timer) problems.push(timer);
  if (problems.length) return problems;
  for (const table of ['voteRounds', 'comments'] as const) {
    for (const record of Object.values(doc[table])) {
      const problem = facilitationProblem(doc, table, record.id);
      if (problem) problems.push(problem);
    }
  }
  for (const card of Object.values(doc.cards)) {
    if (recordIn(doc.lanes, card.laneId)?.blueprintId !== blueprintOfStep(doc, card.stepId)) {
      problems.push({ path: ['cards', card.id, 'stepId'], message: 'is a step of another blueprint than its lane' });
    }
  }
  for (const c of Object.values(doc.connectors)) {
    if (blueprintOfCard(doc, c.from) !== c.blueprintId || blueprintOfCard(doc, c.to) !== c.blueprintId) {
      problems.push({ path: ['connectors', c.id], message: 'joins cards of another blueprint' });
    }
  }
  return problems;
}

function singular(table: TableName): string {
  const names: Record<TableName, string> = {
    participants: 'participant', brandAttributes: 'brand attribute', segments: 'segment', agenda: 'agenda item',
    parkingLot: 'parking-lot note', assets: 'image', blueprints: 'blueprint', lanes: 'lane', stages: 'stage',
    steps: 'step', cards: 'card', connectors: 'connector', voteRounds: 'vote round', votes: 'vote', comments: 'comment',
  };
  return names[table];
}
