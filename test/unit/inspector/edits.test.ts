import { describe, expect, it } from 'vitest';
import { run } from '../../../shared/commands/command';
import { validateDoc } from '../../../shared/model/integrity';
import type { WorkshopDoc } from '../../../shared/model/types';
import * as edit from '../../../renderer/inspector/edits';
import type { Edit } from '../../../renderer/inspector/edits';
import { generateDoc } from '../../fixtures/generate';

function apply<A>(doc: WorkshopDoc, e: Edit<A>): WorkshopDoc {
  return run(doc, e.command, e.args).doc;
}

/** A customer-lane card made plain (no touchpoint), and a backstage card. */
function setup() {
  const generated = generateDoc({ cards: 12 });
  const plain = Object.values(generated.cards).find((c) => c.laneId === 'lane1')!;
  const backstage = Object.values(generated.cards).find((c) => c.laneId === 'lane3')!;
  const doc = apply(generated, edit.touchpointOn(plain.id, false));
  expect(doc.cards[plain.id]!.touchpoint).toBeNull();
  return { doc, plain, backstage };
}

describe('inspector form to commands', () => {
  it('typing in a text field is one undo group per card and field', () => {
    const { doc, plain } = setup();
    const e = edit.cardText(plain.id, 'title', 'Orders a capsule box');
    expect(e.group).toBe(`${plain.id}:title`);
    expect(edit.cardText(plain.id, 'description', 'x').group).not.toBe(e.group);
    expect(apply(doc, e).cards[plain.id]!.title).toBe('Orders a capsule box');
  });

  it('discrete choices are their own undo steps', () => {
    const { plain } = setup();
    expect(edit.cardFields(plain.id, { failPoint: true }).group).toBeUndefined();
    expect(edit.touchpointOn(plain.id, true).group).toBeUndefined();
    expect(edit.benchmarkScore(plain.id, 'target', 4).group).toBeUndefined();
  });

  it('reads wait time leniently and never stores a negative or fractional wait', () => {
    const { doc, plain } = setup();
    expect(apply(doc, edit.waitTime(plain.id, '12.6')).cards[plain.id]!.waitMinutes).toBe(13);
    expect(apply(doc, edit.waitTime(plain.id, '-5')).cards[plain.id]!.waitMinutes).toBe(0);
    expect(apply(doc, edit.waitTime(plain.id, '')).cards[plain.id]!.waitMinutes).toBe(0);
    expect(apply(doc, edit.waitTime(plain.id, 'soon')).cards[plain.id]!.waitMinutes).toBe(0);
  });

  it('builds a benchmark touchpoint the way the facilitator fills the form', () => {
    const { doc: start, plain, backstage } = setup();
    let doc = apply(start, edit.touchpointOn(plain.id, true));
    doc = apply(doc, edit.responseType(plain.id, doc.cards[plain.id]!.touchpoint!, 'affective', true));
    doc = apply(doc, edit.touchpointFields(plain.id, { importance: 5, expectation: 5, experience: 3, sentiment: -1 }));
    doc = apply(doc, edit.touchpointFields(plain.id, { strategy: 'benchmark' }));
    doc = apply(doc, edit.benchmarkText(plain.id, 'standard', 'Ashtrays emptied every 30 minutes'));
    doc = apply(doc, edit.benchmarkScore(plain.id, 'target', 4));
    doc = apply(doc, edit.benchmarkScore(plain.id, 'current', 2));
    doc = apply(doc, edit.benchmarkText(plain.id, 'evidence', 'Regulars notice clean ashtrays'));
    doc = apply(doc, edit.quoteAdded(plain.id));
    doc = apply(doc, edit.quoteText(plain.id, 0, 'It smelled of old smoke.'));
    doc = apply(doc, edit.rootCause(plain.id, backstage.id, true));
    const tp = doc.cards[plain.id]!.touchpoint!;
    expect(tp).toMatchObject({
      importance: 5, expectation: 5, experience: 3, sentiment: -1, responses: ['affective'], strategy: 'benchmark',
      benchmark: { standard: 'Ashtrays emptied every 30 minutes', target: 4, current: 2, evidence: 'Regulars notice clean ashtrays' },
      quotes: ['It smelled of old smoke.'], rootCauses: [backstage.id],
    });
    expect(validateDoc(doc).problems).toEqual([]);
    doc = apply(doc, edit.rootCause(plain.id, backstage.id, false));
    doc = apply(doc, edit.quoteRemoved(plain.id, 0));
    expect(doc.cards[plain.id]!.touchpoint).toMatchObject({ quotes: [], rootCauses: [] });
  });

  it('links and unlinks brand attributes for a differentiated touchpoint', () => {
    const { doc: start, plain } = setup();
    let doc = apply(start, edit.touchpointOn(plain.id, true));
    doc = apply(doc, edit.touchpointFields(plain.id, { strategy: 'differentiate' }));
    doc = apply(doc, edit.concept(plain.id, 'Insignia ashtrays with a signature scent'));
    doc = apply(doc, edit.brandAttribute(plain.id, 'ba-crafted', true));
    expect(doc.cards[plain.id]!.touchpoint!.differentiation).toEqual({ concept: 'Insignia ashtrays with a signature scent', brandAttributes: ['ba-crafted'] });
    doc = apply(doc, edit.brandAttribute(plain.id, 'ba-crafted', false));
    expect(doc.cards[plain.id]!.touchpoint!.differentiation.brandAttributes).toEqual([]);
    expect(() => apply(doc, edit.brandAttribute(plain.id, 'ba-missing', true))).toThrow(/brand attribute/);
  });

  it('rates a product card one dimension at a time', () => {
    const { doc: start, plain } = setup();
    let doc = apply(start, edit.productRating(plain.id, 'useful', 5));
    doc = apply(doc, edit.productRating(plain.id, 'sensuous', 2));
    expect(doc.cards[plain.id]!.product).toEqual({ useful: 5, usable: null, sensuous: 2 });
  });
});
