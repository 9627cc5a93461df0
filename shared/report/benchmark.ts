import { hasStandard, isBelowTarget } from '../analysis/benchmarkCoverage';
import { isKey, orderedIds, type TouchpointCard } from '../analysis/facts';
import { quadrantOf } from '../analysis/priority';
import { listOf, percent, plural } from '../analysis/words';
import type { Id } from '../model/types';
import { QUADRANT_STYLE } from '../render/charts/style';
import type { Painter } from '../render/displayList';
import { INK, STRATEGY_COLOR } from '../render/palette';
import { nameOf, whereAndWho, type ReportContext } from './context';
import { table } from './table';
import { nothing, paragraph, sectionHeading, TYPE } from './text';

const STATUS = {
  below: { text: 'Below target', fill: QUADRANT_STYLE.fixFirst.color },
  meets: { text: 'Meets target', fill: '#2F7A3A' },
  unscored: { text: 'Not scored', fill: INK.muted },
  none: { text: 'No standard yet', fill: QUADRANT_STYLE.monitor.color },
} as const;

/**
 * The benchmark scorecard: how many key touchpoints have a written standard, then every
 * benchmark (its standard in full, target against current, the evidence from best customers)
 * and every key touchpoint still without one.
 */
export function scorecard(ctx: ReportContext): void {
  const { flow, analysis: a, doc } = ctx;
  const cover = a.benchmarkCoverage;
  sectionHeading(flow, 'Benchmark scorecard', `${cover.withStandard} of ${cover.key} key touchpoints have a written standard (${percent(cover.share)}); ${plural(cover.belowTarget.length, 'benchmark')} ${cover.belowTarget.length === 1 ? 'is' : 'are'} below target. A benchmark protects a level of experience for every customer, modelled on what the best customers already get.`);
  if (cover.key) flow.block(40, (p) => coverageUnits(p, cover.key, cover.withStandard, flow.width));

  const byId = (id: Id) => doc.cards[id] as TouchpointCard;
  const benchmarks = orderedIds(ctx.facts, ctx.facts.touchpoints.filter((c) => c.touchpoint.strategy === 'benchmark'));
  const missing = orderedIds(ctx.facts, ctx.facts.touchpoints.filter((c) => isKey(c) && !hasStandard(c) && c.touchpoint.strategy !== 'benchmark'));
  const rows = [...benchmarks, ...missing];
  if (!rows.length) return nothing(flow, 'No touchpoint has a benchmark yet.');
  table<Id>(flow, [
    { title: 'Touchpoint', share: 0.2, text: (id) => [{ text: nameOf(ctx, id), weight: 'bold' }, { text: whereAndWho(ctx, id), size: TYPE.small, fill: INK.muted }] },
    { title: 'Imp.', share: 0.045, align: 'end', text: (id) => String(byId(id).touchpoint.importance) },
    { title: 'Standard', share: 0.3, text: (id) => byId(id).touchpoint.benchmark.standard.trim() || (byId(id).touchpoint.strategy === 'benchmark' ? '(not written yet)' : `None: this key touchpoint\u2019s strategy is ${byId(id).touchpoint.strategy}.`) },
    { title: 'Current \u25CF and target \u25CB', share: 0.13, draw: { height: 26, paint: (p, id, w) => targetScale(p, byId(id), w) } },
    { title: 'Status', share: 0.1, text: (id) => [statusOf(byId(id))] },
    { title: 'Evidence from best customers', share: 0.225, text: (id) => byId(id).touchpoint.benchmark.evidence },
  ], rows);
}

function statusOf(card: TouchpointCard): { text: string; fill: string; weight: 'bold' } {
  const { strategy, benchmark } = card.touchpoint;
  const status = strategy !== 'benchmark' || !hasStandard(card) ? STATUS.none
    : isBelowTarget(card) ? STATUS.below
      : benchmark.current === null || benchmark.target === null ? STATUS.unscored : STATUS.meets;
  return { ...status, weight: 'bold' };
}

/** One square per key touchpoint, filled when it has a standard: the share is counted, not estimated. */
function coverageUnits(p: Painter, key: number, covered: number, width: number): void {
  const size = Math.max(4, Math.min(14, (width - 10) / key - 3));
  if (size * key > width) return;
  for (let i = 0; i < key; i++) {
    const filled = i < covered;
    p.rect(i * (size + 3), 4, size, size, { fill: filled ? STRATEGY_COLOR.benchmark : INK.paper, stroke: STRATEGY_COLOR.benchmark, strokeWidth: 1, radius: 2 });
  }
  p.text(0, size + 20, `\u25A0 with a written standard (${covered})   \u25A1 without (${key - covered})`, { size: TYPE.small, fill: INK.muted });
}

/** A 1–5 scale with the current score as a dot and the target as a ring, and both in words. */
function targetScale(p: Painter, card: TouchpointCard, width: number): void {
  const { current, target } = card.touchpoint.benchmark;
  if (current === null && target === null) {
    p.text(4, 9, 'not scored', { size: TYPE.small, fill: INK.muted });
    return;
  }
  const w = Math.min(width - 8, 90);
  const x = (v: number) => 4 + ((v - 1) / 4) * w;
  p.line(x(1), 7, x(5), 7, INK.rule, 1.5);
  for (let v = 1; v <= 5; v++) p.line(x(v), 4, x(v), 10, INK.rule, 1);
  if (target !== null) p.circle(x(target), 7, 5, { stroke: STRATEGY_COLOR.benchmark, strokeWidth: 1.4, fill: 'none' });
  if (current !== null) p.circle(x(current), 7, 3.2, { fill: current < (target ?? 0) ? QUADRANT_STYLE.fixFirst.color : STRATEGY_COLOR.benchmark });
  p.text(4, 22, `current ${current ?? '\u2013'} \u00B7 target ${target ?? '\u2013'}`, { size: TYPE.small, fill: INK.muted });
}

/** Every differentiation concept in full, the brand attributes it expresses, and candidates without one. */
export function concepts(ctx: ReportContext): void {
  const { flow, doc, analysis: a } = ctx;
  const ids = orderedIds(ctx.facts, ctx.facts.touchpoints.filter((c) => c.touchpoint.strategy === 'differentiate'));
  sectionHeading(flow, 'Differentiation concepts', 'Touchpoints designed beyond the standard, on-brand: the concept the room agreed on, and the brand attributes it expresses.', { newPage: true });
  const attributes = (card: TouchpointCard) => card.touchpoint.differentiation.brandAttributes.map((b) => doc.brandAttributes[b]?.name).filter(Boolean) as string[];
  if (ids.length) {
    table<Id>(flow, [
      { title: 'Touchpoint', share: 0.22, text: (id) => [{ text: nameOf(ctx, id), weight: 'bold' }, { text: whereAndWho(ctx, id), size: TYPE.small, fill: INK.muted }] },
      { title: 'Concept', share: 0.44, text: (id) => (doc.cards[id] as TouchpointCard).touchpoint.differentiation.concept.trim() || '(not written yet)' },
      { title: 'Brand attributes expressed', share: 0.2, text: (id) => attributes(doc.cards[id] as TouchpointCard).join(', ') || 'none named' },
      { title: 'Quadrant', share: 0.14, text: (id) => { const q = QUADRANT_STYLE[quadrantOf(doc.cards[id] as TouchpointCard)]; return [{ text: q.label, fill: q.color, weight: 'bold' }]; } },
    ], ids);
  } else nothing(flow, 'No touchpoint is differentiated yet.');
  const candidates = a.priority.differentiate.filter((id) => doc.cards[id]?.touchpoint?.strategy !== 'differentiate');
  if (candidates.length) {
    flow.space(8);
    paragraph(flow, `Candidates without a concept yet (they already meet expectation): ${listOf(candidates.map((id) => `“${nameOf(ctx, id)}”`), 12)}.`, { fill: INK.muted });
  }
}
