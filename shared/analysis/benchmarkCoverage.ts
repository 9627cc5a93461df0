import { isKey, orderedIds, type BlueprintFacts, type TouchpointCard } from './facts';
import type { BenchmarkCoverage } from './types';

/** A key touchpoint counts as covered when its strategy is benchmark and its standard is written down. */
export const hasStandard = (card: TouchpointCard): boolean =>
  card.touchpoint.strategy === 'benchmark' && card.touchpoint.benchmark.standard.trim() !== '';

/** A benchmarked touchpoint (of any importance) whose current score is below its target. */
export function isBelowTarget(card: TouchpointCard): boolean {
  const { strategy, benchmark } = card.touchpoint;
  return strategy === 'benchmark' && benchmark.current !== null && benchmark.target !== null && benchmark.current < benchmark.target;
}

export function benchmarkCoverage(facts: BlueprintFacts): BenchmarkCoverage {
  const key = facts.touchpoints.filter(isKey);
  const withStandard = key.filter(hasStandard).length;
  return {
    key: key.length,
    withStandard,
    share: key.length === 0 ? 0 : withStandard / key.length,
    belowTarget: orderedIds(facts, facts.touchpoints.filter(isBelowTarget)),
  };
}
