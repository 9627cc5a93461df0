import type { Card, Id } from '../model/types';
import { matchCards } from './matchCards';
import { touchpointRows, type TouchpointRow } from './touchpointChanges';

export { matchCards, type CardMatch, type CardPair } from './matchCards';
export { overlayCurves, type CurveColumn } from './curves';
export { scoresOf, touchpointRows, SCORE_FIELDS, type ScoreField, type Scores, type TouchpointRow } from './touchpointChanges';

/** Current against future state: what the compare view lists. */
export interface CardComparison {
  /** Touchpoints present in both, in the later blueprint's reading order. */
  touchpoints: TouchpointRow[];
  /** Cards only in the later blueprint, in its reading order. */
  added: Id[];
  /** Cards only in the earlier blueprint, in its reading order. */
  removed: Id[];
}

/** Compares the cards of two blueprints, each given in reading order, pairing them by lineage. */
export function compareCards(before: readonly Card[], after: readonly Card[]): CardComparison {
  const match = matchCards(before, after);
  return {
    touchpoints: touchpointRows(match.pairs),
    added: match.added.map((c) => c.id),
    removed: match.removed.map((c) => c.id),
  };
}
