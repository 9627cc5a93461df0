import { formatProblem } from '../../shared/model/integrity';
import { base64Bytes, cellProblems, textUnitsOf, usageProblems, type LimitProblem, type Usage } from '../../shared/model/limits';
import type { WorkshopDoc } from '../../shared/model/types';
import { summarize, WorkshopError } from './errors';
import type { Edit } from './patches';

type Measured = { data?: unknown };

function measure(table: string, record: object | null): { textUnits: number; imageBytes: number } {
  if (!record) return { textUnits: 0, imageBytes: 0 };
  if (table !== 'assets') return { textUnits: textUnitsOf(record), imageBytes: 0 };
  const { data, ...rest } = record as Measured;
  return { textUnits: textUnitsOf(rest), imageBytes: base64Bytes(data) };
}

/** What the workshop uses after `edit`, from what it used before: only the changed records are measured. */
export function usageAfter(usage: Usage, edit: Pick<Edit, 'changes' | 'before'>): Usage {
  const next: Usage = { records: { ...usage.records }, textUnits: usage.textUnits, imageBytes: usage.imageBytes };
  edit.changes.forEach((change, i) => {
    const before = edit.before[i] ?? null;
    const after = change.record;
    const old = measure(change.table, before);
    const now = measure(change.table, after);
    next.textUnits += now.textUnits - old.textUnits;
    next.imageBytes += now.imageBytes - old.imageBytes;
    if (change.table !== 'workshop') next.records[change.table] += (after ? 1 : 0) - (before ? 1 : 0);
  });
  return next;
}

const STRUCTURE = new Set(['lanes', 'stages', 'steps']);

/**
 * Refuses an edit that takes the workshop over a limit it was within: the app must never write a
 * file that it, or `import` of its JSON export, would refuse. An edit that makes nothing larger
 * always passes, so a workshop made under other limits can still be trimmed.
 */
export function checkEditLimits(doc: WorkshopDoc, before: Usage, after: Usage, edit: Pick<Edit, 'changes' | 'before'>): void {
  const grew = (p: LimitProblem): boolean => {
    if (p.measure === 'text') return after.textUnits > before.textUnits;
    if (p.measure === 'images') return after.imageBytes > before.imageBytes;
    if (p.measure === 'cells') return true;
    return after.records[p.measure] > before.records[p.measure];
  };
  const structural = edit.changes.some((c) => STRUCTURE.has(c.table) && c.record !== null);
  const over = [...usageProblems(after), ...(structural ? cellProblems(doc) : [])].filter(grew);
  if (over.length) throw new WorkshopError('invalid', `the change was refused: ${summarize(over)}`, over.map(formatProblem));
}
