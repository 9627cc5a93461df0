import type { Id, WorkshopDoc } from '../../../shared/model';
import { getDoc, useDoc } from '../../state/documentStore';
import { lensActive, useLens, type LensState } from './lensStore';
import { findCards, type Quadrant } from './predicates';
import { factsOf, quadrantsOf } from '../analysisCache';

export interface LensMatches {
  /** Something narrows the canvas: cards outside `ids` are dimmed. */
  active: boolean;
  /** The cards found, in reading order. */
  ids: readonly Id[];
  has: ReadonlySet<Id>;
}

const NONE: LensMatches = { active: false, ids: [], has: new Set() };
const NO_QUADRANTS: ReadonlyMap<Id, Quadrant> = new Map();

// The canvas and the find bar ask for the same matches; one entry is enough to share them.
let last: { doc: WorkshopDoc; blueprintId: Id; lens: LensState; value: LensMatches } | null = null;

export function lensMatches(doc: WorkshopDoc, blueprintId: Id, lens: LensState): LensMatches {
  if (!lensActive(lens)) return NONE;
  if (last && last.doc === doc && last.blueprintId === blueprintId && sameQuestion(last.lens, lens)) return last.value;
  const ordered = factsOf(doc, blueprintId).cards;
  let ids: Id[];
  if (lens.highlight) {
    const wanted = new Set(lens.highlight.cardIds);
    ids = ordered.filter((c) => wanted.has(c.id)).map((c) => c.id);
  } else {
    ids = findCards(ordered, lens.query, lens.filters, lens.filters.quadrant ? quadrantsOf(doc, blueprintId) : NO_QUADRANTS);
  }
  const value = { active: true, ids, has: new Set(ids) };
  last = { doc, blueprintId, lens, value };
  return value;
}

const sameQuestion = (a: LensState, b: LensState) => a.query === b.query && a.filters === b.filters && a.highlight === b.highlight;

/** The matches of the lens on a blueprint, recomputed when the document or the question changes. */
export function useLensMatches(blueprintId: Id): LensMatches {
  const lens = useLens();
  // Read through useDoc so edits (a card renamed into or out of the matches) update the result.
  const doc = useDoc(selectDoc);
  return lensMatches(doc, blueprintId, lens);
}

export function currentLensMatches(blueprintId: Id, lens: LensState): LensMatches {
  return lensMatches(getDoc(), blueprintId, lens);
}

const selectDoc = (doc: WorkshopDoc) => doc;
