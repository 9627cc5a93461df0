import { layoutBlueprint, type BlueprintLayout } from '../../shared/layout';
import type { Id, WorkshopDoc } from '../../shared/model';

/** The tables a blueprint's layout reads; an edit elsewhere (a dot, a comment, the timer) leaves it as it was. */
const inputs = (doc: WorkshopDoc, blueprintId: Id) => [doc.blueprints[blueprintId], doc.lanes, doc.stages, doc.steps, doc.cards, doc.connectors, doc.assets];

/**
 * A selector for the canvas: the layout of one blueprint, laid out again only when what it is
 * made of changed, so that voting on 2,000 cards does not lay out 2,000 cards per dot.
 */
export function layoutSelector(blueprintId: Id): (doc: WorkshopDoc) => BlueprintLayout | null {
  let last: { keys: unknown[]; layout: BlueprintLayout | null } | null = null;
  return (doc) => {
    const keys = inputs(doc, blueprintId);
    if (last && last.keys.every((k, i) => k === keys[i])) return last.layout;
    const layout = doc.blueprints[blueprintId] ? layoutBlueprint(doc, blueprintId) : null;
    last = { keys, layout };
    return layout;
  };
}
