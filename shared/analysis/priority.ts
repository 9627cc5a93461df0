import { gapOf, isKey, orderedIds, type BlueprintFacts, type TouchpointCard } from './facts';
import type { Priority, Quadrant } from './types';

/**
 * The importance–performance quadrant of one touchpoint: unrated until expectation and
 * experience are both set; key ones below expectation are fixed first, key ones that meet it
 * are protected with a benchmark; the others are candidates to differentiate when they already
 * meet expectation, and monitored when they fall short.
 */
export function quadrantOf(card: TouchpointCard): Quadrant {
  const gap = gapOf(card);
  if (gap === null) return 'unrated';
  if (isKey(card)) return gap < 0 ? 'fixFirst' : 'protect';
  return gap < 0 ? 'monitor' : 'differentiate';
}

export function priority(facts: BlueprintFacts): Priority {
  const groups: Record<Quadrant, TouchpointCard[]> = { fixFirst: [], protect: [], differentiate: [], monitor: [], unrated: [] };
  for (const card of facts.touchpoints) groups[quadrantOf(card)].push(card);
  return {
    fixFirst: orderedIds(facts, groups.fixFirst),
    protect: orderedIds(facts, groups.protect),
    differentiate: orderedIds(facts, groups.differentiate),
    monitor: orderedIds(facts, groups.monitor),
    unrated: orderedIds(facts, groups.unrated),
  };
}
