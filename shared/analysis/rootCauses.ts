import type { Id } from '../model/types';
import { gapOf, orderedIds, type BlueprintFacts, type TouchpointCard } from './facts';
import type { RootCause } from './types';

/**
 * The cards behind the touchpoints that fall short: every card of the blueprint that a touchpoint
 * below expectation names among its root causes, or that a `cause` connector leads from into it.
 * A cause weighs Σ importance × (expectation − experience) over the touchpoints it drags down,
 * each counted once however it is linked; the heaviest cause first (equal weights in reading
 * order), so fixing the first lifts the most weighted experience. A touchpoint is never its own cause.
 */
export function rootCauses(facts: BlueprintFacts): RootCause[] {
  const byCard = new Map(facts.cards.map((c) => [c.id, c]));
  const causedBy = new Map<Id, Set<Id>>();
  for (const connector of facts.connectors) {
    if (connector.kind !== 'cause') continue;
    let causes = causedBy.get(connector.to);
    if (!causes) causedBy.set(connector.to, (causes = new Set()));
    causes.add(connector.from);
  }
  const effects = new Map<Id, TouchpointCard[]>();
  for (const card of facts.touchpoints) {
    const gap = gapOf(card);
    if (gap === null || gap >= 0) continue;
    const causes = new Set([...card.touchpoint.rootCauses, ...(causedBy.get(card.id) ?? [])]);
    for (const cause of causes) {
      if (cause === card.id || !byCard.has(cause)) continue;
      let list = effects.get(cause);
      if (!list) effects.set(cause, (list = []));
      list.push(card);
    }
  }
  const result = [...effects].map(([cause, touchpoints]) => ({
    card: cause,
    touchpoints: orderedIds(facts, touchpoints),
    weight: touchpoints.reduce((w, t) => w + t.touchpoint.importance * -(gapOf(t) as number), 0),
  }));
  return result
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || facts.rank.get(a.card)! - facts.rank.get(b.card)!);
}
