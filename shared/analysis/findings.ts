import type { WorkshopDoc } from '../model/types';
import { isCustomerService } from './ownership';
import type { Analysis } from './types';
import { cardName, decimal, listOf, percent, plural } from './words';

/** A headline of the analyses: what the room decides, in one sentence each. */
export interface Finding {
  topic: 'fixFirst' | 'protect' | 'differentiate' | 'benchmark' | 'ownership' | 'rootCause' | 'brand' | 'unrated';
  text: string;
}

const NAMED = 3;

/**
 * The decisions a newcomer should take from a blueprint: what to fix first, protect, and
 * differentiate, how little customer service owns, the heaviest root cause, brand promises no
 * touchpoint keeps. Shown by `frontstage analyze` and on the report's first page.
 */
export function findings(doc: WorkshopDoc, a: Analysis): Finding[] {
  const name = (id: string) => `“${cardName(doc, id)}”`;
  const out: Finding[] = [];
  if (a.touchpoints === 0) return [{ topic: 'unrated', text: 'This blueprint has no touchpoints yet: mark the cards where the customer meets the organisation.' }];
  const { fixFirst, protect, differentiate, unrated } = a.priority;
  out.push({
    topic: 'fixFirst',
    text: fixFirst.length
      ? `Fix first: ${plural(fixFirst.length, 'key touchpoint')} ${fixFirst.length === 1 ? 'falls' : 'fall'} short of what customers expect — ${listOf(fixFirst.map(name), NAMED)}.`
      : 'Fix first: no key touchpoint falls short of what customers expect.',
  });
  if (protect.length) {
    out.push({ topic: 'protect', text: `Protect with a benchmark: ${plural(protect.length, 'key touchpoint')} ${protect.length === 1 ? 'meets' : 'meet'} expectation — ${listOf(protect.map(name), NAMED)}.` });
  }
  const cover = a.benchmarkCoverage;
  if (cover.key) {
    const below = cover.belowTarget.length ? `; ${plural(cover.belowTarget.length, 'benchmark')} below target: ${listOf(cover.belowTarget.map(name), NAMED)}` : '';
    out.push({ topic: 'benchmark', text: `Benchmark coverage: ${cover.withStandard} of ${cover.key} key touchpoints have a written standard (${percent(cover.share)})${below}.` });
  }
  if (differentiate.length) {
    out.push({ topic: 'differentiate', text: `Differentiate: ${plural(differentiate.length, 'touchpoint')} already ${differentiate.length === 1 ? 'meets' : 'meet'} expectation and could be designed on-brand — ${listOf(differentiate.map(name), NAMED)}.` });
  }
  const others = a.ownership.filter((o) => !isCustomerService(o.owner)).slice(0, NAMED).map((o) => `${o.owner} ${percent(o.share)}`);
  out.push({
    topic: 'ownership',
    text: `Customer service owns ${percent(a.customerServiceShare)} of the importance-weighted experience${others.length ? `; ${listOf(others)}` : ''}.`,
  });
  const heaviest = a.rootCauses[0];
  if (heaviest) {
    out.push({ topic: 'rootCause', text: `Heaviest root cause: ${name(heaviest.card)}, behind ${plural(heaviest.touchpoints.length, 'touchpoint')} below expectation (weight ${decimal(heaviest.weight)}).` });
  }
  const unexpressed = a.brandCoverage.filter((b) => b.touchpoints.length === 0).map((b) => doc.brandAttributes[b.attribute]?.name || b.attribute);
  if (a.brandCoverage.length) {
    out.push({
      topic: 'brand',
      text: unexpressed.length
        ? `Brand ${unexpressed.length === 1 ? 'attribute' : 'attributes'} no differentiated touchpoint expresses: ${listOf(unexpressed)}.`
        : 'Every brand attribute is expressed by at least one differentiated touchpoint.',
    });
  }
  if (unrated.length) out.push({ topic: 'unrated', text: `${plural(unrated.length, 'touchpoint')} ${unrated.length === 1 ? 'has' : 'have'} no expectation or experience score yet.` });
  return out;
}
