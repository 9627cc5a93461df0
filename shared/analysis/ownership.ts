import type { BlueprintFacts } from './facts';
import type { OwnerShare } from './types';

/** The name under which touchpoints without an owner are counted. */
export const UNASSIGNED = 'Unassigned';

/** Owners that are customer service, whatever a workshop calls it (CONTRACT §6). */
export const CUSTOMER_SERVICE = /customer service|support|care/;

/** Whitespace collapsed and trimmed: the spelling an owner is shown with. */
const tidy = (owner: string): string => owner.replace(/\s+/g, ' ').trim();

/** Owners compare with whitespace collapsed and case ignored; a blank owner is `Unassigned`. */
export function ownerKey(owner: string): string {
  return (tidy(owner) || UNASSIGNED).toLowerCase();
}

/**
 * Touchpoints by owning department: how many, their summed importance, that importance's share
 * of all touchpoints' importance, and the importance-weighted experience of those rated. Heaviest
 * owner first; equal weights keep reading order of each owner's first touchpoint.
 */
export function ownership(facts: BlueprintFacts): OwnerShare[] {
  const groups = new Map<string, OwnerShare & { rated: number; weighted: number }>();
  let total = 0;
  for (const card of facts.touchpoints) {
    const key = ownerKey(card.owner);
    let group = groups.get(key);
    if (!group) {
      group = { owner: tidy(card.owner) || UNASSIGNED, touchpoints: 0, importance: 0, share: 0, experience: null, rated: 0, weighted: 0 };
      groups.set(key, group);
    }
    const { importance, experience } = card.touchpoint;
    group.touchpoints += 1;
    group.importance += importance;
    total += importance;
    if (experience !== null) {
      group.rated += importance;
      group.weighted += importance * experience;
    }
  }
  // Map order is reading order of first appearance, and Array.prototype.sort is stable.
  return [...groups.values()]
    .sort((a, b) => b.importance - a.importance)
    .map((g) => ({
      owner: g.owner,
      touchpoints: g.touchpoints,
      importance: g.importance,
      share: total === 0 ? 0 : g.importance / total,
      experience: g.rated === 0 ? null : g.weighted / g.rated,
    }));
}

export const isCustomerService = (owner: string): boolean => CUSTOMER_SERVICE.test(ownerKey(owner));

/** How much of the importance-weighted experience the customer service owners own, 0…1. */
export function customerServiceShare(owners: readonly OwnerShare[]): number {
  return owners.reduce((sum, o) => (isCustomerService(o.owner) ? sum + o.share : sum), 0);
}
