import type { CurveValue } from '../analysis';
import type { Id } from '../model/types';

interface NamedStep { id: Id; name: string }

/** One column of the overlaid curves: a step of either blueprint, or the same step in both. */
export interface CurveColumn {
  name: string;
  before: number | null;
  after: number | null;
}

const key = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The two experience curves on one axis of steps. Steps have no lineage of their own, so they
 * are lined up by name, in order (the longest common sequence of names): a future state that
 * renamed, added or dropped a step shows that step on its own column, with no value on the side
 * that lacks it.
 */
export function overlayCurves(beforeSteps: readonly NamedStep[], beforeValues: readonly CurveValue[], afterSteps: readonly NamedStep[], afterValues: readonly CurveValue[]): CurveColumn[] {
  const b = new Map(beforeValues.map((v) => [v.stepId, v.value]));
  const a = new Map(afterValues.map((v) => [v.stepId, v.value]));
  const m = beforeSteps.length;
  const n = afterSteps.length;
  // lcs[i][j]: the longest common run of names of beforeSteps[i..] and afterSteps[j..].
  const lcs = Array.from({ length: m + 1 }, () => new Uint16Array(n + 1));
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      lcs[i]![j] = key(beforeSteps[i]!.name) === key(afterSteps[j]!.name) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const columns: CurveColumn[] = [];
  let i = 0;
  let j = 0;
  while (i < m || j < n) {
    const s = beforeSteps[i];
    const t = afterSteps[j];
    if (s && t && key(s.name) === key(t.name)) {
      columns.push({ name: t.name, before: b.get(s.id) ?? null, after: a.get(t.id) ?? null });
      i++;
      j++;
    } else if (s && (!t || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      columns.push({ name: s.name, before: b.get(s.id) ?? null, after: null });
      i++;
    } else {
      columns.push({ name: t!.name, before: null, after: a.get(t!.id) ?? null });
      j++;
    }
  }
  return columns;
}
