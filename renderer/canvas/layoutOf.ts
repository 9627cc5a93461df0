import { layoutUnrouted, withRoutes, type BlueprintLayout } from '../../shared/layout';
import type { Id, WorkshopDoc } from '../../shared/model';

/** The tables a blueprint's layout reads; an edit elsewhere (a dot, a comment, the timer) leaves it as it was. */
const inputs = (doc: WorkshopDoc, blueprintId: Id) => [doc.blueprints[blueprintId], doc.lanes, doc.stages, doc.steps, doc.cards, doc.connectors, doc.assets];

export interface LayoutSelectors {
  /** Cards and grid only: what the first frame of a blueprint paints. */
  unrouted: (doc: WorkshopDoc) => BlueprintLayout | null;
  /** With the connectors routed, from the same cards (the same boxes, so no card re-renders). */
  routed: (doc: WorkshopDoc) => BlueprintLayout | null;
}

/**
 * Selectors for the canvas: the layout of one blueprint, laid out again only when what it is
 * made of changed, so that voting on 2,000 cards does not lay out 2,000 cards per dot.
 */
export function layoutSelectors(blueprintId: Id): LayoutSelectors {
  let last: { keys: unknown[]; layout: BlueprintLayout | null } | null = null;
  let lastRouted: { from: BlueprintLayout; layout: BlueprintLayout } | null = null;
  const unrouted = (doc: WorkshopDoc) => {
    const keys = inputs(doc, blueprintId);
    if (last && last.keys.every((k, i) => k === keys[i])) return last.layout;
    const layout = doc.blueprints[blueprintId] ? layoutUnrouted(doc, blueprintId) : null;
    last = { keys, layout };
    return layout;
  };
  const routed = (doc: WorkshopDoc) => {
    const from = unrouted(doc);
    if (!from) return null;
    if (lastRouted?.from !== from) lastRouted = { from, layout: withRoutes(doc, from) };
    return lastRouted.layout;
  };
  return { unrouted, routed };
}
