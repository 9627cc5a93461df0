import { analyze, blueprintFacts, type Analysis, type BlueprintFacts, type Quadrant } from '../../shared/analysis';
import type { Id, WorkshopDoc } from '../../shared/model';
import { timedAnalysis } from './updateTiming';

// Every view of the Insights panel, the lenses and the compare view read the same analyses of one
// version of the document; each is computed once per version and blueprint, when first asked for.
const analyses = new WeakMap<WorkshopDoc, Map<Id, Analysis>>();
const facts = new WeakMap<WorkshopDoc, Map<Id, BlueprintFacts>>();
const quadrants = new WeakMap<Analysis, ReadonlyMap<Id, Quadrant>>();

function cached<T>(table: WeakMap<WorkshopDoc, Map<Id, T>>, doc: WorkshopDoc, blueprintId: Id, make: () => T): T {
  let byBlueprint = table.get(doc);
  if (!byBlueprint) table.set(doc, (byBlueprint = new Map()));
  let value = byBlueprint.get(blueprintId);
  if (value === undefined) byBlueprint.set(blueprintId, (value = make()));
  return value;
}

/** CONTRACT §6's analyses of a blueprint (shared/analysis), once per document version. */
export function analysisOf(doc: WorkshopDoc, blueprintId: Id): Analysis {
  return cached(analyses, doc, blueprintId, () => timedAnalysis(() => analyze(doc, blueprintId)));
}

/** A blueprint's stages, steps, lanes and cards in reading order, once per document version. */
export function factsOf(doc: WorkshopDoc, blueprintId: Id): BlueprintFacts {
  return cached(facts, doc, blueprintId, () => blueprintFacts(doc, blueprintId));
}

/** Each touchpoint's priority quadrant, from the analysis's lists. */
export function quadrantsOf(doc: WorkshopDoc, blueprintId: Id): ReadonlyMap<Id, Quadrant> {
  const analysis = analysisOf(doc, blueprintId);
  let map = quadrants.get(analysis);
  if (!map) {
    const m = new Map<Id, Quadrant>();
    for (const [q, ids] of Object.entries(analysis.priority) as [Quadrant, Id[]][]) for (const id of ids) m.set(id, q);
    quadrants.set(analysis, (map = m));
  }
  return map;
}
